// Every PNG of the site (share images, badges, the charts of /statistiques/), rendered once per build through the
// image cache (src/lib/images/png-fs.ts): the route only copies the cached file.
import type { APIRoute, GetStaticPaths } from 'astro';
import { readPng } from '../lib/images/png-fs';
import { getRenderedPngs } from '../lib/site';

export const getStaticPaths = (async () => {
  const files = await getRenderedPngs();
  return [...files].map(([path, file]) => ({ params: { png: path.slice(1, -'.png'.length) }, props: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: string }> = ({ props }) =>
  new Response(new Uint8Array(readPng(props.file)), { headers: { 'Content-Type': 'image/png' } });
