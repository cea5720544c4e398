import { test } from 'vitest';
import { writeFileSync } from 'node:fs';
import { getBaseMap } from '../src/lib/base-map';
import { renderBaseMapSvg } from '../src/lib/svg-map';
test('write', () => {
  const map = getBaseMap();
  const svg = renderBaseMapSvg(map);
  writeFileSync('/tmp/fond-de-carte.svg', svg);
  writeFileSync('/tmp/basemap.json', JSON.stringify(map));
  console.log('size', svg.length, Buffer.byteLength(svg));
});
