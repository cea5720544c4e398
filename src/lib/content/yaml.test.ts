import { describe, expect, it } from 'vitest';
import { editionSchema } from '../../schemas/edition';
import { territorySchema } from '../../schemas/territory';
import { testimonialSchema } from '../../schemas/testimonial';
import { parseEntry } from './yaml';

const edition = (extra = '') => `year: 2024
announcedOn: 2024-12-04
event: Open Source Experience
place: Paris
scheme: niveaux-1-5
scale:
  - id: 1
    label: Niveau 1
sources:
  - url: https://example.org/
results:
  - territory: abbeville
    distinction: 1
    source: https://example.org/
    confidence: high
${extra}`;

const parse = (yaml: string) => parseEntry('content/editions/2024.yaml', { yaml, offset: 0 }, editionSchema);
const territory = (yaml: string) => parseEntry('content/territories/x.yaml', { yaml, offset: 0 }, territorySchema).problems;

describe('parseEntry', () => {
  it('parses a valid edition', () => {
    expect(parse(edition()).problems).toEqual([]);
  });

  it('locates a wrong distinction by field and line', () => {
    const { problems } = parse(edition().replace('distinction: 1', 'distinction: 7'));
    expect(problems).toEqual([
      {
        file: 'content/editions/2024.yaml',
        field: 'results[0].distinction (ligne 13)',
        message: "distinction « 7 » absente de l'échelle de l'édition 2024 ; attendu : 1, inconnue",
      },
    ]);
  });

  it('names an unknown field on its own line, with "did you mean" and the fields allowed there', () => {
    expect(parse(edition('jurry: [ADULLACT]')).problems[0]).toEqual({
      file: 'content/editions/2024.yaml',
      field: 'jurry (ligne 16)',
      message: 'champ inconnu « jurry »',
      suggestion: expect.stringMatching(
        /^vouliez-vous dire « jury » \? champs possibles ici : year, announcedOn, event, place, scheme, scale, /,
      ),
    });
    expect(parse(edition().replace('    confidence: high', '    confidence: high\n    sorce: x')).problems[0]).toMatchObject({
      field: 'results[0].sorce (ligne 16)',
      suggestion:
        'vouliez-vous dire « source » ? champs possibles ici : territory, distinction, mentions, source, archive, confidence, note, inferred',
    });
  });

  it('names a missing required field', () => {
    expect(parse(edition().replace('place: Paris\n', '')).problems[0]).toMatchObject({
      field: 'place (ligne 1)',
      message: 'champ obligatoire manquant (attendu : un texte)',
    });
  });

  it('reports malformed YAML with its line', () => {
    const { problems } = parse(edition().replace('place: Paris', 'place: Paris: Palais "des Congrès'));
    expect(problems[0]?.message).toMatch(/^YAML invalide/);
    expect(problems[0]?.field).toBe('ligne 4');
  });

  it('reports an empty file', () => {
    expect(parse('  \n').problems).toEqual([
      {
        file: 'content/editions/2024.yaml',
        message: 'fichier vide',
        suggestion: 'remplissez-le à partir d’un fichier voisin ou supprimez-le',
      },
    ]);
  });
});

describe('parseEntry messages', () => {
  it('tells a value of the wrong type from a missing field, with what was received', () => {
    const { problems } = parse(edition().replace('year: 2024', 'year: "2024"').replace('event: Open Source Experience', 'event: ""'));
    expect(problems.map((p) => `${p.field} : ${p.message}`)).toEqual([
      'year (ligne 1) : type invalide : attendu un nombre, reçu un texte « 2024 » (écrivez le nombre sans guillemets)',
      'event (ligne 3) : ne doit pas être vide',
    ]);
  });

  it('reports a missing date as missing, not as an invalid union', () => {
    expect(parse(edition().replace('announcedOn: 2024-12-04\n', '')).problems.map((p) => p.message)).toEqual([
      'champ obligatoire manquant',
    ]);
  });
});

