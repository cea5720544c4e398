// Base map of the interactive map: the reference départements and régions as one compact TopoJSON
// whose coordinates are the "inset" longitude/latitude of `insetLonLat` (DROM moved next to the
// metropole), so Leaflet draws the same picture as the static SVG maps with no tile server.
import type { GeometryCollection, Topology } from 'topojson-specification';
import { unprojectMetropole } from './projection';
import { projectTopology, type AreaProperties, type DepartementsTopology, type RegionsTopology } from './svg-map';

/** The web base map: objects `departements` and `regions` sharing one quantized arc list. */
export type WebBaseMap = Topology<{
  departements: GeometryCollection<AreaProperties>;
  regions: GeometryCollection<AreaProperties>;
}>;

/** Options of `buildWebBaseMap`. */
export interface WebBaseMapOptions {
  /**
   * Largest gap, in units of the 1000-wide SVG map, between an outline and its simplified version.
   * The default keeps outlines clean up to about four times the initial zoom, for a file of about
   * 120 KB (35 KB compressed).
   */
  tolerance?: number;
}

type Geometry = GeometryCollection<AreaProperties>['geometries'][number];

/** Re-numbers the arcs of a geometry after its topology's arcs were appended at `offset`. */
function shiftArcs(geometry: Geometry, offset: number): Geometry {
  const shift = (index: number) => (index >= 0 ? index + offset : ~(~index + offset));
  if (geometry.type === 'Polygon') return { ...geometry, arcs: geometry.arcs.map((ring) => ring.map(shift)) };
  if (geometry.type === 'MultiPolygon') return { ...geometry, arcs: geometry.arcs.map((p) => p.map((ring) => ring.map(shift))) };
  return geometry;
}

/**
 * Quantizes an arc in SVG units to integer tenths, delta-encoded as TopoJSON wants; repeated points
 * are dropped but an arc keeps two points, so every ring stays closed.
 */
function quantizeArc(arc: number[][]): number[][] {
  const points = arc.map(([x, y]) => [Math.round(x! * 10), Math.round(y! * 10)] as const);
  const kept = points.filter((p, i) => i === 0 || i === points.length - 1 || p[0] !== points[i - 1]![0] || p[1] !== points[i - 1]![1]);
  return kept.map(([x, y], i) => (i === 0 ? [x, y] : [x - kept[i - 1]![0], y - kept[i - 1]![1]]));
}

/**
 * The TopoJSON transform from integer tenths of SVG units to inset longitude/latitude: the
 * metropolitan projection is affine, so its inverse is exactly a TopoJSON scale and translate.
 */
function insetTransform(): NonNullable<Topology['transform']> {
  const [lon0, lat0] = unprojectMetropole(0, 0);
  const [lon1] = unprojectMetropole(1, 0);
  const [, lat1] = unprojectMetropole(0, 1);
  return { scale: [(lon1 - lon0) / 10, (lat1 - lat0) / 10], translate: [lon0, lat0] };
}

/**
 * Builds the web base map from the reference TopoJSON files: projected like the static map (DROM in
 * their insets), simplified on shared arcs (neighbours keep one common border), then expressed in
 * inset longitude/latitude.
 */
export function buildWebBaseMap(
  departementsTopology: DepartementsTopology,
  regionsTopology: RegionsTopology,
  { tolerance = 0.25 }: WebBaseMapOptions = {},
): WebBaseMap {
  const departements = projectTopology(departementsTopology, tolerance, 'departements.topo.json');
  const regions = projectTopology(regionsTopology, tolerance, 'regions.topo.json');
  const offset = departements.arcs.length;
  const keepProperties = (g: Geometry): Geometry => {
    const { code, nom } = g.properties as AreaProperties;
    return { ...g, properties: { code, nom } };
  };
  return {
    type: 'Topology',
    transform: insetTransform(),
    arcs: [...departements.arcs, ...regions.arcs].map((arc) => quantizeArc(arc as number[][])),
    objects: {
      departements: { type: 'GeometryCollection', geometries: departements.objects.departements.geometries.map(keepProperties) },
      regions: {
        type: 'GeometryCollection',
        geometries: regions.objects.regions.geometries.map((g) => shiftArcs(keepProperties(g), offset)),
      },
    },
  };
}
