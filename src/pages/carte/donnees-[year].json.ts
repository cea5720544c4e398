// /carte/donnees-<année>.json: the map data of one edition (src/lib/map/map-data.ts,
// editionMapData), what the map loads for an edition's view; /carte/donnees.json has them all.
import type { APIRoute, GetStaticPaths } from 'astro';
import { editionMapData, type MapData } from '../../lib/map/map-data';
import { getMapData } from '../../lib/site';

export const getStaticPaths = (async () => {
  const data = await getMapData();
  return data.editions.map((edition) => ({ params: { year: String(edition.year) }, props: { year: edition.year } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ year: number }> = async ({ props }) => {
  const data: MapData = editionMapData(await getMapData(), props.year);
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
