// What the map shows for a view state: the filtered territories with their distinction, the filter
// options, the legend and the sentence announcing the count. Used at build time (the list and the
// static map without JavaScript) and in the browser (the Leaflet map and the list beside it).
import { frKnown, frMap, plural, pluralForm, yearRange } from '../../i18n/fr';
import type { MapData, MapDistinction, MapEdition, MapTerritory } from './map-data';
import { ALL_EDITIONS, UNKNOWN_FILTER, type MapState } from './state';
import { compareFrench } from '../text';

/** A territory as shown for a view: with the distinction of the selected (or its latest) edition. */
export interface MapEntry {
  territory: MapTerritory;
  year: number;
  /** Null when the source gives no distinction. */
  distinction: MapDistinction | null;
}

/** The territories a view shows, in the atlas order (by name). Linear: 10,000 territories in a few ms. */
export function filterMap(data: MapData, state: MapState): MapEntry[] {
  const scales = new Map(data.editions.map((e) => [e.year, new Map(e.scale.map((d) => [d.id, d]))]));
  const entries: MapEntry[] = [];
  for (const territory of data.territories) {
    if (state.kind && territory.kind !== state.kind) continue;
    if (state.region && territory.region !== state.region) continue;
    const result = state.edition === ALL_EDITIONS ? territory.results.at(-1) : territory.results.find(([year]) => year === state.edition);
    if (!result) continue;
    const [year, id] = result;
    const distinction = id === null ? null : (scales.get(year)?.get(id) ?? null);
    if (state.distinction && (distinction?.id ?? UNKNOWN_FILTER) !== state.distinction) continue;
    entries.push({ territory, year, distinction });
  }
  return entries;
}

/** One choice of a filter. */
export interface FilterOption {
  value: string;
  label: string;
}

/** Editions, newest first, then "all editions". */
export function editionOptions(data: MapData): FilterOption[] {
  return [
    ...[...data.editions].reverse().map((e) => ({ value: String(e.year), label: String(e.year) })),
    { value: ALL_EDITIONS, label: frMap.allEditions },
  ];
}

/**
 * The distinctions of the selected edition's own scale, highest first, then "not known". For all
 * editions: every distinction of every scale, newest scale first; an id used by two scales with
 * different labels shows both labels.
 */
export function distinctionOptions(data: MapData, edition: MapState['edition']): FilterOption[] {
  const editions = (edition === ALL_EDITIONS ? data.editions : data.editions.filter((e) => e.year === edition)).toReversed();
  const labels = new Map<string, string[]>();
  for (const e of editions) {
    for (const step of e.scale.toReversed()) {
      const known = labels.get(step.id) ?? [];
      if (!known.includes(step.label)) labels.set(step.id, [...known, step.label]);
    }
  }
  return [
    ...[...labels].map(([value, names]) => ({ value, label: names.join(' / ') })),
    { value: UNKNOWN_FILTER, label: frMap.unknownDistinction },
  ];
}

/** Kinds present in the data, in the usual order. */
export function kindOptions(data: MapData): FilterOption[] {
  return data.kinds.map((kind) => ({ value: kind, label: frMap.kinds[kind] }));
}

/** Régions present in the data, by name. */
export function regionOptions(data: MapData): FilterOption[] {
  return Object.entries(data.regions)
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => compareFrench(a.label, b.label));
}

export interface RegionGroup<T> {
  /** Région code, null for bodies without a région (national bodies). */
  code: string | null;
  name: string;
  items: T[];
  /** Territories of the région in the whole view, when `items` shows only the first ones. */
  total?: number;
}

/** Groups items by région, régions by name, bodies without a région last; items keep their order. */
export function groupByRegion<T extends { territory: Pick<MapTerritory, 'region'> }>(items: T[], data: MapData): RegionGroup<T>[] {
  const groups = new Map<string | null, T[]>();
  for (const item of items) {
    const code = item.territory.region ?? null;
    const group = groups.get(code);
    if (group) group.push(item);
    else groups.set(code, [item]);
  }
  return [...groups]
    .map(([code, group]) => ({ code, name: code === null ? frMap.noRegion : (data.regions[code] ?? code), items: group }))
    .sort((a, b) => Number(a.code === null) - Number(b.code === null) || compareFrench(a.name, b.name));
}

export interface LegendGroup {
  /** Which editions use this scale; only set when several scales are shown (all editions). */
  title?: string;
  /** Highest first, each with the number of territories shown at that distinction. */
  steps: Array<{ distinction: MapDistinction; count: number }>;
}

