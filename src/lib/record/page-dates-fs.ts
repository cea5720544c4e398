// The sitemap's <lastmod> dates (page-dates.ts) for the build: the content read from disk once,
// when the sitemap integration asks for the first date.
import { contentDirectory } from '../content/content-dir';
import { loadContentFromDisk, readCollection } from '../content/content-fs';
import { datasetVersion } from '../open-data/changelog';
import { loadReference } from '../reference/reference-fs';
import { buildAtlas, publishedContent } from './atlas';
import { pageDates } from './page-dates';

let dates: ((sitePath: string) => string) | undefined;

/** The AAAA-MM-JJ of a page, by its site path without the base. */
export function lastModified(sitePath: string, root = process.cwd()): string {
  if (!dates) {
    const { content } = loadContentFromDisk(root, contentDirectory());
    const published = publishedContent(content);
    const atlas = buildAtlas(published, loadReference());
    const pages = readCollection(root, contentDirectory(), 'pages').flatMap((file) =>
      file.data === undefined ? [] : [{ id: file.id, data: file.data as { updatedOn?: string } }],
    );
    dates = pageDates(atlas, { pages, testimonials: published.testimonials }, datasetVersion(atlas).modified);
  }
  return dates(sitePath);
}