describe('parseEntry: slugs written with capitals, accents or spaces', () => {
  it('shows a quoted territory with a trailing space as written, and its slug', () => {
    expect(parse(edition().replace('territory: abbeville', 'territory: "Echirolles "')).problems).toEqual([
      {
        file: 'content/editions/2024.yaml',
        field: 'results[0].territory (ligne 12)',
        message:
          'identifiant "Echirolles " invalide (espace au début ou à la fin, majuscules) : attendu : minuscules sans accents, chiffres et tirets (ex. « saint-martin-d-uriage »)',
        suggestion: 'vouliez-vous dire « echirolles » ?',
      },
    ]);
  });

  it('names accents and other characters in the territory of a testimonial, counting the frontmatter line', () => {
    const yaml =
      'territory: Saint_Martin-d’Hères\nedition: 2022\nresult:\n  distinction: 5\ntitle: T\nsummary: S\nauthor: Ville\nsource:\n  url: https://example.org/\n';
    expect(parseEntry('content/testimonials/x.mdx', { yaml, offset: 1 }, testimonialSchema).problems).toEqual([
      {
        file: 'content/testimonials/x.mdx',
        field: 'territory (ligne 2)',
        message:
          'identifiant « Saint_Martin-d’Hères » invalide (majuscules, accents, caractères « _ », « ’ ») : attendu : minuscules sans accents, chiffres et tirets (ex. « saint-martin-d-uriage »)',
        suggestion: 'vouliez-vous dire « saint-martin-d-heres » ?',
      },
    ]);
  });
});

describe('parseEntry: codes that lost their leading zero', () => {
  it('suggests the zero-padded commune code, with the quoted line to write', () => {
    expect(territory('kind: commune\ncode: 1001\n')).toEqual([
      {
        file: 'content/territories/x.yaml',
        field: 'code (ligne 2)',
        message: 'code « 1001 » invalide : attendu un code INSEE de commune à 5 caractères (ex. 38151)',
        suggestion: 'vouliez-vous dire « 01001 » ? écrivez code: "01001" (entre guillemets, pour garder le zéro)',
      },
    ]);
  });

  it('does the same for a département, a seat and a member', () => {
    const problems = territory('kind: syndicat\nname: S\ndepartement: 1\nseat: 5061\nmembers:\n  - 1001\n');
    expect(problems.map((p) => [p.field, p.message, p.suggestion])).toEqual([
      [
        'departement (ligne 3)',
        'attendu : un code de département (ex. 05, 2A, 974)',
        'vouliez-vous dire « 01 » ? écrivez departement: "01" (entre guillemets, pour garder le zéro)',
      ],
      [
        'seat (ligne 4)',
        'attendu : un code INSEE de commune à 5 caractères (ex. 69259)',
        'vouliez-vous dire « 05061 » ? écrivez seat: "05061" (entre guillemets, pour garder le zéro)',
      ],
      [
        'members[0] (ligne 6)',
        'attendu : un code INSEE de commune à 5 caractères (ex. 69259)',
        'vouliez-vous dire « 01001 » ? écrivez - "01001" (entre guillemets, pour garder le zéro)',
      ],
    ]);
  });

  it('says nothing of zeros when padding cannot give the expected shape', () => {
    expect(territory('kind: commune\ncode: 123456\n')).toEqual([
      {
        file: 'content/territories/x.yaml',
        field: 'code (ligne 2)',
        message: 'code « 123456 » invalide : attendu un code INSEE de commune à 5 caractères (ex. 38151)',
      },
    ]);
  });

  it('asks for quotes when the zero was written but YAML read a number', () => {
    expect(territory('kind: syndicat\nname: S\nseat: 05061\nmembers: [01001]\n')).toEqual([
      {
        file: 'content/territories/x.yaml',
        field: 'seat (ligne 3)',
        message: 'le code 05061, écrit sans guillemets, est lu comme le nombre 5061 : YAML retire son zéro initial',
        suggestion: 'mettez le code entre guillemets : seat: "05061"',
      },
      {
        file: 'content/territories/x.yaml',
        field: 'members[0] (ligne 4)',
        message: 'le code 01001, écrit sans guillemets, est lu comme le nombre 1001 : YAML retire son zéro initial',
        suggestion: 'mettez le code entre guillemets : - "01001"',
      },
    ]);
    expect(territory('kind: commune\ncode: 01001\n')[0]).toMatchObject({
      message: 'le code 01001, écrit sans guillemets, est lu comme le nombre 1001 : YAML retire son zéro initial',
      suggestion: 'mettez le code entre guillemets : code: "01001"',
    });
  });
});

