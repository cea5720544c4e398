// The date each page last changed, as far as the record knows, for the sitemap's <lastmod>: no
// build date (two builds of the same content give the same sitemap), only dates the content gives.
// An edition's pages: its announcement; a collectivité's page: the announcement of its latest result;
// a testimonial: its source's date, else its edition's (as its feed item); an editorial page: its
// `updatedOn`; every other page (home, map, lists, data): the newest change of the record, which
// the dataset's changelog dates.
import type { Atlas } from './atlas';

export interface DatedEntry {
  id: string;
  data: { updatedOn?: string; publishedOn?: string; edition?: number };
}

/** A function from a site path (without the base) to its AAAA-MM-JJ. */
export function pageDates(
  atlas: Atlas,
  content: { pages: readonly DatedEntry[]; testimonials: readonly DatedEntry[] },
  recordModified: string,
): (sitePath: string) => string {
  const dates = new Map<string, string>();
  for (const edition of atlas.editions) dates.set(`/editions/${edition.year}/`, edition.announcedOn);
  for (const territory of atlas.territories) {
    const latest = (atlas.resultsByTerritory.get(territory.slug) ?? [])
      .map((r) => atlas.editionByYear.get(r.year)?.announcedOn ?? '')
      .sort()
      .at(-1);
    if (latest) dates.set(`/territoires/${territory.slug}/`, latest);
  }
  for (const t of content.testimonials) {
    const date = t.data.publishedOn ?? (t.data.edition === undefined ? undefined : atlas.editionByYear.get(t.data.edition)?.announcedOn);
    if (date) dates.set(`/temoignages/${t.id}/`, date);
  }
  for (const page of content.pages) if (page.data.updatedOn) dates.set(`/${page.id}/`, page.data.updatedOn);
  return (sitePath) => {
    const edition = /^\/editions\/(\d{4})\//.exec(sitePath);
    return dates.get(sitePath) ?? (edition ? dates.get(`/editions/${edition[1]}/`) : undefined) ?? recordModified;
  };
}
