// The Frictionless checks of tests/support/frictionless.ts on bad inputs: they must refuse what the
// specification refuses, with a message that says where. No built site needed.
import { describe, expect, it } from 'vitest';
import { profileProblems, profileSchema, readTable, tableProblems, type Profile, type TableSchema } from '../support/frictionless';

/** Every use of a keyword whose meaning changed after JSON Schema draft-04, anywhere in a schema. */
function draft04Only(node: unknown, where = ''): string[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => draft04Only(item, `${where}/${i}`));
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) => [
    ...((key === 'id' && typeof value === 'string') || (/^exclusiveM(in|ax)imum$/.test(key) && typeof value === 'boolean')
      ? [`${where}/${key}`]
      : []),
    ...draft04Only(value, `${where}/${key}`),
  ]);
}

describe('the vendored Frictionless profiles', () => {
  it.each<Profile>(['data-package', 'tabular-data-resource', 'table-schema'])(
    '%s uses no keyword that a draft-07 validator reads differently from draft-04',
    (profile) => {
      const schema = profileSchema(profile);
      expect(schema.$schema).toBe('http://json-schema.org/draft-04/schema#');
      expect(draft04Only(schema)).toEqual([]);
    },
  );

  it('refuse a package without resources, and a resource name with capitals', () => {
    expect(profileProblems('data-package', { name: 'x' })).toEqual([
      `/ must have required property 'resources' {"missingProperty":"resources"}`,
    ]);
    const resource = { profile: 'tabular-data-resource', name: 'Résultats', path: 'resultats.csv', schema: { fields: [{ name: 'a' }] } };
    expect(profileProblems('tabular-data-resource', resource)).toContain(
      '/name must match pattern "^([-a-z0-9._/])+$" {"pattern":"^([-a-z0-9._/])+$"}',
    );
  });

  it('refuse a tabular resource without a schema, and a field of an unknown type', () => {
    expect(profileProblems('tabular-data-resource', { profile: 'tabular-data-resource', name: 'r', path: 'r.csv' }).length).toBeGreaterThan(
      0,
    );
    expect(profileProblems('table-schema', { fields: [{ name: 'a', type: 'texte' }] }).length).toBeGreaterThan(0);
    expect(profileProblems('table-schema', { fields: [{ name: 'a', type: 'integer' }] })).toEqual([]);
  });
});

describe('tableProblems', () => {
  const schema: TableSchema = {
    fields: [
      { name: 'annee', type: 'integer', constraints: { required: true, minimum: 2016 } },
      { name: 'territoire', type: 'string', constraints: { required: true, pattern: '[a-z]+' } },
      { name: 'fiabilite', type: 'string', constraints: { enum: ['high', 'low'] } },
      { name: 'latitude', type: 'number', decimalChar: ',' },
      { name: 'page', type: 'string', format: 'uri', constraints: { unique: true } },
    ],
    missingValues: [''],
    primaryKey: ['annee', 'territoire'],
    foreignKeys: [{ fields: ['territoire'], reference: { resource: 'territoires', fields: ['territoire'] } }],
  };
  const territories = readTable('territoires.csv', 'territoire\r\nlyon\r\nnancy\r\n');
  const table = (rows: string) => readTable('resultats.csv', `annee;territoire;fiabilite;latitude;page\r\n${rows}`, ';');

  it('accepts a table that follows its schema', () => {
    expect(
      tableProblems(table('2022;lyon;high;45,76;https://a.fr/\r\n2023;lyon;;;https://b.fr/\r\n'), schema, { territoires: territories }),
    ).toEqual([]);
  });

  it('says which line and column break which rule', () => {
    const rows = [
      '2022;lyon;high;45.76;https://a.fr/',
      '2015;Lyon;moyenne;45,76;a.fr',
      ';nancy;;;https://a.fr/',
      '2022;lyon;;;',
      '20x;paris;;;',
    ];
    expect(tableProblems(table(`${rows.join('\r\n')}\r\n`), schema, { territoires: territories })).toEqual([
      'resultats.csv, ligne 2, colonne latitude : « 45.76 » n’est pas un nombre (séparateur décimal « , »).',
      'resultats.csv, ligne 3, colonne annee : 2015 est inférieur au minimum 2016.',
      'resultats.csv, ligne 3, colonne territoire : « Lyon » ne suit pas le motif [a-z]+.',
      'resultats.csv, ligne 3, colonne fiabilite : « moyenne » n’est pas une des valeurs permises (high, low).',
      'resultats.csv, ligne 3, colonne page : « a.fr » n’est pas une adresse (URI).',
      'resultats.csv, ligne 4, colonne annee : valeur obligatoire absente.',
      'resultats.csv, ligne 4, colonne page : « https://a.fr/ » figure déjà ligne 2 (valeurs uniques).',
      'resultats.csv, ligne 6, colonne annee : « 20x » n’est pas un entier.',
      'resultats.csv, ligne 4 : clé primaire (annee, territoire) incomplète.',
      'resultats.csv, ligne 5 : clé primaire ["2022","lyon"] déjà vue ligne 2.',
      'resultats.csv, ligne 3 : (territoire) = ["Lyon"] ne correspond à aucune ligne de territoires.csv.',
      'resultats.csv, ligne 6 : (territoire) = ["paris"] ne correspond à aucune ligne de territoires.csv.',
    ]);
  });

  it('refuses a header that is not the fields in order, and a foreign key to a table not given', () => {
    const swapped = readTable('resultats.csv', 'territoire,annee\r\nlyon,2022\r\n');
    expect(
      tableProblems(swapped, {
        fields: [
          { name: 'annee', type: 'integer' },
          { name: 'territoire', type: 'string' },
        ],
      }),
    ).toEqual(['resultats.csv : en-tête « territoire,annee », attendu « annee,territoire » (les champs du schéma, dans l’ordre).']);
    expect(tableProblems(table('2022;lyon;;;\r\n'), schema)).toEqual([
      'resultats.csv : la clé étrangère (territoire) renvoie à « territoires », table non fournie.',
    ]);
  });
});
