// Static SVG base map of France: turns the reference TopoJSON into compact SVG paths (DROM drawn in
// their insets) and renders the standalone `fond-de-carte.svg`. Pure: the files are read elsewhere.

import { feature, merge, mesh, transform } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Geometry, Position } from 'geojson';
import type { AreaProperties, DepartementsTopology, RegionsTopology } from '../reference/geo';
import { escapeHtml } from '../escape';
import { LOOK } from '../look';
import {
  INSET_BOXES,
  INSET_LABEL_HEIGHT,
  VIEW_BOX,
  VIEW_HEIGHT,
  VIEW_WIDTH,
  projectInZone,
  projectPoint,
  zoneOf,
  type InsetBox,
  type SvgPoint,
  type Zone,
} from './projection';

/** A département or région drawn as one SVG path. */
export interface MapArea {
  code: string;
  nom: string;
  /** SVG path data in the `VIEW_BOX` space, coordinates to 0.1. */
  d: string;
}

/** Everything needed to draw the base map or an overlay aligned with it. */
export interface BaseMap {
  viewBox: string;
  width: number;
  height: number;
  /** Each département, e.g. to highlight some of them over the base map. */
  departements: MapArea[];
  /** Each région. */
  regions: MapArea[];
  /** Path data of all the land (union of the départements): filling it once draws every coast once. */
  land: string;
  /**
   * Path data of the borders shared by two areas, each drawn once: half the size of stroking every
   * outline, and the coastline and small islands are not eaten by the border colour.
   */
  borders: { departements: string; regions: string };
  insets: InsetBox[];
}

/** The French title of `fond-de-carte.svg`. */
export const BASE_MAP_TITLE = 'Fond de carte : départements et régions de France';

type Tenths = [number, number];

/** Rounds to tenths, kept as integers so that relative steps add up exactly to the rounded positions. */
function toTenths({ x, y }: SvgPoint): Tenths {
  return [Math.round(x * 10), Math.round(y * 10)];
}

/** Formats an integer count of tenths as a short SVG number (`5` → `.5`, `-130` → `-13`). */
function formatTenths(tenths: number): string {
  const text = (Math.abs(tenths) / 10).toString();
  const short = text.startsWith('0.') ? text.slice(1) : text;
  return tenths < 0 ? `-${short}` : short;
}

/** Joins SVG numbers, omitting the separator where a minus sign already separates them. */
function joinNumbers(numbers: string[]): string {
  return numbers.map((n, i) => (i === 0 || n.startsWith('-') ? n : ` ${n}`)).join('');
}

/** Drops points equal to the previous one (common once rounded to tenths). */
function dedupe(points: Tenths[]): Tenths[] {
  return points.filter((p, i) => i === 0 || p[0] !== points[i - 1]![0] || p[1] !== points[i - 1]![1]);
}

/** One subpath: absolute move, then relative line steps (about half the size of absolute ones). */
function subpath(points: Tenths[], closed: boolean): string {
  let unique = dedupe(points);
  if (closed && unique.length > 1) {
    const [first, last] = [unique[0]!, unique[unique.length - 1]!];
    if (first[0] === last[0] && first[1] === last[1]) unique = unique.slice(0, -1);
  }
  // A ring rounded down to fewer than three points is an islet too small to see.
  if (unique.length < (closed ? 3 : 2)) return '';
  const [start, ...rest] = unique;
  const steps = rest.flatMap((p, i) => {
    const previous = unique[i]!;
    return [formatTenths(p[0] - previous[0]), formatTenths(p[1] - previous[1])];
  });
  return `M${joinNumbers([formatTenths(start![0]), formatTenths(start![1])])}l${joinNumbers(steps)}${closed ? 'z' : ''}`;
}

