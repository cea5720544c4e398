// The map's view state (edition, distinction, kind, région) and its URL form, so that a view can be
// shared, restored and walked with back/forward. Pure, and light enough for the browser bundle:
// it imports no schema value (the browser boundary rule of eslint.config.js keeps zod out).
import type { TerritoryKind } from '../../schemas/territory';
import type { MapData } from './map-data';

/** URL value of the edition filter showing every territory with its latest distinction. */
export const ALL_EDITIONS = 'toutes';

/**
 * URL value of the distinction filter for results whose distinction is not known: the word editors
 * write in edition files (`UNKNOWN_DISTINCTION`, checked by a test), repeated here to keep zod out.
 */
export const UNKNOWN_FILTER = 'inconnue';

/** Names of the URL parameters, in French like the site's paths. */
export const MAP_PARAMS = { edition: 'edition', distinction: 'distinction', kind: 'type', region: 'region' } as const;

export interface MapState {
  /** A year, or every territory with its latest distinction. */
  edition: number | typeof ALL_EDITIONS;
  /** A distinction id, `UNKNOWN_FILTER`, or null for every distinction. */
  distinction: string | null;
  kind: TerritoryKind | null;
  /** A région code, or null for every région. */
  region: string | null;
}

/** The view without parameters: the latest edition, nothing else filtered. */
export function defaultMapState(data: MapData): MapState {
  return { edition: data.editions.at(-1)?.year ?? ALL_EDITIONS, distinction: null, kind: null, region: null };
}

/** Distinction ids the distinction filter accepts for an edition (`UNKNOWN_FILTER` included). */
export function distinctionIds(data: MapData, edition: MapState['edition']): string[] {
  const editions = edition === ALL_EDITIONS ? data.editions : data.editions.filter((e) => e.year === edition);
  return [...new Set(editions.flatMap((e) => e.scale.map((d) => d.id))), UNKNOWN_FILTER];
}

/**
 * Reads the state from a query string. Values that do not exist in the data (a year without
 * edition, a distinction outside the edition's scale, an unknown kind or région) are dropped, so
 * an old or hand-edited link still opens a sensible view.
 */
export function parseMapState(query: string | URLSearchParams, data: MapData): MapState {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const get = (name: string) => params.get(name)?.trim() || null;
  const state = defaultMapState(data);
  const edition = get(MAP_PARAMS.edition);
  if (edition === ALL_EDITIONS) state.edition = ALL_EDITIONS;
  else if (edition && data.editions.some((e) => String(e.year) === edition)) state.edition = Number(edition);
  const distinction = get(MAP_PARAMS.distinction);
  if (distinction && distinctionIds(data, state.edition).includes(distinction)) state.distinction = distinction;
  const kind = get(MAP_PARAMS.kind);
  state.kind = data.kinds.find((k) => k === kind) ?? null;
  const region = get(MAP_PARAMS.region);
  if (region && region in data.regions) state.region = region;
  return state;
}

/**
 * The query string of a state ("?edition=2022&type=commune"), "" for the default view. With
 * `namedEdition`, the edition is always named, even the latest: what an embed code needs, so that
 * « the 2025 map » pasted in an article still shows 2025 once 2026 is published.
 */
export function mapStateQuery(state: MapState, data: MapData, { namedEdition = false }: { namedEdition?: boolean } = {}): string {
  const params = new URLSearchParams();
  if (namedEdition || state.edition !== defaultMapState(data).edition) params.set(MAP_PARAMS.edition, String(state.edition));
  if (state.distinction) params.set(MAP_PARAMS.distinction, state.distinction);
  if (state.kind) params.set(MAP_PARAMS.kind, state.kind);
  if (state.region) params.set(MAP_PARAMS.region, state.region);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** True when two states show the same view. */
export function sameMapState(a: MapState, b: MapState): boolean {
  return a.edition === b.edition && a.distinction === b.distinction && a.kind === b.kind && a.region === b.region;
}
