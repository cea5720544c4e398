// /statistiques/<chart>.svg: each chart of the page as a standalone SVG file, with its title,
// description and attribution (src/lib/record/chart-files.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getChartFiles } from '../../lib/site';

export const getStaticPaths = (async () =>
  (await getChartFiles()).map(({ slug, svg }) => ({ params: { chart: slug }, props: { body: svg } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props.body as string, { headers: { 'Content-Type': 'image/svg+xml' } });
