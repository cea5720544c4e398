import { describe, expect, it } from 'vitest';
import { VIEW_HEIGHT, VIEW_WIDTH, insetLonLat, projectMetropole, projectPoint } from './projection';
import { loadReference, readTopology } from '../reference/reference-fs';
import { buildBaseMap } from './svg-map';
import { INSET_LON_SCALE, renderWebBaseMapSvg, webBaseMapBounds } from './web-base-map';

describe('the web base map projection', () => {
  it('draws a degree of longitude as wide as cos(46.5°) degrees of latitude, like the static map', () => {
    expect(INSET_LON_SCALE).toBeCloseTo(Math.cos((46.5 * Math.PI) / 180), 10);
  });

  it('stretches the SVG exactly over its edges in inset longitude/latitude', () => {
    const { west, south, east, north } = webBaseMapBounds();
    expect(projectMetropole(west, north)).toEqual({ x: expect.closeTo(0, 9), y: expect.closeTo(0, 9) });
    expect(projectMetropole(east, south)).toEqual({ x: expect.closeTo(VIEW_WIDTH, 9), y: expect.closeTo(VIEW_HEIGHT, 9) });
  });

  it('puts a marker at its inset longitude/latitude on the same SVG point as the static map, DROM included', () => {
    const { west, south, east, north } = webBaseMapBounds();
    for (const [lon, lat] of [
      [2.35, 48.86], // Paris
      [55.48, -21.37], // Saint-Joseph, La Réunion
      [-61.5, 16.25], // Guadeloupe
    ] as const) {
      const [insetLon, insetLat] = insetLonLat(lon, lat);
      const expected = projectPoint(lon, lat);
      expect(((insetLon - west) / (east - west)) * VIEW_WIDTH).toBeCloseTo(expected.x, 6);
      expect(((north - insetLat) / (north - south)) * VIEW_HEIGHT).toBeCloseTo(expected.y, 6);
    }
  });
});

describe('renderWebBaseMapSvg', () => {
  const map = buildBaseMap(readTopology('departements'), readTopology('regions'), {
    tolerance: 0.3,
  });
  const { departements } = loadReference();
  const svg = renderWebBaseMapSvg(map, (code) => departements.get(code)?.region);

  it('has one path per département with its code and région, to highlight areas and frame régions', () => {
    expect(svg.match(/<path data-code=/g)).toHaveLength(101);
    expect(svg).toContain('<path data-code="38" data-region="84" d="M');
    expect(svg).toContain('<path data-code="974" data-region="04" d="M');
  });

  it('is decorative, stretched to its bounds, and leaves names to the map', () => {
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" class="tnl-web-map" viewBox="0 0 1000 \d+" preserveAspectRatio="none" aria-hidden="true">/,
    );
    expect(svg).not.toContain('<text');
    expect(svg.match(/<rect /g)).toHaveLength(5);
  });

  it('stays small enough to download with the page', () => {
    expect(svg.length).toBeLessThan(180_000);
  });
});
