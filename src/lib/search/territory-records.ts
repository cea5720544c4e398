// What the full-text index (Pagefind) records about each territory page, written from the atlas
// instead of parsed from the page: its name and other names, kind, place, each known result, and
// the hidden filters, card metadata and keywords of facets.ts. A few hundred bytes a territory,
// where the page is about 16 KB of HTML: indexing every commune of France stays within memory.
// The search page finds and shows a territory exactly as from its page (same title, filters,
// metadata, weighted keywords); scripts/build/search-index-fs.ts feeds these to Pagefind.
import type { Atlas } from '../record/atlas';
import type { ResolvedTerritory } from '../content/territories';
import type { Reference } from '../reference/reference';
import { escapeHtml } from '../escape';
import { paths } from '../urls';
import { departementLabel, territoryFilters, territoryKeywords, territoryMeta, type FacetLabels } from './facets';

/** One territory page as the index sees it: its site path and a minimal HTML document. */
export interface SearchRecord {
  /** Site path of the page, without the base path ('/territoires/boe/'). */
  url: string;
  html: string;
}

/** Labels from the UI strings, so that this module stays language-free. */
export interface RecordLabels extends FacetLabels {
  /**
   * One result, with the name, as the page's badges say it (« Rennes, édition 2018 : Niveau 4 »):
   * the page names the territory once per badge, which ranks it first for its name.
   */
  result: (name: string, year: number, distinction: string, mentions: string[]) => string;
}

/** The record of every territory page, in the atlas' order. */
export function territoryRecords(atlas: Atlas, ref: Reference, labels: RecordLabels): SearchRecord[] {
  return atlas.territories.map((territory) => ({
    url: paths.territory(territory.slug),
    html: territoryRecordHtml(territory, atlas, ref, labels),
  }));
}

/**
 * The page's searchable text as HTML Pagefind reads like a page: the name as the title (h1), the
 * words the page shows about it, then the hidden filters, metadata and weighted keywords of
 * SearchIndexData.astro.
 */
export function territoryRecordHtml(territory: ResolvedTerritory, atlas: Atlas, ref: Reference, labels: RecordLabels): string {
  const results = atlas.resultsByTerritory.get(territory.slug) ?? [];
  const place = [
    labels.kinds[territory.kind],
    territory.departement && departementLabel(territory.departement),
    territory.region?.name,
  ].filter(Boolean);
  const otherNames = [territory.officialName, ...territory.formerNames].filter((n): n is string => Boolean(n) && n !== territory.name);
  const lines = results.map((r) =>
    labels.result(
      territory.name,
      r.year,
      r.distinction?.label ?? labels.unknownDistinction,
      r.mentions.map((m) => m.label),
    ),
  );
  const filters = Object.entries(territoryFilters(territory, results, labels)).flatMap(([name, values]) =>
    (values ?? []).map((value) => `<span data-pagefind-filter="${escapeHtml(`${name}:${value}`)}"></span>`),
  );
  const meta = Object.entries(territoryMeta(territory, results, atlas, labels)).map(
    ([key, value]) => `<span data-pagefind-meta="${escapeHtml(`${key}:${value}`)}"></span>`,
  );
  const keywords = territoryKeywords(territory, ref);
  return [
    '<!doctype html><html lang="fr"><body><main data-pagefind-body>',
    // The page repeats its name (summary, map caption, badges, testimonials); the record says it
    // once, with the weight that keeps the territory's own page first for its name.
    `<h1 data-pagefind-weight="10">${escapeHtml(territory.name)}</h1>`,
    `<p>${escapeHtml(place.join(' · '))}</p>`,
    ...(otherNames.length > 0 ? [`<p>${escapeHtml(otherNames.join(' · '))}</p>`] : []),
    ...(lines.length > 0 ? [`<ul>${lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`] : []),
    `<div hidden>${filters.join('')}${meta.join('')}${keywords ? `<span data-pagefind-weight="2">${escapeHtml(keywords)}</span>` : ''}</div>`,
    '</main></body></html>',
  ].join('');
}
