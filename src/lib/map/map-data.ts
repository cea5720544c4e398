// The data behind the map page: a compact, JSON-ready view of the atlas (editions with their own
// scales, territories with their web-map position and their distinction per year). Built once at
// build time, served as /carte/donnees.json and read by the same filter functions in the browser.
import { TERRITORY_KINDS, type TerritoryKind } from '../../schemas/territory';
import type { Atlas } from '../record/atlas';
import { insetLonLat } from './projection';
import { isApproximatePosition, type ResolvedTerritory } from '../content/territories';
import { distinctionTone } from '../look';
import type { AwardWord, ListStatus } from '../record/knowledge';

/** One step of an edition's scale, as the map needs it. */
export interface MapDistinction {
  id: string;
  label: string;
  /** Text drawn inside the marker ("5", "Or"). */
  short: string;
  description?: string;
  /** Colour tone 1–5 from the step's rank in its own scale (see look.ts). */
  tone: number;
  /** Official number at this step, when published (knowledge.ts). */
  official?: number;
  /** Whether the step's list is complete, partial or not published: a legend never shows « 0 » for the last. */
  status: ListStatus;
}

export interface MapEdition {
  year: number;
  scheme: string;
  /** Lowest first, as declared by the edition. */
  scale: MapDistinction[];
  /** Official number of labelled (or distinguished) collectivités, when published. */
  official?: number;
  /** Whether the edition's list is complete, partial or not published: the summary says « N connues sur M ». */
  status: ListStatus;
  /** « labellisées » or « distinguées », from the edition's scale. */
  awards: AwardWord;
}

export interface MapTerritory {
  slug: string;
  name: string;
  kind: TerritoryKind;
  /** Département code (name in `MapData.departements`). */
  departement?: string;
  /** Région code (name in `MapData.regions`). */
  region?: string;
  /**
   * Position on the web map as [lat, lon], DROM moved into their insets next to the metropole
   * (`insetLonLat`). Absent when the territory cannot be placed (no position, or overseas outside
   * the five DROM): it is then listed but not drawn.
   */
  point?: [number, number];
  /** The position is the centre of a wider area, not the body's own (absent when it is its own). */
  approximate?: true;
  /**
   * Départements drawn as a highlighted area: only for département and région territories, whose
   * area is exactly a set of départements of the base map. EPCI and syndicats get a marker only (see
   * `areaOf`). Absent for the others, which keeps the file small at 10,000 territories.
   */
  area?: string[];
  /**
   * [year, distinction id] of each edition with a result, oldest first (null when the source gives
   * no distinction): the latest is the last, so "all editions" costs nothing to compute.
   */
  results: Array<[year: number, distinction: string | null]>;
}

export interface MapData {
  /** Kinds of collectivité present, in the order of the filters. */
  kinds: TerritoryKind[];
  /** Oldest first. */
  editions: MapEdition[];
  /** Sorted by name, as in the atlas. */
  territories: MapTerritory[];
  /** Names of the départements and régions the territories refer to, by code. */
  departements: Record<string, string>;
  regions: Record<string, string>;
}

/** Rounds a degree to 1e-4 (about 10 m): enough for a marker, a third of the JSON of full doubles. */
function round4(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}

/** The web-map position, or undefined when the territory has none or lies outside every drawn zone. */
function pointOf(territory: ResolvedTerritory): [number, number] | undefined {
  if (!territory.position) return undefined;
  try {
    const [lon, lat] = insetLonLat(territory.position.lon, territory.position.lat);
    return [round4(lat), round4(lon)];
  } catch {
    return undefined;
  }
}

/**
 * Which départements to draw as the territory's area. A département or a région is exactly a set of
 * départements of the base map, so its area is drawn. An EPCI or a syndicat covers some communes:
 * the repository has no commune or EPCI outlines, and highlighting whole départements would
 * overstate its reach many times (SITIV's eight communes would colour the Rhône and the Loire), so
 * those get a marker at their centre only, like communes.
 */
export function areaOf(territory: Pick<ResolvedTerritory, 'kind' | 'footprint'>): string[] {
  return territory.kind === 'departement' || territory.kind === 'region' ? [...territory.footprint] : [];
}

/** Builds the map data from the atlas. */
export function buildMapData(atlas: Atlas): MapData {
  const departements: Record<string, string> = {};
  const regions: Record<string, string> = {};
  const territories = atlas.territories.map((territory): MapTerritory => {
    if (territory.departement) departements[territory.departement.code] = territory.departement.name;
    if (territory.region) regions[territory.region.code] = territory.region.name;
    const results = (atlas.resultsByTerritory.get(territory.slug) ?? []).map((result): [number, string | null] => [
      result.year,
      result.distinction?.id ?? null,
    ]);
    const area = areaOf(territory);
    return {
      slug: territory.slug,
      name: territory.name,
      kind: territory.kind,
      departement: territory.departement?.code,
      region: territory.region?.code,
      point: pointOf(territory),
      approximate: isApproximatePosition(territory) || undefined,
      area: area.length > 0 ? area : undefined,
      results,
    };
  });
  const editions = atlas.editions.map((edition): MapEdition => {
    const { knowledge } = edition;
    return {
      year: edition.year,
      scheme: edition.scheme,
      scale: edition.scale.map((step, rank) => {
        const known = knowledge.distinctions.find((d) => d.distinction?.id === step.id);
        return {
          id: step.id,
          label: step.label,
          short: step.short ?? step.label,
          description: step.description,
          tone: distinctionTone(rank, edition.scale.length),
          ...(known?.official !== undefined && { official: known.official }),
          status: known?.status ?? 'unpublished',
        };
      }),
      ...(knowledge.official !== undefined && { official: knowledge.official }),
      status: knowledge.status,
      awards: knowledge.awards,
    };
  });
  const kinds = TERRITORY_KINDS.filter((kind) => territories.some((t) => t.kind === kind));
  return { kinds, editions, territories, departements, regions };
}

/**
 * The map data of one edition (/carte/donnees-<année>.json): the territories with a result that
 * year, each with that result only, and the same editions, kinds, départements and régions as the
 * whole data, so that the filters, the URL and the popups read it as they read the whole. What the
 * map loads for its default view, a fraction of /carte/donnees.json (every edition).
 */
export function editionMapData(data: MapData, year: number): MapData {
  const territories: MapTerritory[] = [];
  for (const territory of data.territories) {
    const result = territory.results.find(([y]) => y === year);
    if (result) territories.push({ ...territory, results: [result] });
  }
  return { ...data, territories };
}

/** The address of an edition's map data, or of every edition's ('toutes'); '{edition}' gives the pattern. */
export function mapDataPath(edition: number | string): string {
  return edition === 'toutes' ? '/carte/donnees.json' : `/carte/donnees-${edition}.json`;
}
