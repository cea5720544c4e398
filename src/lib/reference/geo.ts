// Plane geometry on lon/lat rings (centres of areas and of groups of points), and the shape of the
// reference TopoJSON base maps.
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { LatLon } from './reference';

/** Properties carried by every département and région of the reference TopoJSON. */
export interface AreaProperties {
  code: string;
  nom: string;
}

/** `departements.topo.json`: one object `departements`. */
export type DepartementsTopology = Topology<{ departements: GeometryCollection<AreaProperties> }>;

/** `regions.topo.json`: one object `regions`. */
export type RegionsTopology = Topology<{ regions: GeometryCollection<AreaProperties> }>;

type Ring = number[][];
type PolygonCoords = Ring[];

export interface AreaGeometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: PolygonCoords | PolygonCoords[];
}

/** Signed area and centroid of a closed ring (shoelace formula). */
function ringCentroid(ring: Ring): { area: number; lon: number; lat: number } {
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0, y0] = ring[j]!;
    const [x1, y1] = ring[i]!;
    const cross = x0! * y1! - x1! * y0!;
    area += cross;
    cx += (x0! + x1!) * cross;
    cy += (y0! + y1!) * cross;
  }
  area /= 2;
  return area === 0 ? { area: 0, lon: ring[0]![0]!, lat: ring[0]![1]! } : { area, lon: cx / (6 * area), lat: cy / (6 * area) };
}

/**
 * Centre of an area: the centroid of the outer ring of its largest polygon, so that a
 * département with islands (Morbihan, Finistère) is centred on its mainland.
 */
export function areaCentre(geometry: AreaGeometry): LatLon {
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as PolygonCoords[];
  const best = polygons.map((polygon) => ringCentroid(polygon[0]!)).sort((a, b) => Math.abs(b.area) - Math.abs(a.area))[0]!;
  return { lat: round(best.lat), lon: round(best.lon) };
}

/** Mean position of points (members of a syndicat), or undefined when there are none. */
export function meanPosition(points: LatLon[]): LatLon | undefined {
  if (points.length === 0) return undefined;
  const sum = points.reduce((acc, p) => ({ lat: acc.lat + p.lat, lon: acc.lon + p.lon }), { lat: 0, lon: 0 });
  return { lat: round(sum.lat / points.length), lon: round(sum.lon / points.length) };
}

function round(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}
