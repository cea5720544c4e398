import { describe, expect, it } from 'vitest';
import {
  INSET_BOXES,
  VIEW_BOX,
  VIEW_HEIGHT,
  VIEW_WIDTH,
  ZONE_BOUNDS,
  insetFramesLonLat,
  insetLonLat,
  projectMetropole,
  projectPoint,
  unprojectMetropole,
  zoneOf,
  type InsetBox,
  type SvgPoint,
  type Zone,
} from './projection';

const PARIS = { lon: 2.34147, lat: 48.85662 };
const AJACCIO = { lon: 8.70268, lat: 41.93495 };

/** Commune centres of the DROM (src/data/geo/communes-centres.csv or town centres). */
const DROM_TOWNS: Array<{ name: string; zone: Zone; lon: number; lat: number }> = [
  { name: 'Les Abymes (97101)', zone: '971', lon: -61.5, lat: 16.27 },
  { name: 'Fort-de-France (97209)', zone: '972', lon: -61.07, lat: 14.6 },
  { name: 'Cayenne (97302)', zone: '973', lon: -52.33, lat: 4.93 },
  { name: 'Saint-Denis (97411)', zone: '974', lon: 55.44777, lat: -20.93361 },
  { name: 'Mamoudzou (97611)', zone: '976', lon: 45.23, lat: -12.78 },
];

function inside(point: SvgPoint, box: { x: number; y: number; width: number; height: number }): boolean {
  return point.x >= box.x && point.x <= box.x + box.width && point.y >= box.y && point.y <= box.y + box.height;
}

function insetOf(code: string): InsetBox {
  const box = INSET_BOXES.find((b) => b.code === code);
  if (!box) throw new Error(`no inset ${code}`);
  return box;
}

function overlap(a: InsetBox, b: { x: number; y: number; width: number; height: number }): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

const METROPOLE_AREA = (() => {
  const { west, south, east, north } = ZONE_BOUNDS.metropole;
  const topLeft = projectMetropole(west, north);
  const bottomRight = projectMetropole(east, south);
  return { x: topLeft.x, y: topLeft.y, width: bottomRight.x - topLeft.x, height: bottomRight.y - topLeft.y };
})();

describe('zoneOf', () => {
  it('puts Paris and Corsica in the metropole', () => {
    expect(zoneOf(PARIS.lon, PARIS.lat)).toBe('metropole');
    expect(zoneOf(AJACCIO.lon, AJACCIO.lat)).toBe('metropole');
  });

  it.each(DROM_TOWNS)('puts $name in $zone', ({ lon, lat, zone }) => {
    expect(zoneOf(lon, lat)).toBe(zone);
  });

  it('returns undefined outside metropolitan France and the five DROM', () => {
    expect(zoneOf(-56.18, 46.78)).toBeUndefined(); // Saint-Pierre
    expect(zoneOf(0, 0)).toBeUndefined();
  });
});

describe('projectPoint', () => {
  it('draws Paris and Ajaccio inside the metropolitan area, Paris north of Ajaccio', () => {
    const paris = projectPoint(PARIS.lon, PARIS.lat);
    const ajaccio = projectPoint(AJACCIO.lon, AJACCIO.lat);
    expect(inside(paris, METROPOLE_AREA)).toBe(true);
    expect(inside(ajaccio, METROPOLE_AREA)).toBe(true);
    expect(paris.y).toBeLessThan(ajaccio.y);
    expect(paris.x).toBeLessThan(ajaccio.x);
  });

  it.each(DROM_TOWNS)('draws $name inside its own inset and no other', ({ lon, lat, zone }) => {
    const point = projectPoint(lon, lat);
    for (const box of INSET_BOXES) expect(inside(point, box)).toBe(box.code === zone);
    expect(inside(point, METROPOLE_AREA)).toBe(false);
  });

  it('draws every corner of a DROM zone inside its inset', () => {
    for (const box of INSET_BOXES) {
      const { west, south, east, north } = ZONE_BOUNDS[box.code];
      for (const [lon, lat] of [
        [west, north],
        [east, south],
        [west, south],
        [east, north],
      ] as const) {
        expect(inside(projectPoint(lon, lat), box)).toBe(true);
      }
    }
  });

  it('explains in French why a point outside every zone cannot be drawn', () => {
    expect(() => projectPoint(-56.18, 46.78)).toThrow(/ni en France métropolitaine/);
  });
});

