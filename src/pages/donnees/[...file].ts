// Every file under /donnees/ (the whole record, each edition's files, datapackage.json), written at
// build time from one list (src/lib/open-data/dataset.ts): the page and the files cannot disagree.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataFiles } from '../../lib/site';

export const getStaticPaths = (async () =>
  (await getDataFiles()).map((file) => ({
    params: { file: file.path },
    props: { body: file.body, mediaType: file.mediaType },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(props.body as string | Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': props.mediaType as string } });
