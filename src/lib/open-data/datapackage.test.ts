import { describe, expect, it } from 'vitest';
import { fixtureAtlas } from '../../../tests/support/atlas-fixture';
import { profileProblems, readTable, tableProblems, type CsvTable, type TableSchema } from '../../../tests/support/frictionless';
import { FRENCH_SPREADSHEET } from './csv';
import { dataPackage, inDataPackage, tableSchemaField, tableSchemaFiles, tableSchemaPattern, type PackageMetadata } from './datapackage';
import { openDataCatalogue, openDataUrls, territoriesCsv } from './open-data';

const atlas = fixtureAtlas();
const urls = openDataUrls(new URL('https://atlas.example.fr'), '/atlas/');
const files = openDataCatalogue(atlas, urls);
const metadata: PackageMetadata = {
  version: '3.2.0',
  created: '2026-11-23',
  modified: '2026-12-07',
  publisher: 'Association Exemple',
  contact: 'mailto:atlas@exemple.fr',
};
const workbook = new Uint8Array([0x50, 0x4b, 3, 4]);
const others = [
  { name: 'classeur-xlsx', path: 'classeur.xlsx', description: 'Classeur.', format: 'xlsx', mediaType: 'application/x', body: workbook },
];
const descriptor = JSON.parse(dataPackage(files, urls, { title: 'Titre', description: 'Description' }, { metadata, others }));
const schemas = new Map(tableSchemaFiles(files).map((file) => [file.path, JSON.parse(file.body) as TableSchema]));

describe('tableSchemaPattern', () => {
  it('drops the anchors and writes groups as XML Schema does', () => {
    expect(tableSchemaPattern(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)).toBe('[a-z0-9]+(-[a-z0-9]+)*');
    expect(tableSchemaPattern(/^(\d{5}|2[AB]\d{3})$/)).toBe('(\\d{5}|2[AB]\\d{3})');
  });

  it('refuses what XML Schema cannot say', () => {
    const message = 'has no XML Schema equivalent: anchor it at both ends, without flags, assertions or inner anchors.';
    expect(() => tableSchemaPattern(/\d{9}/)).toThrow(`Pattern /\\d{9}/ ${message}`);
    expect(() => tableSchemaPattern(/^a(?=b)$/)).toThrow(message);
    expect(() => tableSchemaPattern(/^a$/i)).toThrow(message);
  });
});

describe('tableSchemaField', () => {
  it('declares type, format, requirement and constraints, with the dictionary’s description', () => {
    const fields = territoriesCsv(atlas, urls).fields;
    const byName = (name: string) => fields.find((f) => f.path === name)!;
    expect(tableSchemaField(byName('type'))).toEqual({
      name: 'type',
      type: 'string',
      description:
        'Type de collectivité : commune, epci (intercommunalité), departement, region, syndicat ou autre (autre organisme public).',
      constraints: { required: true, enum: ['commune', 'epci', 'departement', 'region', 'syndicat', 'autre'] },
    });
    expect(tableSchemaField(byName('siren'), undefined, true).constraints).toEqual({ unique: true, pattern: '\\d{9}' });
    expect(tableSchemaField(byName('page'))).toMatchObject({ type: 'string', format: 'uri' });
    expect(tableSchemaField(byName('latitude'), FRENCH_SPREADSHEET)).toMatchObject({
      type: 'number',
      decimalChar: ',',
      constraints: { minimum: -90, maximum: 90 },
    });
  });
});

