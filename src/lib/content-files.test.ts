import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editionSchema } from '../schemas/edition';
import { loadContentFromDisk, parseEntry } from './content-files';

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
      suggestion: 'vouliez-vous dire « source » ? champs possibles ici : territory, distinction, mentions, source, confidence, note',
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

describe('loadContentFromDisk', () => {
  it('collects every problem of a content folder at once', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'tnl-content-'));
    for (const folder of ['editions', 'territories', 'testimonials', 'pages'])
      mkdirSync(path.join(root, 'content', folder), { recursive: true });
    writeFileSync(path.join(root, 'content/editions/2024.yaml'), edition().replace('confidence: high', 'confidence: sure'));
    writeFileSync(path.join(root, 'content/territories/abbeville.yaml'), 'kind: commune\ncode: 80001\n');
    writeFileSync(path.join(root, 'content/territories/empty.yaml'), '');
    writeFileSync(path.join(root, 'content/testimonials/x.mdx'), 'Pas de frontmatter');
    const { content, problems } = loadContentFromDisk(root);
    expect(content.territories.map((t) => t.id)).toEqual(['abbeville']);
    expect(problems.map((p) => `${p.file} ${p.field ?? ''}`)).toEqual([
      'content/editions/2024.yaml results[0].confidence (ligne 15)',
      'content/territories/empty.yaml ',
      'content/testimonials/x.mdx ',
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
