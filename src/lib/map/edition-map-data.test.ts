import { describe, expect, it } from 'vitest';
import { mapFixture } from '../../../tests/support/map-data-fixture';
import { filterMap } from './filter';
import { editionMapData, mapDataPath } from './map-data';
import { parseMapState } from './state';

describe('editionMapData', () => {
  it('keeps the territories with a result that year, with that result only, and every dictionary', () => {
    const data = editionMapData(mapFixture, 2022);
    expect(data.territories.map((t) => [t.slug, t.results])).toEqual([
      ['abbeville', [[2022, '5']]],
      ['echirolles', [[2022, '5']]],
      ['lyon', [[2022, '4']]],
      ['syndicat', [[2022, null]]],
    ]);
    expect({ kinds: data.kinds, editions: data.editions, departements: data.departements, regions: data.regions }).toEqual({
      kinds: mapFixture.kinds,
      editions: mapFixture.editions,
      departements: mapFixture.departements,
      regions: mapFixture.regions,
    });
  });

  it('gives the same view of its edition as the whole data, whatever the filters', () => {
    for (const query of ['?edition=2025', '?edition=2025&distinction=bronze', '?edition=2025&region=53', '?edition=2022&type=syndicat']) {
      const state = parseMapState(query, mapFixture);
      const year = state.edition as number;
      expect(filterMap(editionMapData(mapFixture, year), state)).toEqual(
        filterMap(mapFixture, state).map((e) => ({ ...e, territory: { ...e.territory, results: [[year, e.distinction?.id ?? null]] } })),
      );
    }
  });

  it('is empty for a year without results', () => {
    expect(editionMapData(mapFixture, 2019).territories).toEqual([]);
  });
});

describe('mapDataPath', () => {
  it('names one edition’s file, or the file of every edition', () => {
    expect([mapDataPath(2025), mapDataPath('toutes')]).toEqual(['/carte/donnees-2025.json', '/carte/donnees.json']);
  });
});
