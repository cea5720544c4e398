// The palmarès of a région or a département (/regions/<code>/, /departements/<code>/): every
// labelled body of the area and every one covering some of its communes, with its results. Which
// body covers which communes is the commune lookup's rule (coverageSlot, search/coverage.ts); this
// module files each body once into the areas it concerns, in one pass over the atlas.
import { fr, frAreas, frenchList } from '../../i18n/fr';
import type { Atlas, AtlasEdition, AtlasResult } from './atlas';
import { compareResults } from './atlas';
import type { ResolvedTerritory } from '../content/territories';
import type { AreaKind } from '../../schemas/territory';
import { memberCommune, type Reference } from '../reference/reference';
import { coverageSlot } from '../search/coverage';
import { compareFrench } from '../text';

/**
 * How a body concerns an area: it is the area itself (`self`), lies in it (`inside`: a commune, a
 * département of the région), covers some of its communes (`covers`: an EPCI or a syndicat, with
 * their number), covers all of them from above (`wider`: the région of a département), or acts in
 * it without a list of member communes (`nearby`).
 */
export type AreaRelation = 'self' | 'inside' | 'covers' | 'wider' | 'nearby';

export interface AreaBody {
  territory: ResolvedTerritory;
  relation: AreaRelation;
  /** For `covers`: how many communes of the area the body has as members. */
  communes?: number;
  /** Its results, oldest first. */
  results: AtlasResult[];
}

export interface Area {
  kind: AreaKind;
  code: string;
  name: string;
  /** The région of a département (left out for an overseas collectivité without one). */
  region?: { code: string; name: string };
  /** The départements of a région, by name. */
  departements: Array<{ code: string; name: string }>;
  /** Bodies with results, the latest palmarès first (see compareBodies). */
  bodies: AreaBody[];
}

export interface Areas {
  regions: Area[];
  departements: Area[];
  get: (kind: AreaKind, code: string) => Area | undefined;
}

/**
 * Every région of the reference and every département that has communes, each with the bodies that
 * concern it. Linear in the content: each labelled body is looked at once (an EPCI or a syndicat
 * through its member communes).
 */
export function buildAreas(atlas: Atlas, ref: Reference): Areas {
  const departementCodes = new Set([...ref.communes.values()].map((c) => c.departement));
  // Overseas collectivités (975, 987…) are listed as both a région and a département: they get a
  // département page only.
  const regionCodes = new Set([...ref.regions.keys()].filter((code) => REGION_CODE.test(code)));
  const departementsOf = new Map<string, Array<{ code: string; name: string }>>();
  for (const d of ref.departements.values())
    if (d.region && regionCodes.has(d.region) && departementCodes.has(d.code))
      departementsOf.set(d.region, [...(departementsOf.get(d.region) ?? []), { code: d.code, name: d.name }]);
  const areas = new Map<string, Area & { byBody: Map<string, AreaBody> }>();
  const key = (kind: AreaKind, code: string) => `${kind}:${code}`;
  const area = (kind: AreaKind, code: string) => {
    let found = areas.get(key(kind, code));
    if (!found) {
      const ref_ = kind === 'region' ? ref.regions.get(code) : ref.departements.get(code);
      const region = kind === 'departement' && ref_?.region && regionCodes.has(ref_.region) ? ref.regions.get(ref_.region) : undefined;
      found = {
        kind,
        code,
        name: ref_?.name ?? code,
        region: region && { code: region.code, name: region.name },
        departements: kind === 'region' ? [...(departementsOf.get(code) ?? [])].sort((a, b) => compareFrench(a.name, b.name)) : [],
        bodies: [],
        byBody: new Map(),
      };
      areas.set(key(kind, code), found);
    }
    return found;
  };
  for (const code of regionCodes) area('region', code);
  for (const d of ref.departements.values()) if (departementCodes.has(d.code)) area('departement', d.code);

  const file = (kind: AreaKind, code: string | undefined, territory: ResolvedTerritory, results: AtlasResult[], relation: AreaRelation) => {
    if (!code || !areas.has(key(kind, code))) return;
    const target = area(kind, code);
    const existing = target.byBody.get(territory.slug);
    if (existing) {
      if (relation === 'covers') existing.communes = (existing.communes ?? 0) + 1;
      return;
    }
    const body: AreaBody = { territory, relation, results, ...(relation === 'covers' ? { communes: 1 } : {}) };
    target.byBody.set(territory.slug, body);
    target.bodies.push(body);
  };
  const regionOf = (departement: string | undefined) => (departement ? ref.departements.get(departement)?.region : undefined);

  for (const territory of atlas.territories) {
    const results = atlas.resultsByTerritory.get(territory.slug) ?? [];
    const filed = results.length > 0 ? coverageSlot(territory) : undefined;
    if (!filed) continue;
    for (const code of filed.keys) {
      switch (filed.slot) {
        case 'commune': {
          const commune = ref.communes.get(code);
          file('departement', commune?.departement, territory, results, 'inside');
          file('region', commune?.region, territory, results, 'inside');
          break;
        }
        case 'epci':
        case 'member': {
          const members = filed.slot === 'epci' ? (ref.epcis.get(code)?.members ?? []) : [code];
          for (const member of members) {
            // A former commune given as member (Pierre-Bénite) counts where its commune nouvelle is.
            const commune = memberCommune(member, ref)?.current;
            file('departement', commune?.departement, territory, results, 'covers');
            file('region', commune?.region, territory, results, 'covers');
          }
          break;
        }
        case 'departement':
          file('departement', code, territory, results, 'self');
          file('region', regionOf(code), territory, results, 'inside');
          break;
        case 'region':
          file('region', code, territory, results, 'self');
          for (const d of departementsOf.get(code) ?? []) file('departement', d.code, territory, results, 'wider');
          break;
        case 'nearbyDepartement':
          file('departement', code, territory, results, 'nearby');
          file('region', regionOf(code), territory, results, 'nearby');
          break;
        case 'nearbyRegion':
          file('region', code, territory, results, 'nearby');
          for (const d of departementsOf.get(code) ?? []) file('departement', d.code, territory, results, 'nearby');
          break;
      }
    }
  }

  const done = [...areas.values()].map(({ byBody: _, ...rest }) => ({ ...rest, bodies: rest.bodies.sort(compareBodies) }));
  const byKey = new Map(done.map((a) => [key(a.kind, a.code), a]));
  const byName = (a: Area, b: Area) => compareFrench(a.name, b.name);
  return {
    regions: done.filter((a) => a.kind === 'region').sort(byName),
    departements: done.filter((a) => a.kind === 'departement').sort((a, b) => a.code.localeCompare(b.code)),
    get: (kind, code) => byKey.get(key(kind, code)),
  };
}

