import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROWSER_MODULES } from '../../eslint.config.js';
import { browserModules, valueImports } from './browser-modules-fs';

const root = path.resolve(import.meta.dirname, '../..');

describe('valueImports', () => {
  it('keeps value, side-effect and dynamic imports, and leaves type-only imports out', () => {
    const source = [
      "import L from 'leaflet';",
      "import 'leaflet/dist/leaflet.css';",
      "import type { MapData } from '../lib/map/map-data';",
      "import { type MapEntry, filterMap } from '../lib/map/filter';",
      "import { type Legend, type RegionGroup } from '../lib/map/types';",
      'import {',
      '  codeShardFor,',
      '  type LookupShard,',
      "} from '../lib/search/commune-lookup';",
      "const module = import('./map/leaflet-map');",
    ].join('\n');
    expect(valueImports(source)).toEqual([
      'leaflet',
      'leaflet/dist/leaflet.css',
      '../lib/map/filter',
      '../lib/search/commune-lookup',
      './map/leaflet-map',
    ]);
  });
});

describe('browserModules', () => {
  it('are exactly the modules the ESLint boundary rule lists, besides src/elements/', () => {
    const reached = browserModules(root, ['src/elements/atlas-map.ts', 'src/elements/atlas-search.ts']);
    expect(reached.filter((file) => !file.startsWith('src/elements/'))).toEqual(BROWSER_MODULES);
  });

  it('never reach a file-system module, the site façade or a schema', () => {
    const reached = browserModules(root, ['src/elements/atlas-map.ts', 'src/elements/atlas-search.ts']);
    expect(reached.filter((file) => /-fs\.ts$|^src\/lib\/site\.ts$|^src\/schemas\//.test(file))).toEqual([]);
  });
});
