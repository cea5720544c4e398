import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { editionSchema, type EditionInput } from '../../schemas/edition';
import { territorySchema } from '../../schemas/territory';
import { fixtureAtlas } from '../../../tests/support/atlas-fixture';
import { loadReference } from '../reference/reference-fs';
import { buildAtlas } from './atlas';
import { keySentences, namesForSentence, pressFacts } from './press-kit';

const source = 'https://example.org/palmares';

describe('keySentences on the fixture (levels 1–5 in 2022, Badge to Or in 2025)', () => {
  const atlas = fixtureAtlas();
  const sentences = (year: number) => keySentences(pressFacts(atlas.editionByYear.get(year)!, atlas));

  it('gives the official count first, then what the atlas knows of it and of the highest distinction', () => {
    expect(sentences(2025)).toEqual([
      'En 2025, 30 collectivités ont été distinguées (chiffre officiel) ; l’atlas en connaît 5, dont 1 en Or : Abbeville.',
      'Mentions spéciales connues : Abbeville (« Sobriété numérique ») ; Rennes Métropole (« Meilleure première candidature » et « Sobriété numérique »).',
      'Parmi les 5 collectivités connues, 2 avaient aussi un résultat connu en 2022 et 3 n’avaient aucun résultat connu de l’atlas avant 2025.',
      'Les collectivités connues se trouvent dans 3 régions : Bretagne (2), Auvergne-Rhône-Alpes (1), Hauts-de-France (1) ; 1 organisme national.',
    ]);
  });

  it('says « au niveau 5 » and the official count of the distinction when the edition publishes it, and compares with nothing before the first edition', () => {
    expect(sentences(2022)).toEqual([
      'En 2022, 23 collectivités ont été labellisées (chiffre officiel) ; l’atlas en connaît 4, dont 2 au niveau 5 (sur 3 officiellement) : Abbeville et Échirolles.',
      'Les collectivités connues se trouvent dans 2 régions : Auvergne-Rhône-Alpes (3), Hauts-de-France (1).',
    ]);
  });
});

describe('keySentences on the real scales of 2022 and 2025 (content/editions/)', () => {
  const reference = loadReference();
  const real = (year: number, changes: Partial<EditionInput>) => {
    const yaml = parse(readFileSync(path.resolve(import.meta.dirname, `../../../content/editions/${year}.yaml`), 'utf8')) as EditionInput;
    const data = editionSchema.parse({ ...yaml, labelledCount: undefined, countsByDistinction: undefined, ...changes });
    return { id: String(year), file: `${year}.yaml`, data };
  };
  const territories = ['boe', 'lyon', 'nevers'].map((id, i) => ({
    id,
    file: `${id}.yaml`,
    data: territorySchema.parse({ kind: 'commune', code: ['47031', '69123', '58194'][i] }),
  }));
  const atlasOf = (editions: ReturnType<typeof real>[]) => buildAtlas({ editions, territories, testimonials: [] }, reference);

  it('says when the official count was not found, and that no result of the highest distinction is known', () => {
    const atlas = atlasOf([
      real(2022, {
        results: [
          { territory: 'lyon', distinction: 4, source, confidence: 'high' },
          { territory: 'nevers', distinction: 'inconnue', source, confidence: 'low' },
        ],
      }),
    ]);
    expect(keySentences(pressFacts(atlas.editionByYear.get(2022)!, atlas))).toEqual([
      'En 2022, l’atlas connaît 2 des collectivités labellisées cette année-là ; leur nombre officiel n’a pas été retrouvé.',
      'Aucune n’est connue au niveau 5, la plus haute distinction de l’édition.',
      'Les collectivités connues se trouvent dans 2 régions : Auvergne-Rhône-Alpes (1), Bourgogne-Franche-Comté (1).',
    ]);
  });

  it('uses the Badge / Bronze / Argent / Or scale of 2025 as it is, singular forms included', () => {
    const atlas = atlasOf([
      real(2022, { results: [{ territory: 'boe', distinction: 5, source, confidence: 'high' }] }),
      real(2025, { labelledCount: 1, results: [{ territory: 'boe', distinction: 'or', source, confidence: 'medium' }] }),
    ]);
    expect(keySentences(pressFacts(atlas.editionByYear.get(2025)!, atlas))).toEqual([
      'En 2025, 1 collectivité a été distinguée (chiffre officiel) ; l’atlas en connaît 1 (liste complète), dont 1 en Or : Boé.',
      'La collectivité connue avait aussi un résultat connu en 2022.',
      'Les collectivités connues se trouvent dans 1 région : Nouvelle-Aquitaine (1).',
    ]);
  });

  it('says when none was labelled the year before, or when all had a result before', () => {
    const results = (slugs: string[]) =>
      slugs.map((territory) => ({ territory, distinction: 'badge', source, confidence: 'high' as const }));
    const atlas = atlasOf([
      real(2022, { results: [{ territory: 'boe', distinction: 5, source, confidence: 'high' }] }),
      real(2024, { results: [{ territory: 'lyon', distinction: 3, source, confidence: 'high' }] }),
      real(2025, { results: results(['boe', 'nevers']) }),
    ]);
    expect(keySentences(pressFacts(atlas.editionByYear.get(2025)!, atlas))[2]).toBe(
      'Parmi les 2 collectivités connues, aucune n’avait de résultat connu en 2024 et 1 n’avait aucun résultat connu de l’atlas avant 2025.',
    );
    const again = atlasOf([
      real(2024, { results: results(['boe', 'lyon']).map((r) => ({ ...r, distinction: 5 })) }),
      real(2025, { results: results(['boe', 'lyon']) }),
    ]);
    expect(keySentences(pressFacts(again.editionByYear.get(2025)!, again))[2]).toBe(
      'Parmi les 2 collectivités connues, 2 avaient aussi un résultat connu en 2024 et toutes avaient un résultat connu avant 2025.',
    );
  });

  it('says an edition with no known result as such', () => {
    const atlas = atlasOf([real(2025, { labelledCount: 36, results: [] })]);
    expect(keySentences(pressFacts(atlas.editionByYear.get(2025)!, atlas))).toEqual([
      'En 2025, 36 collectivités ont été distinguées (chiffre officiel) ; l’atlas en connaît 0, aucune en Or (la plus haute distinction de l’édition).',
    ]);
  });
});

describe('namesForSentence', () => {
  it('lists up to five names, then counts the others', () => {
    expect(namesForSentence(['A', 'B'])).toBe('A et B');
    expect(namesForSentence(['A', 'B', 'C', 'D', 'E', 'F', 'G'])).toBe('A, B, C, D, E et 2 autres');
    expect(namesForSentence(['A', 'B', 'C', 'D', 'E', 'F'])).toBe('A, B, C, D, E et 1 autre');
  });
});
