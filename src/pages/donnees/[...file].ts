// Every file under /donnees/ (the whole record, each edition's files, datapackage.json), written at
// build time from one list (src/lib/open-data/dataset.ts): the page and the files cannot disagree.
import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedFiles } from '../../lib/open-data/dataset';
import { openDataUrls } from '../../lib/open-data/open-data';
import { getSiteData } from '../../lib/site';

export const getStaticPaths = (async () => {
  const { atlas } = await getSiteData();
  const site = import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined;
  return publishedFiles(atlas, openDataUrls(site, import.meta.env.BASE_URL)).map((file) => ({
    params: { file: file.path },
    props: { body: file.body, mediaType: file.mediaType },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props.body as string, { headers: { 'Content-Type': props.mediaType as string } });
