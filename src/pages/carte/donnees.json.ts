// /carte/donnees.json: what the interactive map filters and draws (territories, their web-map
// position and distinction per edition, each edition's scale), built from the atlas.
import type { APIRoute } from 'astro';
import { buildMapData } from '../../lib/map/map-data';
import { getSiteData } from '../../lib/site-data';

export const GET: APIRoute = async () => {
  const { atlas } = await getSiteData();
  return new Response(JSON.stringify(buildMapData(atlas)), { headers: { 'Content-Type': 'application/json' } });
};
