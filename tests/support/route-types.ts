// The route type of each built page, read from the page files of src/pages/ (an Astro route per
// file), so that checks too slow to run on every page of a large site can run on a sample that
// still covers every route type: every page of a route without parameters, and a spread of pages
// of each templated route (see samplePages).
import { readdirSync } from 'node:fs';
import path from 'node:path';

const PAGES_DIR = path.resolve(import.meta.dirname, '../../src/pages');

export interface Route {
  /** The page file, relative to src/pages/: 'territoires/[slug].astro'. */
  file: string;
  /** Whether the route has parameters (one page per item: a territory, an edition…). */
  templated: boolean;
  pattern: RegExp;
  /** Higher wins when two routes match a path (as Astro: static segments before parameters, rest parameters last). */
  priority: number;
}

/** The route of a page file of src/pages/ ('editions/[year].astro', '404.astro', 'index.astro'). */
export function routeOf(file: string): Route {
  const name = file.replace(/\.astro$/, '');
  const segments = name.split('/').filter((s, i, all) => !(s === 'index' && i === all.length - 1));
  let regex = '';
  let priority = 0;
  for (const segment of segments) {
    if (/^\[\.\.\.[^\]]+\]$/.test(segment)) {
      regex += '(?:/.+?)?';
      priority -= 1000;
    } else if (/^\[[^\]]+\]$/.test(segment)) {
      regex += '/[^/]+';
      priority += 1;
    } else {
      regex += `/${segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;
      priority += 100;
    }
  }
  // A route named like a file (404.astro) is written as 404.html; the others as folders.
  const pattern = name === '404' ? /^\/404\.html$/ : new RegExp(`^${regex}/$`);
  return { file, templated: /\[/.test(file), pattern, priority };
}

/** Every HTML route of src/pages/ (the .astro files; the .ts endpoints write other files). */
export function pageRoutes(dir = PAGES_DIR): Route[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.astro'))
    .map((entry) => routeOf(path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')))
    .sort((a, b) => b.priority - a.priority || a.file.localeCompare(b.file));
}

/** The route that writes a site path ('/territoires/sitiv/' → 'territoires/[slug].astro'), or undefined. */
export function routeFor(sitePath: string, routes: Route[]): Route | undefined {
  return routes.find((route) => route.pattern.test(sitePath));
}

/**
 * Above this number of pages, checks that cost about 50 ms a page (html-validate) run on a sample:
 * every page of a route without parameters, and PAGES_PER_ROUTE pages of each templated route.
 */
export const SAMPLE_THRESHOLD = 500;
export const PAGES_PER_ROUTE = 20;

/**
 * The pages a slow check reads: all of them up to `threshold`; beyond, every page of a route without
 * parameters (and any page no route claims), and for each templated route its `perRoute` pages
 * evenly spread over the sorted list (first and last included) plus its largest page. Deterministic.
 */
export function samplePages<T extends { sitePath: string; html: string }>(
  pages: T[],
  routes: Route[],
  { threshold = SAMPLE_THRESHOLD, perRoute = PAGES_PER_ROUTE } = {},
): T[] {
  if (pages.length <= threshold) return pages;
  const byRoute = new Map<Route | undefined, T[]>();
  for (const page of pages) {
    const route = routeFor(page.sitePath, routes);
    const list = byRoute.get(route);
    if (list) list.push(page);
    else byRoute.set(route, [page]);
  }
  const chosen = new Set<T>();
  for (const [route, list] of byRoute) {
    if (!route?.templated || list.length <= perRoute) {
      for (const page of list) chosen.add(page);
      continue;
    }
    const sorted = [...list].sort((a, b) => a.sitePath.localeCompare(b.sitePath));
    for (let i = 0; i < perRoute; i++) chosen.add(sorted[Math.round((i * (sorted.length - 1)) / (perRoute - 1))]!);
    chosen.add(sorted.reduce((a, b) => (b.html.length > a.html.length ? b : a)));
  }
  return pages.filter((page) => chosen.has(page));
}
