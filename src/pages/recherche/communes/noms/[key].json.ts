// Commune lookup files by folded name prefix, loaded by the search page when a name is typed.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getLookupFiles } from '../../../../lib/site';

export const getStaticPaths = (async () => {
  const { names } = await getLookupFiles();
  return [...names].map(([key, shard]) => ({ params: { key }, props: { shard } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(props.shard);
