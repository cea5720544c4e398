import { describe, expect, it } from 'vitest';
import { historyAtlas as atlas } from '../../../tests/support/history-fixture';
import { groupByDistinction } from './palmares';

describe('groupByDistinction', () => {
  it('groups the palmarès from the highest distinction down, unknown last, with official counts', () => {
    const groups = groupByDistinction(atlas.editionByYear.get(2022)!).map((g) => [
      g.distinction?.id ?? null,
      g.results.map((r) => r.territory.slug),
      g.officialCount,
    ]);
    expect(groups).toEqual([
      ['5', ['abbeville', 'echirolles'], 2],
      ['4', [], 1],
      ['3', ['lyon'], undefined],
      [null, ['boe'], undefined],
    ]);
  });

  it('follows a scale that is not 1–5', () => {
    expect(groupByDistinction(atlas.editionByYear.get(2025)!).map((g) => g.distinction?.label)).toEqual(['Or', 'Badge']);
  });
});
