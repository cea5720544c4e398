// /carte/fond-de-carte.svg: the base map of the interactive map (départements with their région,
// région borders, DROM insets), finer than the static map's /fond-de-carte.svg so that it stays
// clean when zoomed in.
import type { APIRoute } from 'astro';
import { webBaseMapSvg } from '../../lib/site';

export const GET: APIRoute = () => new Response(webBaseMapSvg(), { headers: { 'Content-Type': 'image/svg+xml' } });
