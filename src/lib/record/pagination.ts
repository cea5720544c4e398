// The size rule of every list page: a list short enough to fit its page is shown in full there;
// a longer one becomes a count on that page and a link to pages of at most a fixed number of rows,
// whatever the number of territories (one label year or every commune of France). The limits are
// in rows, chosen from what a row weighs in HTML (gzip), so that each page stays under its budget:
// 30 KB gzip for an edition page, 200 KB for any other page (tests/build/page-weight.test.ts).

/**
 * Results listed on an edition's own page (all distinctions together, and as many changes since
 * the previous edition): a result card weighs about 150 bytes gzip, so 120 cards and 120 changes
 * (about 40 bytes each) stay within the 30 KB of an edition page. Beyond, each list gets its pages.
 */
export const EDITION_PAGE_LIMIT = 120;

/** Rows on one page of a split list (result cards, about 150 bytes gzip each: about 60 KB). */
export const LIST_PAGE_SIZE = 400;

/** Rows of the A–Z directory on one page (a table row weighs about 120 bytes gzip: about 60 KB). */
export const DIRECTORY_PAGE_SIZE = 500;

/** Rows of the press kit's one-table palmarès (about 110 bytes gzip each); beyond, its files. */
export const PRESS_TABLE_LIMIT = 1000;

/**
 * Names (links) in one cell of a chart's table on /statistiques/ (the territories of a département,
 * of a number of editions); the others are counted, and all are in the chart's CSV.
 */
export const TABLE_CELL_LINKS = 20;

/** Names of the latest top distinction listed on the home page before « et N autres ». */
export const HOME_TOP_LIMIT = 24;

/** Markers drawn one by one, each a link, on the home page's map preview; beyond, grouped by area. */
export const HOME_MAP_POINT_LIMIT = 300;

export interface ListPage<T> {
  /** 1-based page number. */
  number: number;
  items: T[];
}

/** Splits a list into pages of at most `size` items, in order; an empty list is one empty page. */
export function splitIntoPages<T>(items: readonly T[], size: number): Array<ListPage<T>> {
  if (!Number.isInteger(size) || size < 1) throw new Error(`Taille de page invalide : ${size} (attendu un entier positif).`);
  const pages: Array<ListPage<T>> = [];
  for (let start = 0; start === 0 || start < items.length; start += size)
    pages.push({ number: pages.length + 1, items: items.slice(start, start + size) });
  return pages;
}

/** The path segment of a page of a split list: '' for the first page, '2/' for the second… */
export function pageSegment(number: number): string {
  return number <= 1 ? '' : `${number}/`;
}