export interface Legend {
  groups: LegendGroup[];
  /** Territories shown whose distinction is not known: always a visible category. */
  unknownCount: number;
  /**
   * True for one edition's whole list (no other filter): each count is then set against what the
   * edition publishes (« 2 connues sur 4 », « liste non publiée »). Otherwise counts are of the view.
   */
  whole: boolean;
}

/** True when the view shows one edition's whole known list: no distinction, kind or région filter. */
export function isWholeEdition(state: MapState): boolean {
  return state.edition !== ALL_EDITIONS && !state.distinction && !state.kind && !state.region;
}

/** "Édition 2025", "Éditions 2016 à 2023": the editions sharing a scheme. */
function editionsTitle(editions: MapEdition[]): string {
  const years = editions.map((e) => e.year);
  return `${pluralForm(years.length, 'Édition', 'Éditions')} ${yearRange(Math.min(...years), Math.max(...years), 'words')}`;
}

/**
 * The legend of a view, from the selected edition's own scale (never a fixed 1–5). For all
 * editions: one group per scheme, newest first, with the scale of its latest edition.
 */
export function legendFor(data: MapData, state: MapState, entries: MapEntry[]): Legend {
  // Counts per scheme, then per distinction id: the same id may mean another step in another scheme.
  const counts = new Map(data.editions.map((e) => [e.scheme, new Map<string, number>()]));
  const countsOfYear = new Map(data.editions.map((e) => [e.year, counts.get(e.scheme)!]));
  let unknownCount = 0;
  for (const { year, distinction } of entries) {
    if (!distinction) unknownCount++;
    else {
      const ofScheme = countsOfYear.get(year)!;
      ofScheme.set(distinction.id, (ofScheme.get(distinction.id) ?? 0) + 1);
    }
  }
  const steps = (edition: MapEdition) =>
    edition.scale.toReversed().map((d) => ({ distinction: d, count: counts.get(edition.scheme)!.get(d.id) ?? 0 }));
  if (state.edition !== ALL_EDITIONS) {
    const edition = data.editions.find((e) => e.year === state.edition);
    return { groups: [{ steps: edition ? steps(edition) : [] }], unknownCount, whole: isWholeEdition(state) };
  }
  const schemes = [...new Set(data.editions.toReversed().map((e) => e.scheme))];
  const groups = schemes.map((scheme) => {
    const editions = data.editions.filter((e) => e.scheme === scheme);
    return { title: schemes.length > 1 ? editionsTitle(editions) : undefined, steps: steps(editions.at(-1)!) };
  });
  return { groups, unknownCount, whole: false };
}

/**
 * The sentence announcing what is shown, read by screen readers when the filters change. A known
 * count is a total only when the edition's list is complete: « Édition 2025 : 8 collectivités
 * connues sur 36 distinguées (chiffre officiel) », « Édition 2022 : 2 collectivités connues ·
 * type : communes (dont 1 non placée sur la carte) ».
 */
export function mapSummary(data: MapData, state: MapState, entries: MapEntry[]): string {
  const edition = state.edition === ALL_EDITIONS ? undefined : data.editions.find((e) => e.year === state.edition);
  if (entries.length === 0) return edition && isWholeEdition(state) ? frMap.noneKnown(edition.year) : frMap.noResult;
  const count =
    state.edition === ALL_EDITIONS
      ? frMap.allSummary(entries.length)
      : edition && isWholeEdition(state)
        ? `Édition ${state.edition} : ${frKnown.edition({ known: entries.length, official: edition.official, status: edition.status, awards: edition.awards })}`
        : `Édition ${state.edition} : ${plural(entries.length, 'collectivité connue', 'collectivités connues')}`;
  const filters: string[] = [];
  if (state.distinction) {
    const label = distinctionOptions(data, state.edition).find((o) => o.value === state.distinction)?.label ?? state.distinction;
    filters.push(`distinction : ${label}`);
  }
  if (state.kind) filters.push(`type : ${frMap.kindsPlural[state.kind].toLowerCase()}`);
  if (state.region) filters.push(`région : ${data.regions[state.region] ?? state.region}`);
  const unplaced = entries.filter((e) => !e.territory.point).length;
  const unplacedText = unplaced > 0 ? ` (dont ${plural(unplaced, 'non placée', 'non placées')} sur la carte)` : '';
  return `${[count, ...filters].join(' · ')}${unplacedText}.`;
}
