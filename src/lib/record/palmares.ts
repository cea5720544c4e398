// An edition's results grouped by distinction: the palmarès of its page and of the home page, and
// the distribution of the statistics (statistics.ts), from one grouping.
import type { Distinction } from '../../schemas/edition';
import type { AtlasEdition, AtlasResult } from './atlas';

export interface DistinctionGroup {
  /** The distinction, or null for results whose distinction is not known. */
  distinction: Distinction | null;
  /** Position of the distinction in the edition's scale (0 = lowest), null when unknown. */
  rank: number | null;
  results: AtlasResult[];
  /** Official number for this distinction, when the edition publishes it. */
  officialCount?: number;
}

/**
 * One group per distinction of the edition's own scale (never a fixed 1–5), highest first, each
 * with its results (maybe none), then the results whose distinction is unknown, when there are any.
 */
export function distinctionGroups(edition: AtlasEdition): DistinctionGroup[] {
  const groups: DistinctionGroup[] = edition.scale
    .map((distinction, rank) => ({
      distinction,
      rank,
      results: edition.results.filter((r) => r.distinction?.id === distinction.id),
      officialCount: edition.countsByDistinction?.[distinction.id],
    }))
    .reverse();
  const unknown = edition.results.filter((r) => !r.distinction);
  if (unknown.length > 0) groups.push({ distinction: null, rank: null, results: unknown });
  return groups;
}

/**
 * The palmarès: the distinction groups that have results or an official count, highest first,
 * then the results whose distinction is unknown.
 */
export function groupByDistinction(edition: AtlasEdition): DistinctionGroup[] {
  return distinctionGroups(edition).filter((g) => g.results.length > 0 || (g.officialCount ?? 0) > 0);
}
