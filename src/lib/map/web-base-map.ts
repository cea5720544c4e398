// Base map of the interactive map: the départements and régions of the reference TopoJSON, drawn
// like the static map (DROM in their insets) as one SVG that Leaflet lays over the map. The SVG is
// linear in the "inset" longitude/latitude of `insetLonLat`, so with an equirectangular map
// projection (`INSET_LON_SCALE`) markers and outlines line up exactly, with no tile server and no
// geometry to convert in the browser.
import { VIEW_HEIGHT, VIEW_WIDTH, unprojectMetropole, type LonLatBox } from './projection';
import { LOOK } from '../look';
import type { BaseMap } from './svg-map';

/**
 * Width of a degree of longitude relative to a degree of latitude on the maps (the cosine of the
 * metropole's middle latitude): the horizontal scale of the web map's projection.
 */
export const INSET_LON_SCALE = (() => {
  const [lon0, lat0] = unprojectMetropole(0, 0);
  const [lon1] = unprojectMetropole(1, 0);
  const [, lat1] = unprojectMetropole(0, 1);
  return Math.abs(lat1 - lat0) / Math.abs(lon1 - lon0);
})();

/** The inset longitude/latitude of the SVG's edges: where Leaflet stretches it. */
export function webBaseMapBounds(): LonLatBox {
  const [west, north] = unprojectMetropole(0, 0);
  const [east, south] = unprojectMetropole(VIEW_WIDTH, VIEW_HEIGHT);
  return { west, south, east, north };
}

/**
 * The web base map: one grey path per département (`data-code`, `data-region`, so that the map can
 * highlight an area or frame a région), thicker white région borders, the inset frames. The page
 * keeps strokes at the same width at every zoom (`vector-effect: non-scaling-stroke`, not
 * inherited, so set by its style sheet); names are left to the map's own labels.
 * @param map a base map built with a tolerance fit for zooming in (see `buildBaseMap`)
 * @param regionOf the région code of each département
 */
export function renderWebBaseMapSvg(map: BaseMap, regionOf: (departement: string) => string | undefined): string {
  const departements = map.departements
    .map(({ code, d }) => `<path data-code="${code}" data-region="${regionOf(code) ?? ''}" d="${d}"/>`)
    .join('');
  const frames = map.insets.map(({ x, y, width, height }) => `<rect x="${x}" y="${y}" width="${width}" height="${height}"/>`).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="tnl-web-map" viewBox="${map.viewBox}" preserveAspectRatio="none" aria-hidden="true">` +
    `<g fill="${LOOK.map.land}" stroke="${LOOK.map.border}" stroke-width=".8" stroke-linejoin="round">${departements}</g>` +
    `<path fill="none" stroke="${LOOK.map.border}" stroke-width="2" stroke-linejoin="round" d="${map.borders.regions}"/>` +
    `<g fill="none" stroke="${LOOK.map.frame}" stroke-width="1">${frames}</g>` +
    `</svg>\n`
  );
}
