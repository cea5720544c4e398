// /donnees/territoires.json, written at build time (see src/lib/open-data/open-data.ts for the format).
import type { APIRoute } from 'astro';
import { territoriesJson, openDataUrls } from '../../lib/open-data/open-data';
import { getSiteData } from '../../lib/site';

export const GET: APIRoute = async (context) => {
  const { atlas } = await getSiteData();
  const urls = openDataUrls(context.site, import.meta.env.BASE_URL);
  const file = territoriesJson(atlas, urls);
  return new Response(file.body, { headers: { 'Content-Type': file.mediaType } });
};