describe('dataPackage', () => {
  it('is a valid Data Package (profile data-package)', () => {
    expect(profileProblems('data-package', descriptor)).toEqual([]);
  });

  it('describes every file for programs, each CSV as a valid Tabular Data Resource, with its size and SHA-256', () => {
    expect(descriptor.resources.map((r: { path: string }) => r.path)).toEqual([
      ...files.filter((f) => !f.path.includes('-tableur')).map((f) => f.path),
      'classeur.xlsx',
    ]);
    for (const resource of descriptor.resources.filter((r: { format: string }) => r.format === 'csv')) {
      expect(resource.profile).toBe('tabular-data-resource');
      expect(profileProblems('tabular-data-resource', resource), resource.name).toEqual([]);
    }
    const first = descriptor.resources[0];
    expect(first).toMatchObject({ name: 'resultats', path: 'resultats.csv', mediatype: 'text/csv', encoding: 'utf-8' });
    expect(first.bytes).toBe(new TextEncoder().encode(files[0]!.body).length);
    expect(first.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('leaves out the spreadsheet twins, whose byte order mark a Frictionless reader takes as part of the first column’s name', () => {
    expect(files.filter((f) => f.path.endsWith('-tableur.csv')).map(inDataPackage)).toEqual(Array(5).fill(false));
    expect(descriptor.resources.some((r: { path: string }) => r.path.includes('-tableur'))).toBe(false);
  });

  it('describes a binary file by its bytes, without an encoding', () => {
    expect(descriptor.resources.at(-1)).toEqual({
      profile: 'data-resource',
      name: 'classeur-xlsx',
      path: 'classeur.xlsx',
      description: 'Classeur.',
      format: 'xlsx',
      mediatype: 'application/x',
      bytes: 4,
      hash: 'sha256:8dcc7e601606217f3b754766511182a916b17e9a26a94c9d887104eba92e9bb2',
    });
  });

  it('gives its version, its dates and its publisher', () => {
    expect(descriptor).toMatchObject({ version: '3.2.0', created: '2026-11-23T00:00:00Z', modified: '2026-12-07T00:00:00Z' });
    expect(descriptor.contributors).toEqual([
      { title: 'Atlas du label Territoire Numérique Libre', path: 'https://atlas.example.fr/atlas/', role: 'author' },
      { title: 'Association Exemple', role: 'publisher', email: 'atlas@exemple.fr' },
    ]);
  });

  it('gives the licence as its SPDX identifier and the address of its text', () => {
    expect(descriptor.licenses).toEqual([
      {
        name: 'etalab-2.0',
        path: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
        title: 'Licence Ouverte / Open Licence 2.0 (Etalab)',
      },
    ]);
    expect(descriptor.homepage).toBe('https://atlas.example.fr/atlas/donnees/');
  });

  it('points each CSV at the Table Schema of its table and dialect, shared by each edition’s file', () => {
    const schemaOf = (name: string) => descriptor.resources.find((r: { name: string }) => r.name === name).schema;
    expect(schemaOf('resultats')).toBe('schemas/resultats.schema.json');
    expect(schemaOf('resultats-2025')).toBe('schemas/resultats.schema.json');
    expect(schemaOf('territoires')).toBe('schemas/territoires.schema.json');
    expect([...schemas.keys()]).toEqual([
      'schemas/resultats.schema.json',
      'schemas/resultats-tableur.schema.json',
      'schemas/editions.schema.json',
      'schemas/editions-tableur.schema.json',
      'schemas/territoires.schema.json',
      'schemas/territoires-tableur.schema.json',
    ]);
  });
});

describe('the Table Schemas', () => {
  it('are valid Table Schemas (profile table-schema)', () => {
    for (const [path, schema] of schemas) expect(profileProblems('table-schema', schema), path).toEqual([]);
  });

  it('describe themselves as schema.data.gouv.fr and Validata expect, with an example of every column that has a value', () => {
    const [results] = tableSchemaFiles(files, urls, metadata).map((file) => JSON.parse(file.body));
    expect(results).toMatchObject({
      $schema: 'https://frictionlessdata.io/schemas/table-schema.json',
      name: 'resultats',
      title: 'Résultats du label Territoire Numérique Libre',
      countryCode: 'FR',
      homepage: 'https://atlas.example.fr/atlas/donnees/',
      path: 'https://atlas.example.fr/atlas/donnees/schemas/resultats.schema.json',
      version: '3.2.0',
      created: '2026-11-23',
      lastModified: '2026-12-07',
      licenses: [{ name: 'etalab-2.0' }],
      contributors: [{ role: 'author' }, { title: 'Association Exemple', role: 'publisher' }],
    });
    expect(results.description).toContain('Une ligne par résultat connu');
    const example = (name: string) => results.fields.find((f: { name: string }) => f.name === name).example;
    expect([example('annee'), example('territoire'), example('code_insee'), example('siren'), example('mentions_ids')]).toEqual([
      '2022',
      'abbeville',
      '80001',
      '218000016',
      'sobriete-numerique',
    ]);
    const twin = JSON.parse(tableSchemaFiles(files, urls, metadata)[5]!.body);
    expect(twin.name).toBe('territoires-tableur');
    expect(twin.fields.find((f: { name: string }) => f.name === 'latitude').example).toBe('50,10891');
  });

  it('declare the keys: a result per edition and territory, referring to its edition and to its territory with the same codes', () => {
    const results = schemas.get('schemas/resultats.schema.json')!;
    expect(results.primaryKey).toEqual(['annee', 'territoire']);
    expect(results.foreignKeys).toEqual([
      { fields: ['annee'], reference: { resource: 'editions', fields: ['annee'] } },
      {
        fields: ['territoire', 'code_insee', 'siren', 'departement_code', 'region_code'],
        reference: { resource: 'territoires', fields: ['territoire', 'code_insee', 'siren', 'departement_code', 'region_code'] },
      },
    ]);
    expect(schemas.get('schemas/territoires.schema.json')!.primaryKey).toEqual(['territoire']);
  });

  it('accept every CSV file of the catalogue: header, types, constraints, keys', () => {
    const resources = descriptor.resources.filter((r: { format: string }) => r.format === 'csv');
    const tables = new Map<string, CsvTable>(
      resources.map((r: { name: string; path: string; dialect: { delimiter: ',' | ';' } }) => [
        r.name,
        readTable(r.path, files.find((f) => f.path === r.path)!.body, r.dialect.delimiter),
      ]),
    );
    const others = { editions: tables.get('editions')!, territoires: tables.get('territoires')! };
    for (const resource of resources) {
      const schema = schemas.get(resource.schema)!;
      expect(tableProblems(tables.get(resource.name)!, schema, others), resource.name).toEqual([]);
    }
  });
});
