// /donnees/editions.csv, written at build time (see src/lib/open-data/open-data.ts for the format).
import type { APIRoute } from 'astro';
import { editionsCsv } from '../../lib/open-data/open-data';
import { getSiteData } from '../../lib/site';

export const GET: APIRoute = async () => {
  const { atlas } = await getSiteData();
  const file = editionsCsv(atlas);
  return new Response(file.body, { headers: { 'Content-Type': file.mediaType } });
};
