// What the full-text index (Pagefind) knows about a page beyond its text: filter values, result-card
// metadata and hidden search keywords. The search form's options come from the same functions, so
// that every option matches what pages declare.
import type { Atlas, AtlasEdition, AtlasResult } from '../record/atlas';
import type { Reference } from '../reference/reference';
import type { ResolvedTerritory } from '../content/territories';
import { foldText } from '../text';
import { distinctionTone } from '../look';

/** Filters of the search page, in display order; the keys are also the URL parameters. */
export const SEARCH_FILTERS = ['edition', 'distinction', 'type', 'region', 'departement'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];
export type FilterValues = Partial<Record<SearchFilter, string[]>>;

/** Labels the caller provides (from the UI strings), so this module stays language-free. */
export interface FacetLabels {
  kinds: Record<ResolvedTerritory['kind'], string>;
  unknownDistinction: string;
}

/** "Isère (38)": how a département is shown in filters and cards. */
export function departementLabel(departement: { code: string; name: string }): string {
  return `${departement.name} (${departement.code})`;
}

/**
 * Filter values of a territory page: the editions it appears in, its latest distinction (in the
 * words of that edition's scale), its kind, région and département.
 */
export function territoryFilters(territory: ResolvedTerritory, results: AtlasResult[], labels: FacetLabels): FilterValues {
  const latest = results.at(-1);
  return {
    edition: [...new Set(results.map((r) => String(r.year)))],
    distinction: latest ? [latest.distinction?.label ?? labels.unknownDistinction] : [],
    type: [labels.kinds[territory.kind]],
    region: territory.region ? [territory.region.name] : [],
    departement: territory.departement ? [departementLabel(territory.departement)] : [],
  };
}

/** Filter values of an edition page. */
export function editionFilters(edition: Pick<AtlasEdition, 'year'>): FilterValues {
  return { edition: [String(edition.year)] };
}

/** Result-card metadata of a territory page (Pagefind meta: short strings only). */
export function territoryMeta(
  territory: ResolvedTerritory,
  results: AtlasResult[],
  atlas: Atlas,
  labels: FacetLabels,
): Record<string, string> {
  const latest = results.at(-1);
  const place = [territory.departement && departementLabel(territory.departement), territory.region?.name].filter(Boolean).join(' · ');
  const meta: Record<string, string> = { kind: labels.kinds[territory.kind] };
  if (place) meta.place = place;
  if (latest) {
    meta.distinction = latest.distinction?.label ?? labels.unknownDistinction;
    meta.year = String(latest.year);
    meta.tone = String(distinctionTone(latest.rank, atlas.editionByYear.get(latest.year)?.scale.length ?? 0));
  }
  return meta;
}

/**
 * Hidden keywords that let the index find a territory however it is typed: joined spellings of its
 * names (`saintmartinduriage`), its official code and postal codes, and the names and postal codes
 * of its member communes (an EPCI, a syndicat). Words of its own name are left out: the page
 * already shows them, and repeating them would rank a body above the commune that bears the name.
 */
export function territoryKeywords(territory: ResolvedTerritory, ref: Reference): string {
  const names = [territory.name, territory.officialName, ...territory.formerNames].filter((n): n is string => Boolean(n));
  const ownWords = new Set(names.flatMap((name) => foldText(name).split(' ')));
  const memberCodes =
    territory.kind === 'epci' && territory.code ? (ref.epcis.get(territory.code)?.members ?? []) : territory.members.map((m) => m.code);
  // A former commune given as member (Pierre-Bénite) is found by its own name and by its commune nouvelle's codes.
  // (Read here rather than with memberCommune of reference.ts: this module is also the search script's.)
  const members = memberCodes.flatMap((code) => {
    const current = ref.communes.get(code);
    if (current) return [current];
    const former = ref.formerCommunes.find((f) => f.code === code && f.code !== f.current);
    const holder = former && ref.communes.get(former.current);
    return former && holder ? [{ ...holder, name: former.name, code }] : [];
  });
  const words = [
    ...names.map((name) => foldText(name).replace(/ /g, '')),
    territory.code ?? '',
    ...territory.postalCodes,
    ...members.flatMap((m) => [...foldText(m.name).split(' '), m.code, ...m.postalCodes]),
  ];
  return [...new Set(words.filter((word) => word && !ownWords.has(word)))].join(' ');
}

/**
 * The options of each filter for the search form, from the whole atlas: editions newest first,
 * distinctions as the newest scales list them (highest first), then kinds, régions and
 * départements in French order.
 */
export function filterOptions(atlas: Atlas, labels: FacetLabels): Record<SearchFilter, string[]> {
  const options: Record<SearchFilter, Set<string>> = {
    edition: new Set([...atlas.editions].reverse().map((e) => String(e.year))),
    distinction: new Set(),
    type: new Set(),
    region: new Set(),
    departement: new Set(),
  };
  const perTerritory = atlas.territories.map((t) => territoryFilters(t, atlas.resultsByTerritory.get(t.slug) ?? [], labels));
  const used = new Set(perTerritory.flatMap((f) => f.distinction ?? []));
  for (const edition of [...atlas.editions].reverse())
    for (const d of [...edition.scale].reverse()) if (used.has(d.label)) options.distinction.add(d.label);
  if (used.has(labels.unknownDistinction)) options.distinction.add(labels.unknownDistinction);
  const sorted = (values: Iterable<string>) => [...values].sort((a, b) => a.localeCompare(b, 'fr'));
  const kinds = Object.keys(labels.kinds) as Array<keyof typeof labels.kinds>;
  for (const kind of kinds) if (atlas.territories.some((t) => t.kind === kind)) options.type.add(labels.kinds[kind]);
  for (const name of sorted(perTerritory.flatMap((f) => f.region ?? []))) options.region.add(name);
  for (const name of sorted(perTerritory.flatMap((f) => f.departement ?? []))) options.departement.add(name);
  return {
    edition: [...options.edition],
    distinction: [...options.distinction],
    type: [...options.type],
    region: [...options.region],
    departement: [...options.departement],
  };
}
