import { describe, expect, it } from 'vitest';
import { editionSchema, type EditionInput } from '../../schemas/edition';
import { territorySchema } from '../../schemas/territory';
import { buildAtlas } from './atlas';
import { editionChanges } from './changes';
import { groupByDistinction, summarizeResults, territoryHistory } from './history';
import { loadReference } from '../reference/reference-fs';

const levels = [1, 2, 3, 4, 5].map((n) => ({ id: n, label: `Niveau ${n}` }));
const medals = ['badge', 'bronze', 'argent', 'or'].map((id) => ({ id, label: id[0]!.toUpperCase() + id.slice(1) }));
const result = (territory: string, distinction: string | number) => ({
  territory,
  distinction,
  source: 'https://example.org/',
  confidence: 'high' as const,
});

function edition(
  year: number,
  scheme: string,
  scale: EditionInput['scale'],
  results: ReturnType<typeof result>[],
  extra: Partial<EditionInput> = {},
) {
  return {
    id: String(year),
    file: `content/editions/${year}.yaml`,
    data: editionSchema.parse({
      year,
      announcedOn: `${year}-12-01`,
      event: 'E',
      place: 'Paris',
      scheme,
      scale,
      sources: [{ url: 'https://example.org/' }],
      results,
      ...extra,
    }),
  };
}

const territories = [
  ['abbeville', '80001'],
  ['echirolles', '38151'],
  ['lyon', '69123'],
  ['boe', '47031'],
  ['albi', '81004'],
].map(([id, code]) => ({ id: id!, file: `content/territories/${id}.yaml`, data: territorySchema.parse({ kind: 'commune', code }) }));

const atlas = buildAtlas(
  {
    territories,
    testimonials: [],
    editions: [
      edition(2021, 'niveaux-1-5', levels, [result('echirolles', 4), result('lyon', 3), result('albi', 2)]),
      edition(
        2022,
        'niveaux-1-5',
        levels,
        [result('echirolles', 5), result('lyon', 3), result('abbeville', 5), result('boe', 'inconnue')],
        { countsByDistinction: { 5: 3, 4: 10, 1: 0 } },
      ),
      edition(2023, 'niveaux-1-5', levels, [result('echirolles', 4), result('albi', 2), result('boe', 5)]),
      edition(2025, 'badge-bronze-argent-or', medals, [result('echirolles', 'or'), result('abbeville', 'badge')]),
    ],
  },
  loadReference(),
);

describe('territoryHistory', () => {
  it('starts at the first known result and marks later years without result as "no record", not as failed', () => {
    expect(territoryHistory('abbeville', atlas.editions).map((e) => [e.edition.year, e.status])).toEqual([
      [2022, 'labelled'],
      [2023, 'no-record'],
      [2025, 'labelled'],
    ]);
  });

  it('reads each distinction on its own edition scale', () => {
    const labels = territoryHistory('echirolles', atlas.editions).map((e) =>
      e.status === 'labelled' ? `${e.result.distinction?.label}/${e.edition.scale.length}` : '-',
    );
    expect(labels).toEqual(['Niveau 4/5', 'Niveau 5/5', 'Niveau 4/5', 'Or/4']);
  });

  it('is empty for a territory without results', () => {
    expect(territoryHistory('nowhere', atlas.editions)).toEqual([]);
  });
});

describe('summarizeResults', () => {
  it('gives the count, first year and latest result', () => {
    const summary = summarizeResults(atlas.resultsByTerritory.get('echirolles')!);
    expect([summary.count, summary.firstYear, summary.latest?.distinction?.id]).toEqual([4, 2021, 'or']);
  });
});

describe('groupByDistinction', () => {
  it('groups the palmarès from the highest distinction down, unknown last, with official counts', () => {
    const groups = groupByDistinction(atlas.editionByYear.get(2022)!).map((g) => [
      g.distinction?.id ?? null,
      g.results.map((r) => r.territory.slug),
      g.officialCount,
    ]);
    expect(groups).toEqual([
      ['5', ['abbeville', 'echirolles'], 3],
      ['4', [], 10],
      ['3', ['lyon'], undefined],
      [null, ['boe'], undefined],
    ]);
  });

  it('follows a scale that is not 1–5', () => {
    expect(groupByDistinction(atlas.editionByYear.get(2025)!).map((g) => g.distinction?.label)).toEqual(['Or', 'Badge']);
  });
});

describe('editionChanges', () => {
  const kinds = (year: number) => editionChanges(atlas.editions, year).changes.map((c) => `${c.kind}:${c.slug}`);

  it('finds new, up, same, renewed (unknown level) and absent territories', () => {
    expect(kinds(2022)).toEqual(['new:abbeville', 'new:boe', 'up:echirolles', 'same:lyon', 'absent:albi']);
  });

  it('marks territories seen before the previous edition as returning, and drops as down', () => {
    expect(kinds(2023)).toEqual(['returning:albi', 'down:echirolles', 'renewed:boe', 'absent:abbeville', 'absent:lyon']);
  });

  it('does not compare distinctions across schemes', () => {
    expect(kinds(2025)).toEqual(['returning:abbeville', 'renewed:echirolles', 'absent:albi', 'absent:boe']);
  });

  it('has no previous edition for the first one', () => {
    const first = editionChanges(atlas.editions, 2021);
    expect(first.previous).toBeUndefined();
    expect(first.changes.every((c) => c.kind === 'new')).toBe(true);
  });
});
