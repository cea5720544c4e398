// Projection of French longitude/latitude to the fixed SVG space of the atlas maps, with the five
// overseas départements (DROM) moved into insets west of the metropole, as on the usual INSEE maps.

/** Where a point is drawn: the metropole (Corsica included) or the inset of one DROM. */
export type Zone = 'metropole' | DromCode;

/** INSEE codes of the five overseas départements that get an inset. */
export type DromCode = '971' | '972' | '973' | '974' | '976';

/** A longitude/latitude rectangle (degrees, WGS84). */
export interface LonLatBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** An inset frame in SVG coordinates, with the French name of the DROM it shows. */
export interface InsetBox {
  code: DromCode;
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** An inset frame in the fake longitude/latitude used to show DROM next to the metropole on a web map. */
export interface InsetFrameLonLat extends LonLatBox {
  code: DromCode;
  label: string;
}

/** A point in SVG coordinates (y grows downwards). */
export interface SvgPoint {
  x: number;
  y: number;
}

/** The DROM in drawing order (top to bottom), with their French names. */
const DROMS: ReadonlyArray<{ code: DromCode; label: string }> = [
  { code: '971', label: 'Guadeloupe' },
  { code: '972', label: 'Martinique' },
  { code: '973', label: 'Guyane' },
  { code: '974', label: 'La Réunion' },
  { code: '976', label: 'Mayotte' },
];

/**
 * Extent of each zone: the outline of the reference base map plus a few kilometres.
 * One box serves both to decide the zone of a point and to fit the zone in its frame, so that every
 * point accepted by `zoneOf` is drawn inside its frame.
 */
export const ZONE_BOUNDS: Readonly<Record<Zone, LonLatBox>> = {
  metropole: { west: -5.3, south: 41.25, east: 9.7, north: 51.2 },
  '971': { west: -61.86, south: 15.79, east: -60.95, north: 16.56 },
  '972': { west: -61.28, south: 14.35, east: -60.76, north: 14.93 },
  '973': { west: -54.65, south: 2.07, east: -51.57, north: 5.8 },
  '974': { west: 55.17, south: -21.43, east: 55.88, north: -20.83 },
  '976': { west: 44.98, south: -13.04, east: 45.34, north: -12.6 },
};

/** Width of the SVG coordinate space. */
export const VIEW_WIDTH = 1000;

const MARGIN = 10;
const INSET_WIDTH = 170;
const INSET_GAP = 12;
const COLUMN_GAP = 20;
/** Height of the strip at the top of each inset that holds its name (no drawing there). */
export const INSET_LABEL_HEIGHT = 26;
/** Room kept between an inset's drawing and its frame. */
const INSET_PADDING = 6;

const DEG = Math.PI / 180;
/** Longitude shrink at the middle latitude of the metropole, so shapes keep their usual look. */
const METRO_COS = Math.cos(46.5 * DEG);
const METRO = ZONE_BOUNDS.metropole;
const METRO_LEFT = MARGIN + INSET_WIDTH + COLUMN_GAP;
/** SVG units per degree of latitude in the metropole: fills the width left by the inset column. */
const METRO_SCALE = (VIEW_WIDTH - MARGIN - METRO_LEFT) / ((METRO.east - METRO.west) * METRO_COS);
const METRO_HEIGHT = (METRO.north - METRO.south) * METRO_SCALE;

/** Height of the SVG coordinate space. */
export const VIEW_HEIGHT = Math.ceil(METRO_HEIGHT + 2 * MARGIN);

/** The `viewBox` attribute shared by the base map and every overlay drawn on it. */
export const VIEW_BOX = `0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}`;

const INSET_HEIGHT = (METRO_HEIGHT - (DROMS.length - 1) * INSET_GAP) / DROMS.length;

/** The five inset frames, stacked in a column left of the metropole and as tall as it. */
export const INSET_BOXES: ReadonlyArray<InsetBox> = DROMS.map(({ code, label }, index) => ({
  code,
  label,
  x: MARGIN,
  y: MARGIN + index * (INSET_HEIGHT + INSET_GAP),
  width: INSET_WIDTH,
  height: INSET_HEIGHT,
}));

/** Affine lon/lat → SVG transform of one inset. */
interface InsetTransform {
  lonCentre: number;
  latCentre: number;
  xScale: number;
  yScale: number;
  xCentre: number;
  yCentre: number;
}

/** Fits a zone in the drawing area of its frame, each with its own scale so small islands stay legible. */
function fitInset(bounds: LonLatBox, box: InsetBox): InsetTransform {
  const latCentre = (bounds.north + bounds.south) / 2;
  const lonCentre = (bounds.east + bounds.west) / 2;
  // Local longitude shrink keeps each island's real shape (conformal at its own latitude).
  const cos = Math.cos(latCentre * DEG);
  const areaWidth = box.width - 2 * INSET_PADDING;
  const areaHeight = box.height - INSET_LABEL_HEIGHT - INSET_PADDING;
  const scale = Math.min(areaWidth / ((bounds.east - bounds.west) * cos), areaHeight / (bounds.north - bounds.south));
  return {
    lonCentre,
    latCentre,
    xScale: scale * cos,
    yScale: scale,
    xCentre: box.x + box.width / 2,
    yCentre: box.y + INSET_LABEL_HEIGHT + areaHeight / 2,
  };
}

const INSET_TRANSFORMS = new Map<DromCode, InsetTransform>(INSET_BOXES.map((box) => [box.code, fitInset(ZONE_BOUNDS[box.code], box)]));

const ZONES_BY_PRIORITY: ReadonlyArray<Zone> = ['metropole', '971', '972', '973', '974', '976'];

function contains(box: LonLatBox, lon: number, lat: number): boolean {
  return lon >= box.west && lon <= box.east && lat >= box.south && lat <= box.north;
}

/**
 * The zone a point belongs to, from bounding boxes (Corsica is in the metropole), or `undefined`
 * for a point outside metropolitan France and the five DROM (e.g. Saint-Pierre-et-Miquelon).
 */
export function zoneOf(lon: number, lat: number): Zone | undefined {
  return ZONES_BY_PRIORITY.find((zone) => contains(ZONE_BOUNDS[zone], lon, lat));
}

/** Projects a metropolitan lon/lat to SVG coordinates (equirectangular, y downwards). */
export function projectMetropole(lon: number, lat: number): SvgPoint {
  return {
    x: METRO_LEFT + (lon - METRO.west) * METRO_COS * METRO_SCALE,
    y: MARGIN + (METRO.north - lat) * METRO_SCALE,
  };
}

/** Inverse of `projectMetropole`: the lon/lat that the metropolitan projection puts at (x, y). */
export function unprojectMetropole(x: number, y: number): [lon: number, lat: number] {
  return [METRO.west + (x - METRO_LEFT) / (METRO_COS * METRO_SCALE), METRO.north - (y - MARGIN) / METRO_SCALE];
}

/**
 * Projects a lon/lat with the transform of a given zone, without checking that the point lies in it.
 * Used for outlines, whose zone is decided once per shape.
 */
export function projectInZone(zone: Zone, lon: number, lat: number): SvgPoint {
  const inset = zone === 'metropole' ? undefined : INSET_TRANSFORMS.get(zone);
  if (!inset) return projectMetropole(lon, lat);
  return {
    x: inset.xCentre + (lon - inset.lonCentre) * inset.xScale,
    y: inset.yCentre - (lat - inset.latCentre) * inset.yScale,
  };
}

function requireZone(lon: number, lat: number): Zone {
  const zone = zoneOf(lon, lat);
  if (!zone) {
    throw new RangeError(
      `Le point (latitude ${lat}, longitude ${lon}) n'est ni en France métropolitaine ni en ` +
        `Guadeloupe, Martinique, Guyane, à La Réunion ou à Mayotte : il ne peut pas être placé sur la carte. ` +
        `Vérifiez l'ordre latitude/longitude et le signe des coordonnées.`,
    );
  }
  return zone;
}

/**
 * Projects any metropolitan or DROM point to SVG coordinates; a DROM point lands inside its inset.
 * @throws RangeError for a point outside every zone.
 */
export function projectPoint(lon: number, lat: number): SvgPoint {
  return projectInZone(requireZone(lon, lat), lon, lat);
}

/**
 * Moves a DROM point to a fake lon/lat inside its inset west of the metropole (identity for the
 * metropole), so that a web map without insets can show the DROM next to metropolitan France.
 * @throws RangeError for a point outside every zone.
 */
export function insetLonLat(lon: number, lat: number): [lon: number, lat: number] {
  const zone = requireZone(lon, lat);
  if (zone === 'metropole') return [lon, lat];
  const { x, y } = projectInZone(zone, lon, lat);
  return unprojectMetropole(x, y);
}

/**
 * The inset frames in the fake lon/lat of `insetLonLat`, e.g. for Leaflet:
 * `L.rectangle([[frame.south, frame.west], [frame.north, frame.east]])`.
 */
export function insetFramesLonLat(): InsetFrameLonLat[] {
  return INSET_BOXES.map(({ code, label, x, y, width, height }) => {
    const [west, north] = unprojectMetropole(x, y);
    const [east, south] = unprojectMetropole(x + width, y + height);
    return { code, label, west, south, east, north };
  });
}
