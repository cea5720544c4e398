import { test } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildBaseMap } from '../src/lib/svg-map';
test('sizes', () => {
  const d = JSON.parse(readFileSync('src/data/geo/departements.topo.json', 'utf8'));
  const r = JSON.parse(readFileSync('src/data/geo/regions.topo.json', 'utf8'));
  for (const tolerance of [0.3, 0.5, 0.8, 1, 1.5]) {
    const m = buildBaseMap(d, r, { tolerance });
    const deps = m.departements.reduce((a, x) => a + x.d.length, 0);
    const pts = m.departements.reduce((a, x) => a + (x.d.match(/[ -]/g)?.length ?? 0), 0) / 2;
    console.log(tolerance, 'deps', deps, 'pts~', pts, 'depBorders', m.borders.departements.length, 'regBorders', m.borders.regions.length);
  }
});
