// Loads every collection once per build, validates references and codes, and shares the
// derived atlas with all pages. An inconsistent content set stops the build here.
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildAtlas, type Atlas } from './atlas';
import { loadReference } from './reference-data';
import { compareFrench } from './text';
import { formatProblems, validateContent, type Entry } from './validate';

export interface SiteData {
  atlas: Atlas;
  /** Testimonial entries, newest edition first (render them with `render()`). */
  testimonials: CollectionEntry<'testimonials'>[];
  /** Editorial pages, in menu order. */
  pages: CollectionEntry<'pages'>[];
}

let loading: Promise<SiteData> | undefined;

/** The site's data, loaded and checked on first call. */
export function getSiteData(): Promise<SiteData> {
  loading ??= load();
  return loading;
}

async function load(): Promise<SiteData> {
  const [editions, territories, testimonials, pages] = await Promise.all([
    getCollection('editions'),
    getCollection('territories'),
    getCollection('testimonials'),
    getCollection('pages'),
  ]);
  const content = {
    editions: editions.map((e) => entry(e, 'editions', 'yaml')),
    territories: territories.map((e) => entry(e, 'territories', 'yaml')),
    testimonials: testimonials.map((e) => entry(e, 'testimonials', 'mdx')),
  };
  const reference = loadReference();
  const problems = validateContent(content, reference);
  if (problems.length > 0) {
    throw new Error(`Contenu invalide : ${problems.length} problème(s) à corriger.\n${formatProblems(problems)}`);
  }
  return {
    atlas: buildAtlas(content, reference),
    testimonials: testimonials.sort((a, b) => b.data.edition - a.data.edition || compareFrench(a.data.title, b.data.title)),
    pages: pages.sort((a, b) => a.data.order - b.data.order),
  };
}

function entry<T>(e: { id: string; filePath?: string; data: T }, folder: string, ext: string): Entry<T> {
  return { id: e.id, file: e.filePath ?? `content/${folder}/${e.id}.${ext}`, data: e.data };
}
