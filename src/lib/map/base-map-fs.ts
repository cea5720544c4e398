// The base maps, built once per process from the reference TopoJSON of src/data/geo: the static
// maps' SVG (/fond-de-carte.svg and the inline overlays) and the interactive map's finer one
// (/carte/fond-de-carte.svg).
import { loadReference, readTopology } from '../reference/reference-fs';
import { buildBaseMap, type BaseMap } from './svg-map';
import { renderWebBaseMapSvg } from './web-base-map';

/** Simplification of the web base map in SVG units: about 4 px off at the closest zoom, 0.1 px at the first view. */
const WEB_TOLERANCE = 0.3;

let cached: BaseMap | undefined;

/** The SVG base map of the static maps, from `departements.topo.json` and `regions.topo.json` (memoised). */
export function getBaseMap(): BaseMap {
  cached ??= buildBaseMap(readTopology('departements'), readTopology('regions'));
  return cached;
}

/**
 * The interactive map's base map as an SVG file: départements with their région, région borders,
 * DROM insets, finer than the static map's so that it stays clean when zoomed in.
 */
export function webBaseMapSvg(): string {
  const map = buildBaseMap(readTopology('departements'), readTopology('regions'), { tolerance: WEB_TOLERANCE });
  const { departements } = loadReference();
  return renderWebBaseMapSvg(map, (code) => departements.get(code)?.region);
}
