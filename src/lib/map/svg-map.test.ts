import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readTopology } from '../reference/reference-fs';
import { INSET_BOXES, VIEW_BOX, VIEW_HEIGHT, VIEW_WIDTH, projectPoint, type InsetBox } from './projection';
import { BASE_MAP_TITLE, buildBaseMap, pointMarker, renderBaseMapSvg, simplifyLine } from './svg-map';

const departementsTopology = readTopology('departements');
const regionsTopology = readTopology('regions');
const map = buildBaseMap(departementsTopology, regionsTopology);

/** Absolute points of a path made of `M x y`, relative `l` steps and `z`, as written by svg-map. */
function pathPoints(d: string): Array<[number, number]> {
  const points: Array<[number, number]> = [];
  for (const [, command, args] of d.matchAll(/([Mlz])([^Mlz]*)/g)) {
    const numbers = (args!.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    if (command === 'z') continue;
    if (command === 'M') {
      points.push([numbers[0]!, numbers[1]!]);
      continue;
    }
    for (let i = 0; i < numbers.length; i += 2) {
      const [x, y] = points[points.length - 1]!;
      points.push([x + numbers[i]!, y + numbers[i + 1]!]);
    }
  }
  return points;
}

function within(point: [number, number], box: { x: number; y: number; width: number; height: number }): boolean {
  const [x, y] = point;
  const slack = 0.05; // coordinates are rounded to 0.1
  return x >= box.x - slack && x <= box.x + box.width + slack && y >= box.y - slack && y <= box.y + box.height + slack;
}

const VIEW = { x: 0, y: 0, width: VIEW_WIDTH, height: VIEW_HEIGHT };
const DROM_REGION_OF: Record<string, string> = { '01': '971', '02': '972', '03': '973', '04': '974', '06': '976' };

describe('buildBaseMap', () => {
  it('draws the 101 départements and the 18 régions with their codes and names', () => {
    expect(map.departements).toHaveLength(101);
    expect(map.regions).toHaveLength(18);
    expect(map.departements.find((d) => d.code === '2A')?.nom).toBe('Corse-du-Sud');
    expect(map.regions.find((r) => r.code === '04')?.nom).toBe('La Réunion');
    expect(map.viewBox).toBe(VIEW_BOX);
  });

  it('gives every area a non-empty path lying inside the viewBox', () => {
    for (const area of [...map.departements, ...map.regions]) {
      const points = pathPoints(area.d);
      expect(points.length, area.code).toBeGreaterThan(3);
      expect(
        points.every((p) => within(p, VIEW)),
        area.code,
      ).toBe(true);
    }
  });

  it('draws each DROM département and région inside its own inset box', () => {
    const insetOf = (code: string): InsetBox => INSET_BOXES.find((b) => b.code === code)!;
    for (const { code, d } of map.departements.filter((a) => a.code.startsWith('97'))) {
      expect(
        pathPoints(d).every((p) => within(p, insetOf(code))),
        code,
      ).toBe(true);
    }
    for (const { code, d } of map.regions.filter((a) => a.code in DROM_REGION_OF)) {
      expect(
        pathPoints(d).every((p) => within(p, insetOf(DROM_REGION_OF[code]!))),
        code,
      ).toBe(true);
    }
  });

  it('keeps metropolitan départements out of the insets', () => {
    for (const { code, d } of map.departements.filter((a) => !a.code.startsWith('97'))) {
      const points = pathPoints(d);
      expect(
        INSET_BOXES.some((box) => points.some((p) => within(p, box))),
        code,
      ).toBe(false);
    }
  });

  it('writes coordinates with at most one decimal and no repeated point', () => {
    const d = map.departements.find((a) => a.code === '38')!.d;
    expect(d).not.toMatch(/\d\.\d\d/);
    const points = pathPoints(d);
    expect(points.every((p, i) => i === 0 || p[0] !== points[i - 1]![0] || p[1] !== points[i - 1]![1])).toBe(true);
  });

  it('draws shared borders once, and the région borders along département borders', () => {
    expect(pathPoints(map.borders.departements).length).toBeGreaterThan(100);
    expect(pathPoints(map.borders.regions).length).toBeGreaterThan(100);
    expect(map.borders.regions.length).toBeLessThan(map.borders.departements.length);
    expect(pathPoints(map.land).every((p) => within(p, VIEW))).toBe(true);
  });
});

describe('simplifyLine', () => {
  it('keeps both ends and drops points closer to the line than the tolerance', () => {
    const line = [
      [0, 0],
      [1, 0.1],
      [2, -0.1],
      [3, 5],
      [4, 0],
    ];
    expect(simplifyLine(line, 0.5)).toEqual([
      [0, 0],
      [2, -0.1],
      [3, 5],
      [4, 0],
    ]);
    expect(
      simplifyLine(
        [
          [0, 0],
          [1, 0],
        ],
        10,
      ),
    ).toEqual([
      [0, 0],
      [1, 0],
    ]);
  });
});

describe('pointMarker', () => {
  it('rounds projectPoint to one decimal', () => {
    const exact = projectPoint(5.71604, 45.14592); // Échirolles
    const marker = pointMarker(5.71604, 45.14592);
    expect(marker.x).toBeCloseTo(exact.x, 1);
    expect(marker.y).toBeCloseTo(exact.y, 1);
    expect(Math.round(marker.x * 10)).toBe(marker.x * 10);
  });
});

describe('renderBaseMapSvg', () => {
  const svg = renderBaseMapSvg(map);

  it('is a titled standalone SVG with the French names of the insets', () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain(`viewBox="${VIEW_BOX}"`);
    expect(svg).toContain(`<title>${BASE_MAP_TITLE}</title>`);
    expect(BASE_MAP_TITLE).toBe('Fond de carte : départements et régions de France');
    for (const label of ['Guadeloupe', 'Martinique', 'Guyane', 'La Réunion', 'Mayotte']) {
      expect(svg).toContain(`>${label}</text>`);
    }
  });

  it('stays under 60 KB (20 KB gzipped)', () => {
    expect(Buffer.byteLength(svg)).toBeLessThan(60_000);
    expect(gzipSync(svg).length).toBeLessThan(20_000);
  });
});
