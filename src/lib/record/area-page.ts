// What a région's or a département's page and feed show, computed once per area from the façade's
// areas (no scan of all results per page).
import type { Atlas } from './atlas';
import { areaEditions, type Area, type Areas, type AreaEditionResults } from './areas';

export interface AreaPageData {
  area: Area;
  editions: AreaEditionResults[];
  /** The départements of a région with how many bodies concern each. */
  departements: Array<{ code: string; name: string; count: number }>;
  /** Scale length of every edition, by year. */
  scaleLengths: Record<number, number>;
}

/** The data of every area page of a kind, in the order of the areas. */
export function areaPages(areas: Areas, kind: Area['kind'], atlas: Atlas): AreaPageData[] {
  const scaleLengths = Object.fromEntries(atlas.editions.map((e) => [e.year, e.scale.length]));
  return (kind === 'region' ? areas.regions : areas.departements).map((area) => ({
    area,
    editions: areaEditions(area, atlas),
    departements: area.departements.map((d) => ({ ...d, count: areas.get('departement', d.code)?.bodies.length ?? 0 })),
    scaleLengths,
  }));
}
