// /donnees/territoires.geojson, written at build time (see src/lib/open-data/open-data.ts for the format).
import type { APIRoute } from 'astro';
import { territoriesGeoJson, openDataUrls } from '../../lib/open-data/open-data';
import { getSiteData } from '../../lib/site';

export const GET: APIRoute = async (context) => {
  const { atlas } = await getSiteData();
  const urls = openDataUrls(context.site, import.meta.env.BASE_URL);
  const file = territoriesGeoJson(atlas, urls);
  return new Response(file.body, { headers: { 'Content-Type': file.mediaType } });
};