/** Squared distance from p to the segment a–b. */
function segmentDistance2(p: Position, a: Position, b: Position): number {
  const [px, py] = [p[0]!, p[1]!];
  const [ax, ay, bx, by] = [a[0]!, a[1]!, b[0]!, b[1]!];
  const [dx, dy] = [bx - ax, by - ay];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
  const [ex, ey] = [ax + t * dx - px, ay + t * dy - py];
  return ex * ex + ey * ey;
}

/**
 * Douglas–Peucker simplification of a line, keeping both ends. Run on topology arcs, never on whole
 * rings, so that two neighbours still share exactly the same border after simplification.
 */
export function simplifyLine(line: Position[], tolerance: number): Position[] {
  if (line.length <= 2) return line;
  const keep = new Array<boolean>(line.length).fill(false);
  keep[0] = keep[line.length - 1] = true;
  const tolerance2 = tolerance * tolerance;
  const stack: Array<[number, number]> = [[0, line.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let farthest = -1;
    let farthest2 = tolerance2;
    for (let i = first + 1; i < last; i++) {
      const distance2 = segmentDistance2(line[i]!, line[first]!, line[last]!);
      if (distance2 > farthest2) [farthest, farthest2] = [i, distance2];
    }
    if (farthest < 0) continue;
    keep[farthest] = true;
    stack.push([first, farthest], [farthest, last]);
  }
  return line.filter((_, i) => keep[i]);
}

/** The zone of a line, from the centre of its bounding box, so one line never straddles two zones. */
function zoneOfLine(line: Position[], where: string): Zone {
  const lons = line.map((p) => p[0]!);
  const lats = line.map((p) => p[1]!);
  const zone = zoneOf((Math.min(...lons) + Math.max(...lons)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2);
  if (!zone) {
    throw new RangeError(`${where} a un contour hors de la France métropolitaine et des cinq DROM : impossible de le dessiner.`);
  }
  return zone;
}

/**
 * A copy of a topology whose arcs are in SVG coordinates (DROM moved into their insets) and
 * simplified to the given tolerance in SVG units: simplifying after projection gives the same visual
 * detail everywhere, whatever the scale of each inset.
 */
function projectTopology<T extends Topology>(topology: T, tolerance: number, where: string): T {
  const decode = transform(topology.transform ?? null);
  const arcs = topology.arcs.map((arc) => {
    // Arcs are delta-encoded: the decoder accumulates, and restarts when told this is a first point.
    const lonLat = arc.map((position, index) => decode(position, index > 0));
    const zone = zoneOfLine(lonLat, where);
    const projected = lonLat.map(([lon, lat]) => projectInZone(zone, lon!, lat!)).map(({ x, y }) => [x, y]);
    return simplifyLine(projected, tolerance);
  });
  const { transform: _quantization, ...rest } = topology;
  return { ...rest, arcs } as T;
}

/** Rings of a polygonal geometry (holes included: SVG's nonzero fill rule keeps them open). */
function ringsOf(geometry: Geometry, where: string): Position[][] {
  if (geometry.type === 'Polygon') return geometry.coordinates;
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat();
  throw new TypeError(`${where} : géométrie ${geometry.type} inattendue (Polygon ou MultiPolygon attendu).`);
}

/** SVG path data of lines or rings already in SVG coordinates. */
function pathOf(lines: Position[][], closed: boolean): string {
  return lines
    .map((line) =>
      subpath(
        line.map(([x, y]) => toTenths({ x: x!, y: y! })),
        closed,
      ),
    )
    .join('');
}

function areasOf(projected: Topology, object: GeometryCollection<AreaProperties>, kind: string): MapArea[] {
  return feature(projected, object).features.map(({ properties, geometry }) => ({
    code: properties.code,
    nom: properties.nom,
    d: pathOf(ringsOf(geometry, `${kind} ${properties.code} (${properties.nom})`), true),
  }));
}

/** Path data of the union of all the areas of a collection. */
function landOf(projected: Topology, object: GeometryCollection<AreaProperties>): string {
  // topojson-client's merge() wants the geometries themselves, despite its typings.
  const polygons = object.geometries.filter((g) => g.type === 'Polygon' || g.type === 'MultiPolygon');
  return pathOf(merge(projected, polygons).coordinates.flat(), true);
}

/** Path data of the arcs shared by two different areas of a collection, each drawn once. */
function innerBorders(projected: Topology, object: GeometryCollection<AreaProperties>): string {
  return pathOf(mesh(projected, object, (a, b) => a !== b).coordinates, false);
}

/** Options of `buildBaseMap`. */
export interface BaseMapOptions {
  /**
   * Largest gap, in SVG units, allowed between an outline and its simplified version. The default
   * (0.6, under half a pixel when the 1000-unit map is shown 640 px wide) keeps the file under 60 KB.
   */
  tolerance?: number;
}

/**
 * Projects the reference départements and régions to SVG paths, the DROM inside their insets.
 * @param departementsTopology content of `departements.topo.json`
 * @param regionsTopology content of `regions.topo.json`
 * @param options simplification tolerance
 */
export function buildBaseMap(
  departementsTopology: DepartementsTopology,
  regionsTopology: RegionsTopology,
  { tolerance = 0.6 }: BaseMapOptions = {},
): BaseMap {
  const departements = projectTopology(departementsTopology, tolerance, 'departements.topo.json');
  const regions = projectTopology(regionsTopology, tolerance, 'regions.topo.json');
  return {
    viewBox: VIEW_BOX,
    width: VIEW_WIDTH,
    height: VIEW_HEIGHT,
    departements: areasOf(departements, departements.objects.departements, 'Le département'),
    regions: areasOf(regions, regions.objects.regions, 'La région'),
    land: landOf(departements, departements.objects.departements),
    borders: {
      departements: innerBorders(departements, departements.objects.departements),
      regions: innerBorders(regions, regions.objects.regions),
    },
    insets: [...INSET_BOXES],
  };
}

/** SVG position of a point (DROM in their insets), rounded to 0.1 like the base map. */
export function pointMarker(lon: number, lat: number): SvgPoint {
  const { x, y } = projectPoint(lon, lat);
  return { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
}

/** Rounds a layout number to 0.1 for the SVG attributes. */
function r1(value: number): number {
  return Math.round(value * 10) / 10;
}

function insetMarkup(insets: InsetBox[]): string {
  const frames = insets
    .map(({ x, y, width, height }) => `<rect x="${r1(x)}" y="${r1(y)}" width="${r1(width)}" height="${r1(height)}"/>`)
    .join('');
  // The name sits in the strip that the projection leaves empty at the top of each frame.
  const labels = insets
    .map(({ x, y, label }) => `<text x="${r1(x + 7)}" y="${r1(y + INSET_LABEL_HEIGHT - 7)}">${escapeHtml(label)}</text>`)
    .join('');
  return (
    `<g fill="none" stroke="${LOOK.map.frame}">${frames}</g>` +
    `<g fill="${LOOK.map.label}" font-family="system-ui,sans-serif" font-size="17">${labels}</g>`
  );
}

/**
 * The standalone base map `fond-de-carte.svg`: grey départements, white borders (thicker between
 * régions), the inset frames with their French names.
 */
export function renderBaseMapSvg(map: BaseMap): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" xml:lang="fr" viewBox="${map.viewBox}" width="${map.width}" height="${map.height}">` +
    `<title>${escapeHtml(BASE_MAP_TITLE)}</title>` +
    `<path fill="${LOOK.map.land}" d="${map.land}"/>` +
    `<g fill="none" stroke="${LOOK.map.border}" stroke-linejoin="round" stroke-linecap="round">` +
    `<path stroke-width=".7" d="${map.borders.departements}"/>` +
    `<path stroke-width="1.8" d="${map.borders.regions}"/>` +
    `</g>` +
    insetMarkup(map.insets) +
    `</svg>\n`
  );
}
