// /carte/donnees.json: what the interactive map filters and draws (territories, their web-map
// position and distinction per edition, each edition's scale), built from the atlas.
import type { APIRoute } from 'astro';
import { getMapData } from '../../lib/site';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getMapData()), { headers: { 'Content-Type': 'application/json' } });
