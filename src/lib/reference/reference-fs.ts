// Loads the reference files once per process: COG from @etalab/decoupage-administratif and the
// centres and base map copied into src/data/geo (see src/data/geo/SOURCES.md).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { areaCentre, type AreaGeometry } from './geo';
import { buildReference, parseCentresCsv, type LatLon, type RawReference, type Reference } from './reference';

const require = createRequire(import.meta.url);
const geoDir = path.join(process.cwd(), 'src/data/geo');

let cached: Reference | undefined;

/** The reference index, loaded on first use. */
export function loadReference(): Reference {
  cached ??= buildReference(loadRawReference());
  return cached;
}

function loadRawReference(): RawReference {
  const data = (name: string) => require(`@etalab/decoupage-administratif/data/${name}.json`);
  const areaCentres = new Map<string, LatLon>();
  for (const [object, prefix] of [
    ['departements', 'departement'],
    ['regions', 'region'],
  ] as const) {
    const topology = readTopology(object);
    const collection = feature(topology, topology.objects[object] as GeometryCollection<{ code: string }>);
    for (const f of collection.features)
      areaCentres.set(`${prefix}:${f.properties.code}`, areaCentre(f.geometry as unknown as AreaGeometry));
  }
  return {
    communes: data('communes'),
    epcis: data('epci'),
    departements: data('departements'),
    regions: data('regions'),
    communeCentres: parseCentresCsv(readFileSync(path.join(geoDir, 'communes-centres.csv'), 'utf8')),
    epciCentres: parseCentresCsv(readFileSync(path.join(geoDir, 'epci-centres.csv'), 'utf8')),
    areaCentres,
  };
}

/** Reads one of the TopoJSON base maps. */
export function readTopology(object: 'departements' | 'regions'): Topology {
  return JSON.parse(readFileSync(path.join(geoDir, `${object}.topo.json`), 'utf8')) as Topology;
}
