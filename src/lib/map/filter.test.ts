import { describe, expect, it } from 'vitest';
import { mapFixture as data } from '../../../tests/support/map-data-fixture';
import { distinctionOptions, editionOptions, filterMap, groupByRegion, kindOptions, legendFor, mapSummary, regionOptions } from './filter';
import { ALL_EDITIONS, defaultMapState, type MapState } from './state';

const state = (fields: Partial<MapState>): MapState => ({ ...defaultMapState(data), ...fields });
const slugs = (s: MapState) => filterMap(data, s).map((e) => e.territory.slug);

describe('filterMap', () => {
  it('shows the territories labelled in the selected edition, with that edition’s distinction', () => {
    expect(filterMap(data, state({ edition: 2022 })).map((e) => [e.territory.slug, e.distinction?.label ?? null])).toEqual([
      ['abbeville', 'Niveau 5'],
      ['echirolles', 'Niveau 5'],
      ['lyon', 'Niveau 4'],
      ['syndicat', null],
    ]);
  });

  it('shows every territory with its latest distinction for all editions', () => {
    expect(filterMap(data, state({ edition: ALL_EDITIONS })).map((e) => [e.territory.slug, e.year, e.distinction?.id ?? null])).toEqual([
      ['abbeville', 2025, 'or'],
      ['agence', 2025, 'bronze'],
      ['bretagne', 2025, 'bronze'],
      ['echirolles', 2025, 'argent'],
      ['lyon', 2022, '4'],
      ['rennes-metropole', 2025, 'badge'],
      ['syndicat', 2022, null],
    ]);
  });

  it('filters by distinction, "not known" included', () => {
    expect(slugs(state({ edition: 2025, distinction: 'bronze' }))).toEqual(['agence', 'bretagne']);
    expect(slugs(state({ edition: 2022, distinction: 'inconnue' }))).toEqual(['syndicat']);
    expect(slugs(state({ edition: ALL_EDITIONS, distinction: '5' }))).toEqual([]);
  });

  it('filters by kind and région together', () => {
    expect(slugs(state({ edition: ALL_EDITIONS, kind: 'commune', region: '84' }))).toEqual(['echirolles', 'lyon']);
    expect(slugs(state({ edition: 2025, region: '53' }))).toEqual(['bretagne', 'rennes-metropole']);
  });
});

describe('filter options', () => {
  it('lists editions newest first, then all editions', () => {
    expect(editionOptions(data).map((o) => o.value)).toEqual(['2025', '2022', 'toutes']);
  });

  it('offers the selected edition’s own distinctions, highest first, then "not known"', () => {
    expect(distinctionOptions(data, 2025).map((o) => o.label)).toEqual(['Or', 'Argent', 'Bronze', 'Badge', 'Distinction non connue']);
    expect(distinctionOptions(data, 2022).map((o) => o.value)).toEqual(['5', '4', '3', '2', '1', 'inconnue']);
  });

  it('offers every scale, newest first, for all editions', () => {
    expect(distinctionOptions(data, ALL_EDITIONS).map((o) => o.value)).toEqual([
      'or',
      'argent',
      'bronze',
      'badge',
      '5',
      '4',
      '3',
      '2',
      '1',
      'inconnue',
    ]);
  });

  it('lists the kinds and régions present, régions by name', () => {
    expect(kindOptions(data).map((o) => o.label)).toEqual(['Commune', 'Intercommunalité', 'Région', 'Syndicat', 'Autre organisme public']);
    expect(regionOptions(data).map((o) => o.label)).toEqual(['Auvergne-Rhône-Alpes', 'Bretagne', 'Hauts-de-France']);
  });
});

describe('groupByRegion', () => {
  it('groups by région name, bodies without région last', () => {
    const groups = groupByRegion(filterMap(data, state({ edition: ALL_EDITIONS })), data);
    expect(groups.map((g) => [g.name, g.items.length])).toEqual([
      ['Auvergne-Rhône-Alpes', 3],
      ['Bretagne', 2],
      ['Hauts-de-France', 1],
      ['Organismes sans région (nationaux)', 1],
    ]);
  });
});

describe('legendFor', () => {
  it('follows the selected edition’s scale, highest first, with counts and "not known"', () => {
    const s = state({ edition: 2025 });
    const legend = legendFor(data, s, filterMap(data, s));
    expect(legend.groups).toHaveLength(1);
    expect(legend.groups[0]!.steps.map((step) => [step.distinction.label, step.count])).toEqual([
      ['Or', 1],
      ['Argent', 1],
      ['Bronze', 2],
      ['Badge', 1],
    ]);
    expect(legend.unknownCount).toBe(0);
  });

  it('shows one titled group per scale for all editions', () => {
    const s = state({ edition: ALL_EDITIONS });
    const legend = legendFor(data, s, filterMap(data, s));
    expect(legend.groups.map((g) => [g.title, g.steps.map((step) => `${step.distinction.short}:${step.count}`).join(' ')])).toEqual([
      ['Édition 2025', 'Or:1 Argent:1 Bronze:2 Badge:1'],
      ['Édition 2022', '5:0 4:1 3:0 2:0 1:0'],
    ]);
    expect(legend.unknownCount).toBe(1);
  });
});

describe('mapSummary', () => {
  it('says how many territories the view shows, with its filters and those not on the map', () => {
    const s = state({ edition: 2025, distinction: 'bronze' });
    expect(mapSummary(data, s, filterMap(data, s))).toBe(
      'Édition 2025 : 2 collectivités connues · distinction : Bronze (dont 1 non placée sur la carte).',
    );
    const t = state({ edition: ALL_EDITIONS, kind: 'commune', region: '84' });
    expect(mapSummary(data, t, filterMap(data, t))).toBe(
      'Toutes les éditions : 2 collectivités avec au moins un résultat connu, chacune avec sa dernière distinction connue · type : communes · région : Auvergne-Rhône-Alpes.',
    );
  });

  it('sets an edition’s whole list against its official count, in the words of its scale, never as a total', () => {
    const s = state({ edition: 2025 });
    expect(mapSummary(data, s, filterMap(data, s))).toBe(
      'Édition 2025 : 5 collectivités connues sur 36 distinguées (chiffre officiel) (dont 1 non placée sur la carte).',
    );
    const t = state({ edition: 2022 });
    expect(mapSummary(data, t, filterMap(data, t))).toBe('Édition 2022 : 4 collectivités connues sur 23 labellisées (chiffre officiel).');
    const complete = {
      ...data,
      editions: data.editions.map((e) => (e.year === 2022 ? { ...e, official: 4, status: 'complete' as const } : e)),
    };
    expect(mapSummary(complete, t, filterMap(complete, t))).toBe('Édition 2022 : 4 collectivités labellisées (liste complète).');
  });

  it('says so when nothing matches', () => {
    const s = state({ edition: 2022, region: '53' });
    expect(mapSummary(data, s, filterMap(data, s))).toBe('Aucune collectivité ne correspond à ces filtres.');
  });
});
