// /fond-de-carte.svg: the static base map of France (DROM in insets), built once and shared as an
// <img> by every MiniMap, which draws its markers in an overlay with the same viewBox.
import type { APIRoute } from 'astro';
import { getBaseMap } from '../lib/site';
import { renderBaseMapSvg } from '../lib/map/svg-map';

/** The base map as a standalone SVG file. */
export const GET: APIRoute = () => new Response(renderBaseMapSvg(getBaseMap()), { headers: { 'Content-Type': 'image/svg+xml' } });
