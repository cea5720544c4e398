// /carte/fond-de-carte.svg: the base map of the interactive map (départements with their région,
// région borders, DROM insets), finer than the static map's so that it stays clean when zoomed in.
import type { APIRoute } from 'astro';
import { loadReference, readTopology } from '../../lib/reference/reference-fs';
import { buildBaseMap, type DepartementsTopology, type RegionsTopology } from '../../lib/map/svg-map';
import { renderWebBaseMapSvg } from '../../lib/map/web-base-map';

/** Simplification in SVG units: about 4 px off at the closest zoom, 0.1 px at the first view. */
const TOLERANCE = 0.3;

export const GET: APIRoute = () => {
  const map = buildBaseMap(
    readTopology('departements') as unknown as DepartementsTopology,
    readTopology('regions') as unknown as RegionsTopology,
    {
      tolerance: TOLERANCE,
    },
  );
  const { departements } = loadReference();
  return new Response(
    renderWebBaseMapSvg(map, (code) => departements.get(code)?.region),
    { headers: { 'Content-Type': 'image/svg+xml' } },
  );
};
