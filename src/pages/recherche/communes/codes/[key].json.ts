// Commune lookup files by the first characters of INSEE and postal codes.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getLookupFiles } from '../../../../lib/site';

export const getStaticPaths = (async () => {
  const { codes } = await getLookupFiles();
  return [...codes].map(([key, shard]) => ({ params: { key }, props: { shard } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(props.shard);
