import { test } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildBaseMap, renderBaseMapSvg } from '../src/lib/svg-map';
import { gzipSync } from 'node:zlib';
test('sizes', () => {
  const d = JSON.parse(readFileSync('src/data/geo/departements.topo.json', 'utf8'));
  const r = JSON.parse(readFileSync('src/data/geo/regions.topo.json', 'utf8'));
  for (const tolerance of [0.4, 0.5, 0.6, 0.7]) {
    const t0 = performance.now();
    const svg = renderBaseMapSvg(buildBaseMap(d, r, { tolerance }));
    console.log('TOL', tolerance, svg.length, gzipSync(svg, { level: 9 }).length, Math.round(performance.now() - t0), 'ms');
  }
});