/** A région's code (two digits), as opposed to an overseas collectivité's (975, 987…). */
const REGION_CODE = /^\d{2}$/;

/** The latest result first (newest edition, then highest distinction), then by name. */
export function compareBodies(a: AreaBody, b: AreaBody): number {
  const la = a.results.at(-1)!;
  const lb = b.results.at(-1)!;
  return lb.year - la.year || compareResults(la, lb);
}

/** Largest number of bodies a page lists in full, and of names per edition: a page stays bounded whatever the content. */
export const AREA_LIMITS = { bodies: 300, perEdition: 150 } as const;

export interface AreaEditionResults {
  edition: AtlasEdition;
  /** The area's results in this edition, highest distinction first. */
  results: AtlasResult[];
}

/** The area's results per edition, newest edition first, for the editions where it has any. */
export function areaEditions(area: Area, atlas: Atlas): AreaEditionResults[] {
  const byYear = new Map<number, AtlasResult[]>();
  for (const body of area.bodies) for (const result of body.results) byYear.set(result.year, [...(byYear.get(result.year) ?? []), result]);
  return [...byYear]
    .sort(([a], [b]) => b - a)
    .flatMap(([year, results]) => {
      const edition = atlas.editionByYear.get(year);
      return edition ? [{ edition, results: results.sort(compareResults) }] : [];
    });
}

/** Names in a feed item's title before « et N autres ». */
const NAMES_IN_TITLE = 3;

export interface AreaFeedItem {
  title: string;
  /** Site path (without the base path) of the edition's section of the area page. */
  link: string;
  pubDate: Date;
  description: string;
}

/** One feed item per edition in which a body of the area has a result, newest first. */
export function areaFeedItems(area: Area, editions: AreaEditionResults[], pagePath: string): AreaFeedItem[] {
  return editions.map(({ edition, results }) => ({
    title: frAreas.feedItemTitle(edition.year, area.name, namedResults(results, NAMES_IN_TITLE)),
    link: `${pagePath}#${areaEditionAnchor(edition.year)}`,
    pubDate: new Date(`${edition.announcedOn}T12:00:00Z`),
    description: frAreas.feedItemDescription(edition.year, results.length, namedResults(results, AREA_LIMITS.perEdition)),
  }));
}

/** "Échirolles (Or), Grenoble (Badge) et 2 autres": the first `max` results with their distinction. */
export function namedResults(results: AtlasResult[], max: number): string {
  const named = results.slice(0, max).map((r) => `${r.territory.name} (${r.distinction?.label ?? fr.distinction.unknown.toLowerCase()})`);
  return frenchList(results.length > max ? [...named, frAreas.others(results.length - max)] : named);
}

/** The id of an edition's section on an area page. */
export function areaEditionAnchor(year: number): string {
  return `edition-${year}`;
}
