// Loads the reference files once per process: COG from @etalab/decoupage-administratif and the
// centres and base maps copied into src/data/geo (see src/data/geo/SOURCES.md). The only reader of
// those files: the map's base maps come from readTopology too.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { feature } from 'topojson-client';
import { areaCentre, type AreaGeometry, type DepartementsTopology, type RegionsTopology } from './geo';
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
  const departements = readTopology('departements');
  const regions = readTopology('regions');
  for (const [prefix, collection] of [
    ['departement', feature(departements, departements.objects.departements)],
    ['region', feature(regions, regions.objects.regions)],
  ] as const) {
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

/**
 * Reads one of the TopoJSON base maps of src/data/geo (`departements.topo.json`, `regions.topo.json`)
 * and checks that it holds the expected object, with a French error if not.
 */
export function readTopology(object: 'departements'): DepartementsTopology;
export function readTopology(object: 'regions'): RegionsTopology;
export function readTopology(object: 'departements' | 'regions'): DepartementsTopology | RegionsTopology {
  const filePath = path.join(geoDir, `${object}.topo.json`);
  const topology = JSON.parse(readFileSync(filePath, 'utf8')) as { type?: unknown; objects?: Record<string, unknown> };
  if (topology.type !== 'Topology' || !topology.objects?.[object]) {
    throw new Error(`${filePath} n'est pas un fichier TopoJSON contenant l'objet « ${object} » : régénérez-le (voir SOURCES.md).`);
  }
  return topology as unknown as DepartementsTopology | RegionsTopology;
}
