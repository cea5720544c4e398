import { describe, expect, it } from 'vitest';
import { historyAtlas as atlas } from '../../../tests/support/history-fixture';
import { summarizeResults, territoryHistory } from './history';

describe('territoryHistory', () => {
  it('starts at the first known result and marks later years without result as "no record", not as failed', () => {
    expect(
      territoryHistory(atlas.resultsByTerritory.get('abbeville') ?? [], atlas.editions).map((e) => [e.edition.year, e.status]),
    ).toEqual([
      [2022, 'labelled'],
      [2023, 'no-record'],
      [2025, 'labelled'],
    ]);
  });

  it('reads each distinction on its own edition scale', () => {
    const labels = territoryHistory(atlas.resultsByTerritory.get('echirolles') ?? [], atlas.editions).map((e) =>
      e.status === 'labelled' ? `${e.result.distinction?.label}/${e.edition.scale.length}` : '-',
    );
    expect(labels).toEqual(['Niveau 4/5', 'Niveau 5/5', 'Niveau 4/5', 'Or/4']);
  });

  it('is empty for a territory without results', () => {
    expect(territoryHistory(atlas.resultsByTerritory.get('nowhere') ?? [], atlas.editions)).toEqual([]);
  });
});

describe('summarizeResults', () => {
  it('gives the count, first year and latest result', () => {
    const summary = summarizeResults(atlas.resultsByTerritory.get('echirolles')!);
    expect([summary.count, summary.firstYear, summary.latest?.distinction?.id]).toEqual([4, 2021, 'or']);
  });
});
