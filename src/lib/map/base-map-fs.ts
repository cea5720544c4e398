// Loads the reference TopoJSON of src/data/geo once per process and builds the SVG base map from it.
// The only map module with I/O; everything else is in projection.ts and svg-map.ts.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildBaseMap, type BaseMap, type DepartementsTopology, type RegionsTopology } from './svg-map';

// From the project root, not from this file: `astro build` bundles pages into dist/.prerender,
// where a path relative to import.meta.url would no longer point into src/.
const GEO_DIR = path.join(process.cwd(), 'src/data/geo');

let cached: BaseMap | undefined;

/** Reads a TopoJSON file and checks that it holds the expected object, with a French error if not. */
function readTopology(file: string, object: string): unknown {
  const filePath = path.join(GEO_DIR, file);
  const topology = JSON.parse(readFileSync(filePath, 'utf8')) as { type?: unknown; objects?: Record<string, unknown> };
  if (topology.type !== 'Topology' || !topology.objects?.[object]) {
    throw new Error(`${filePath} n'est pas un fichier TopoJSON contenant l'objet « ${object} » : régénérez-le (voir SOURCES.md).`);
  }
  return topology;
}

/** The SVG base map built from `src/data/geo/departements.topo.json` and `regions.topo.json` (memoised). */
export function getBaseMap(): BaseMap {
  cached ??= buildBaseMap(
    readTopology('departements.topo.json', 'departements') as DepartementsTopology,
    readTopology('regions.topo.json', 'regions') as RegionsTopology,
  );
  return cached;
}
