import { describe, expect, it } from 'vitest';
import { mapFixture as data } from '../../../tests/support/map-data-fixture';
import { UNKNOWN_DISTINCTION } from '../../schemas/edition';
import { ALL_EDITIONS, UNKNOWN_FILTER, defaultMapState, mapStateQuery, parseMapState, sameMapState, type MapState } from './state';

describe('parseMapState', () => {
  it('opens the latest edition with nothing else filtered when the URL has no parameter', () => {
    expect(parseMapState('', data)).toEqual({ edition: 2025, distinction: null, kind: null, region: null });
  });

  it('reads every filter from the URL', () => {
    expect(parseMapState('?edition=2022&distinction=5&type=commune&region=84', data)).toEqual({
      edition: 2022,
      distinction: '5',
      kind: 'commune',
      region: '84',
    });
  });

  it('reads "toutes" as all editions and accepts a distinction of any scale then', () => {
    expect(parseMapState('edition=toutes&distinction=or', data)).toMatchObject({ edition: ALL_EDITIONS, distinction: 'or' });
    expect(parseMapState('edition=toutes&distinction=3', data)).toMatchObject({ distinction: '3' });
  });

  it('drops a distinction outside the selected edition’s own scale', () => {
    expect(parseMapState('edition=2022&distinction=or', data).distinction).toBeNull();
    expect(parseMapState('edition=2025&distinction=5', data).distinction).toBeNull();
  });

  it('keeps "not known" as a distinction choice in every edition', () => {
    expect(parseMapState('edition=2025&distinction=inconnue', data).distinction).toBe(UNKNOWN_FILTER);
  });

  it('falls back to defaults for unknown years, kinds and régions instead of failing', () => {
    expect(parseMapState('edition=1999&type=planete&region=99&distinction=', data)).toEqual(defaultMapState(data));
  });

  it('uses the word editors write for unknown distinctions', () => {
    expect(UNKNOWN_FILTER).toBe(UNKNOWN_DISTINCTION);
  });
});

describe('mapStateQuery', () => {
  it('is empty for the default view, so the plain /carte/ address stays canonical', () => {
    expect(mapStateQuery(defaultMapState(data), data)).toBe('');
  });

  it('always names the edition for an embed code, the latest one too', () => {
    expect(mapStateQuery(defaultMapState(data), data, { namedEdition: true })).toBe('?edition=2025');
    expect(mapStateQuery({ ...defaultMapState(data), edition: ALL_EDITIONS, kind: 'epci' }, data, { namedEdition: true })).toBe(
      '?edition=toutes&type=epci',
    );
  });

  it('round-trips every state through the URL', () => {
    const states: MapState[] = [
      { edition: 2022, distinction: '5', kind: 'commune', region: '84' },
      { edition: ALL_EDITIONS, distinction: null, kind: 'region', region: null },
      { edition: 2025, distinction: UNKNOWN_FILTER, kind: null, region: '53' },
    ];
    for (const state of states) expect(parseMapState(mapStateQuery(state, data), data)).toEqual(state);
    expect(mapStateQuery(states[0]!, data)).toBe('?edition=2022&distinction=5&type=commune&region=84');
  });
});

describe('sameMapState', () => {
  it('compares every filter', () => {
    const state = defaultMapState(data);
    expect(sameMapState(state, { ...state })).toBe(true);
    expect(sameMapState(state, { ...state, region: '53' })).toBe(false);
  });
});
