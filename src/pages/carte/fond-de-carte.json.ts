// /carte/fond-de-carte.json: the départements and régions of the interactive map as TopoJSON in
// inset longitude/latitude (DROM next to the metropole), built from the reference files.
import type { APIRoute } from 'astro';
import { readTopology } from '../../lib/reference-data';
import type { DepartementsTopology, RegionsTopology } from '../../lib/svg-map';
import { buildWebBaseMap } from '../../lib/web-base-map';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      buildWebBaseMap(
        readTopology('departements') as unknown as DepartementsTopology,
        readTopology('regions') as unknown as RegionsTopology,
      ),
    ),
    { headers: { 'Content-Type': 'application/json' } },
  );
