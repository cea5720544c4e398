// What the atlas knows of each edition, computed once with the atlas (atlas.ts) and read by every
// surface — pages, map, statistics, images, feeds, data files — so that the same words appear
// everywhere: the official count where one was published, the known count, and whether the list is
// complete, partial or not published, per edition and per distinction. A known count is a total
// only when the list is complete; an unpublished list is never zero.
import type { Distinction, Edition } from '../../schemas/edition';

/**
 * `complete`: every result is known (the official count is published and reached);
 * `partial`: some results are known, not all (or nothing says all are);
 * `unpublished`: no result is known — the list was not published, or not found: never « zero ».
 */
export type ListStatus = 'complete' | 'partial' | 'unpublished';

export const LIST_STATUSES: readonly ListStatus[] = ['complete', 'partial', 'unpublished'];

/**
 * What an edition awards: `label` when every step of its scale is the label itself (« labellisées »),
 * `distinction` when its scale has an entry distinction that is not the label (« distinguées »).
 */
export type AwardWord = 'label' | 'distinction';

export interface DistinctionKnowledge {
  /** The step of the edition's scale, or null for known results whose distinction is not known. */
  distinction: Distinction | null;
  /** Position in the scale (0 = lowest), null for the unknown-distinction group. */
  rank: number | null;
  /** Known results at this distinction. */
  known: number;
  /** Official number at this distinction, when published. */
  official?: number;
  /** Always `partial` for the unknown-distinction group: its results belong to some list, unnamed. */
  status: ListStatus;
}

export interface EditionKnowledge {
  year: number;
  /** Official number of labelled (or distinguished) collectivités, when published. */
  official?: number;
  /** What qualifies the official count (another source gives another figure). */
  officialNote?: string;
  /** Known results. */
  known: number;
  /** Known results whose distinction is known. */
  knownDistinction: number;
  /** Known results that are inferred rather than announced. */
  inferred: number;
  status: ListStatus;
  awards: AwardWord;
  /** One entry per step of the edition's own scale, highest first, then the unknown group if any. */
  distinctions: DistinctionKnowledge[];
}

/** The parts of a result the model needs. */
interface KnownResult {
  distinction: string | null;
  inferred?: boolean;
}

/** The model of one edition, from its content and its (resolved or raw) results. */
export function editionKnowledge(
  edition: Pick<Edition, 'year' | 'scale' | 'labelledCount' | 'labelledCountNote' | 'countsByDistinction'>,
  results: readonly KnownResult[],
): EditionKnowledge {
  const known = results.length;
  const official = edition.labelledCount;
  const status: ListStatus = official !== undefined && known >= official ? 'complete' : known > 0 ? 'partial' : 'unpublished';
  const unknown = results.filter((r) => r.distinction === null).length;
  // With every name known and every distinction known, each distinction's list is complete too.
  const everyStepKnown = status === 'complete' && unknown === 0;
  const distinctions: DistinctionKnowledge[] = edition.scale
    .map((distinction, rank): DistinctionKnowledge => {
      const count = results.filter((r) => r.distinction === distinction.id).length;
      const stepOfficial = edition.countsByDistinction?.[distinction.id];
      return {
        distinction,
        rank,
        known: count,
        ...(stepOfficial !== undefined && { official: stepOfficial }),
        status: distinctionStatus(count, stepOfficial, everyStepKnown),
      };
    })
    .reverse();
  if (unknown > 0) distinctions.push({ distinction: null, rank: null, known: unknown, status: 'partial' });
  return {
    year: edition.year,
    ...(official !== undefined && { official }),
    ...(edition.labelledCountNote !== undefined && { officialNote: edition.labelledCountNote }),
    known,
    knownDistinction: known - unknown,
    inferred: results.filter((r) => r.inferred).length,
    status,
    awards: edition.scale.some((d) => d.entry) ? 'distinction' : 'label',
    distinctions,
  };
}

function distinctionStatus(known: number, official: number | undefined, everyStepKnown: boolean): ListStatus {
  if (everyStepKnown || (official !== undefined && known >= official)) return 'complete';
  return known > 0 ? 'partial' : 'unpublished';
}

/** The knowledge of one step of the scale (by id), or of the unknown group (null). */
export function distinctionKnowledge(knowledge: EditionKnowledge, id: string | null): DistinctionKnowledge | undefined {
  return knowledge.distinctions.find((d) => (d.distinction?.id ?? null) === id);
}

/**
 * Whether a body without a known result in this edition is known to have none: only when the
 * edition's list is complete. Otherwise its result is not known — never « absent ».
 */
export function absenceIsKnown(knowledge: Pick<EditionKnowledge, 'status'>): boolean {
  return knowledge.status === 'complete';
}
