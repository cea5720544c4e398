// /statistiques/<chart>.csv: the numbers of each chart of the page, as its table shows them
// (src/lib/record/chart-files.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getChartFiles } from '../../lib/site';

export const getStaticPaths = (async () =>
  (await getChartFiles()).map(({ slug, csv }) => ({ params: { chart: slug }, props: { body: csv } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props.body as string, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
