// How an edition's page shows its two long lists, the palmarès and the changes since the previous
// edition: in full on the page while each fits (EDITION_PAGE_LIMIT rows), else as counts linking to
// one list per distinction (or per kind of change), cut into pages of LIST_PAGE_SIZE rows.
import type { Change, ChangeKind } from './changes';
import { CHANGE_KINDS } from './changes';
import type { AtlasEdition } from './atlas';
import { groupByDistinction, type DistinctionGroup } from './palmares';
import { EDITION_PAGE_LIMIT, LIST_PAGE_SIZE, splitIntoPages, type ListPage } from './pagination';

/** The address segment of each kind of change: /editions/2025/evolutions/<segment>/. */
export const CHANGE_SLUGS: Record<ChangeKind, string> = {
  new: 'nouveaux',
  'first-known': 'premiers-resultats',
  returning: 'retours',
  'unknown-previous': 'sans-resultat-connu-avant',
  up: 'progressions',
  down: 'reculs',
  same: 'confirmations',
  renewed: 'renouvellements',
  'not-renewed': 'non-renouveles',
  'previous-only': 'resultats-connus-avant',
};

/** The address segment of a distinction group: its id, or 'inconnue' for results without one. */
export function distinctionSlug(group: Pick<DistinctionGroup, 'distinction'>): string {
  return group.distinction?.id ?? 'inconnue';
}

export interface EditionLists {
  /** True when the palmarès is listed on the edition's page, false when each group has its pages. */
  palmaresInline: boolean;
  palmares: Array<DistinctionGroup & { slug: string }>;
  changesInline: boolean;
  changes: Array<{ kind: ChangeKind; slug: string; items: Change[] }>;
}

/** The palmarès and changes of an edition's page, and whether each is listed there in full. */
export function editionLists(edition: AtlasEdition, changes: Change[], limit = EDITION_PAGE_LIMIT): EditionLists {
  const palmares = groupByDistinction(edition).map((group) => ({ ...group, slug: distinctionSlug(group) }));
  const changeGroups = CHANGE_KINDS.map((kind) => ({
    kind,
    slug: CHANGE_SLUGS[kind],
    items: changes.filter((c) => c.kind === kind),
  })).filter((g) => g.items.length > 0);
  return {
    palmaresInline: edition.results.length <= limit,
    palmares,
    changesInline: changes.length <= limit,
    changes: changeGroups,
  };
}

export interface EditionListPage<T> extends ListPage<T> {
  count: number;
}

/** The pages of each split list of an edition, for getStaticPaths: none when the lists are on its page. */
export function editionListPages(
  edition: AtlasEdition,
  changes: Change[],
  limit = EDITION_PAGE_LIMIT,
  size = LIST_PAGE_SIZE,
): {
  palmares: Array<{ group: EditionLists['palmares'][number]; page: EditionListPage<DistinctionGroup['results'][number]> }>;
  changes: Array<{ group: EditionLists['changes'][number]; page: EditionListPage<Change> }>;
} {
  const lists = editionLists(edition, changes, limit);
  const paged = <T>(items: T[]) => {
    const pages = splitIntoPages(items, size);
    return pages.map((page) => ({ ...page, count: pages.length }));
  };
  return {
    palmares: lists.palmaresInline
      ? []
      : lists.palmares.filter((g) => g.results.length > 0).flatMap((group) => paged(group.results).map((page) => ({ group, page }))),
    changes: lists.changesInline ? [] : lists.changes.flatMap((group) => paged(group.items).map((page) => ({ group, page }))),
  };
}
