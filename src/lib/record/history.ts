// A territory's history across all editions.
import type { AtlasEdition, AtlasResult } from './atlas';

export type HistoryEntry =
  | { edition: AtlasEdition; status: 'labelled'; result: AtlasResult }
  /** No result in the record: not a candidate, or a result no source we read gives. Never "failed". */
  | { edition: AtlasEdition; status: 'no-record' };

/**
 * One entry per edition, oldest first, from the territory's first known result onwards, from the
 * territory's own results (`atlas.resultsByTerritory`): linear in the editions, never a scan of
 * every edition's results, so that building every territory page stays linear in the content.
 */
export function territoryHistory(results: AtlasResult[], editions: AtlasEdition[]): HistoryEntry[] {
  const byYear = new Map(results.map((r) => [r.year, r]));
  const entries = editions.map((edition): HistoryEntry => {
    const result = byYear.get(edition.year);
    return result ? { edition, status: 'labelled', result } : { edition, status: 'no-record' };
  });
  const first = entries.findIndex((e) => e.status === 'labelled');
  return first < 0 ? [] : entries.slice(first);
}

export interface TerritorySummary {
  /** Number of editions with a known result. */
  count: number;
  firstYear?: number;
  latest?: AtlasResult;
}

/** "Labelled N times since YEAR, latest distinction …" from a territory's results (oldest first). */
export function summarizeResults(results: AtlasResult[]): TerritorySummary {
  return { count: results.length, firstYear: results[0]?.year, latest: results.at(-1) };
}
