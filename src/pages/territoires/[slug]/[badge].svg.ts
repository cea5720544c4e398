// A territory's badges as SVG: /territoires/<slug>/badge-<année>.svg for each edition with a result,
// and /territoires/<slug>/badge.svg, the latest one (src/lib/images/badge.ts draws them).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getImagePlan } from '../../../lib/site';

export const getStaticPaths = (async () => {
  const { svgs } = await getImagePlan();
  return [...svgs].map(([path, svg]) => {
    const [, slug, badge] = path.match(/^\/territoires\/([^/]+)\/(badge(?:-\d{4})?)\.svg$/)!;
    return { params: { slug: slug!, badge: badge! }, props: { svg } };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ svg: string }> = ({ props }) => new Response(props.svg, { headers: { 'Content-Type': 'image/svg+xml' } });