describe('layout', () => {
  it('keeps the metropole and the five insets inside the viewBox, without overlap', () => {
    expect(VIEW_BOX).toBe(`0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}`);
    const view = { x: 0, y: 0, width: VIEW_WIDTH, height: VIEW_HEIGHT };
    const areas = [METROPOLE_AREA, ...INSET_BOXES];
    for (const area of areas) {
      expect(inside({ x: area.x, y: area.y }, view)).toBe(true);
      expect(inside({ x: area.x + area.width, y: area.y + area.height }, view)).toBe(true);
    }
    INSET_BOXES.forEach((box, i) => {
      expect(overlap(box, METROPOLE_AREA)).toBe(false);
      for (const other of INSET_BOXES.slice(i + 1)) expect(overlap(box, other)).toBe(false);
    });
  });

  it('names the insets in French', () => {
    expect(INSET_BOXES.map((b) => b.label)).toEqual(['Guadeloupe', 'Martinique', 'Guyane', 'La Réunion', 'Mayotte']);
  });
});

describe('insetLonLat', () => {
  it('leaves metropolitan points where they are', () => {
    expect(insetLonLat(PARIS.lon, PARIS.lat)).toEqual([PARIS.lon, PARIS.lat]);
    expect(insetLonLat(AJACCIO.lon, AJACCIO.lat)).toEqual([AJACCIO.lon, AJACCIO.lat]);
  });

  it.each(DROM_TOWNS)('moves $name into its inset frame, west of the metropole', ({ lon, lat, zone }) => {
    const [fakeLon, fakeLat] = insetLonLat(lon, lat);
    const frame = insetFramesLonLat().find((f) => f.code === zone)!;
    expect(fakeLon).toBeGreaterThanOrEqual(frame.west);
    expect(fakeLon).toBeLessThanOrEqual(frame.east);
    expect(fakeLat).toBeGreaterThanOrEqual(frame.south);
    expect(fakeLat).toBeLessThanOrEqual(frame.north);
    expect(frame.east).toBeLessThan(ZONE_BOUNDS.metropole.west);
  });

  it('gives the fake position that the metropolitan projection draws where projectPoint draws the DROM point', () => {
    for (const { lon, lat } of DROM_TOWNS) {
      const [fakeLon, fakeLat] = insetLonLat(lon, lat);
      const viaFake = projectMetropole(fakeLon, fakeLat);
      const direct = projectPoint(lon, lat);
      expect(viaFake.x).toBeCloseTo(direct.x, 9);
      expect(viaFake.y).toBeCloseTo(direct.y, 9);
    }
  });
});

describe('insetFramesLonLat', () => {
  it('returns frames that the metropolitan projection draws exactly on the SVG inset boxes', () => {
    for (const frame of insetFramesLonLat()) {
      const box = insetOf(frame.code);
      const topLeft = projectMetropole(frame.west, frame.north);
      const bottomRight = projectMetropole(frame.east, frame.south);
      expect(topLeft.x).toBeCloseTo(box.x, 9);
      expect(topLeft.y).toBeCloseTo(box.y, 9);
      expect(bottomRight.x).toBeCloseTo(box.x + box.width, 9);
      expect(bottomRight.y).toBeCloseTo(box.y + box.height, 9);
      expect(frame.label).toBe(box.label);
    }
  });
});

describe('unprojectMetropole', () => {
  it('inverts projectMetropole', () => {
    const { x, y } = projectMetropole(PARIS.lon, PARIS.lat);
    const [lon, lat] = unprojectMetropole(x, y);
    expect(lon).toBeCloseTo(PARIS.lon, 9);
    expect(lat).toBeCloseTo(PARIS.lat, 9);
  });
});