describe('parseEntry: duplicate fields and quotes', () => {
  it('names a field written twice, with both lines', () => {
    expect(parse(edition().replace('place: Paris', 'place: Paris\nplace: Lyon')).problems).toEqual([
      {
        file: 'content/editions/2024.yaml',
        field: 'place (ligne 5)',
        message: 'le champ « place » apparaît deux fois (lignes 4 et 5)',
        suggestion: 'gardez une seule ligne « place: … » et supprimez l’autre',
      },
    ]);
  });

  it('names a field written twice inside a list item, with its path', () => {
    const { problems } = parse(edition().replace('    confidence: high', '    confidence: high\n    source: https://example.org/b'));
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      ['results[0].source (ligne 16)', 'le champ « source » apparaît deux fois (lignes 14 et 16)'],
    ]);
  });

  it('tells to remove quotes only when the number was quoted', () => {
    expect(parse(edition().replace('year: 2024', "year: '2024'")).problems[0]?.message).toBe(
      'type invalide : attendu un nombre, reçu un texte « 2024 » (écrivez le nombre sans guillemets)',
    );
    expect(parse(edition().replace('year: 2024', 'year: 2024a')).problems[0]?.message).toBe(
      'type invalide : attendu un nombre, reçu un texte « 2024a »',
    );
  });

  it('reads a date-like value as the text it is, as the build does (YAML core schema)', () => {
    expect(parse(edition().replace('place: Paris', 'place: Paris\nnotes: 2021-11-09')).data?.notes).toBe('2021-11-09');
  });

  it('refuses a date where a place is expected, saying what to write there', () => {
    expect(parse(edition().replace('place: Paris', 'place: 2021-11-09')).problems).toEqual([
      {
        file: 'content/editions/2024.yaml',
        field: 'place (ligne 4)',
        message: '« 2021-11-09 » est une date, pas un nom',
        suggestion:
          'écrivez ici un nom en lettres (une ville, une collectivité, un organisme), et la valeur dans le champ qui lui correspond',
      },
    ]);
  });

  it('refuses credentials in a source address and gives the address without them', () => {
    const yaml = edition().replace('source: https://example.org/', 'source: https://jury:secret@example.org/palmares');
    expect(parse(yaml).problems).toMatchObject([
      {
        message: 'adresse avec un identifiant ou un mot de passe (« nom:motdepasse@ ») : tout ce qui est écrit ici est publié',
        suggestion: 'retirez-les : https://example.org/palmares',
      },
    ]);
  });
});

describe('parseEntry: the parser’s limits', () => {
  it('refuses an alias bomb with a French message naming the file, instead of the parser’s exception', () => {
    const levels = ['a', 'b', 'c', 'd', 'e', 'f'];
    const bomb = levels
      .map((name, i) => `${name}: &${name} [${Array(9).fill(i === 0 ? '"x"' : `*${levels[i - 1]}`).join(', ')}]`)
      .join('\n');
    expect(parse(bomb)).toEqual({
      problems: [
        {
          file: 'content/editions/2024.yaml',
          message: 'YAML refusé : trop d’alias (« *nom »), le fichier se développerait en un contenu démesuré (plus de 100 reprises)',
          suggestion: 'n’utilisez ni ancres (« &nom ») ni alias (« *nom ») dans le contenu : recopiez les valeurs là où elles servent',
        },
      ],
    });
  });

  it('says in French when a structure is too deep to be read, with the line', () => {
    const { problems } = parse(`year: 2024\nplace: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`);
    expect(problems[0]).toEqual({
      file: 'content/editions/2024.yaml',
      field: expect.stringMatching(/^ligne \d+$/),
      message:
        'YAML invalide : structure trop profonde ou trop grande pour être lue (des milliers de niveaux d’imbrication) : ce n’est pas un fichier de contenu',
      suggestion: 'vérifiez l’indentation (espaces, pas de tabulations) et les guillemets autour des textes contenant « : »',
    });
  });
});

describe('parseEntry: characters that do not show', () => {
  it('names an invisible character of an identifier by its code', () => {
    const { problems } = parse(edition().replace('territory: abbeville', 'territory: "abbe\u200bville"'));
    expect(problems[0]).toMatchObject({
      field: 'results[0].territory (ligne 12)',
      message:
        'identifiant "abbe\u200bville" invalide (caractère U+200B (espace sans largeur)) : attendu : minuscules sans accents, chiffres et tirets (ex. « saint-martin-d-uriage »)',
      suggestion: 'vouliez-vous dire « abbeville » ?',
    });
  });
});
