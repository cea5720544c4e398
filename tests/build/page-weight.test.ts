// Page weight budgets: a territory or an edition page ships no JavaScript (but for the badge code's
// copy button on a territory page, one small file under 1 KB gzip), and its HTML with the
// stylesheets and fonts it needs stays under 30 KB gzip. Images (the mini-map's base map, shared
// and cached by every page) are counted apart, with their own budget. The figures are printed.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { distDir, requireDist } from '../../scripts/lib/built-site-fs';
import { pageRoutes, routeFor } from '../support/route-types';
import { loadSite, type BuiltPage } from '../support/site-checks';

/** Budgets in bytes, gzip (the encoding every host offers); `any`: every other HTML page, HTML + CSS. */
const BUDGET = { page: 30 * 1024, images: 25 * 1024, any: 200 * 1024 };

const gzip = (bytes: Buffer) => gzipSync(bytes).length;
const brotli = (bytes: Buffer) => brotliCompressSync(bytes).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} Ko`;

interface Weight {
  page: string;
  scripts: string[];
  html: number;
  css: number;
  fonts: number;
  images: number;
  /** HTML + CSS + fonts, gzip. */
  total: number;
  /** The same with brotli (quality 11, slow: computed only for the pages printed). */
  totalBrotli: () => number;
}

/** Each shared file (stylesheet, font, image) read and compressed once for all pages. */
const fileCache = new Map<string, { bytes: number; gzip: number; brotli: () => number; text: string }>();
function sharedFile(url: string) {
  let entry = fileCache.get(url);
  if (!entry) {
    const buffer = readFileSync(fileOf(url));
    let brotliBytes: number | undefined;
    entry = { bytes: buffer.length, gzip: gzip(buffer), brotli: () => (brotliBytes ??= brotli(buffer)), text: buffer.toString('utf8') };
    fileCache.set(url, entry);
  }
  return entry;
}

/** Reads a file of dist/ from a root-relative URL. */
function fileOf(url: string): string {
  return path.join(distDir, decodeURIComponent(url.split(/[?#]/)[0] as string));
}

/** What loading the page costs: its HTML, stylesheets (with @import), fonts and images, compressed. */
function weigh(page: BuiltPage): Weight {
  const scripts = page.elements
    .filter((e) => e.tag === 'script' || (e.tag === 'link' && /modulepreload/.test(e.attrs.rel ?? '')))
    .map((e) => e.attrs.src ?? e.attrs.href ?? 'script en ligne');
  const styles = new Set<string>();
  const fonts = new Set<string>();
  const images = new Set(page.elements.filter((e) => e.tag === 'img' && e.attrs.src).map((e) => e.attrs.src as string));
  const readCss = (href: string) => {
    if (styles.has(href)) return;
    styles.add(href);
    const css = sharedFile(href).text;
    for (const match of css.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)|@import\s+['"]([^'"]+)['"]/g)) {
      const target = new URL(match[1] ?? match[2] ?? '', `http://site${href}`).pathname;
      if (match[2] || target.endsWith('.css')) readCss(target);
      else if (/\.(woff2?|ttf|otf)$/.test(target)) fonts.add(target);
      else if (!match[1]?.startsWith('data:')) images.add(target);
    }
  };
  for (const e of page.elements) if (e.tag === 'link' && e.attrs.rel === 'stylesheet' && e.attrs.href) readCss(e.attrs.href);
  for (const e of page.elements)
    if (e.tag === 'link' && e.attrs.rel === 'preload' && e.attrs.as === 'font' && e.attrs.href) fonts.add(e.attrs.href);

  const html = Buffer.from(page.html);
  const read = (urls: Set<string>) => [...urls].filter((url) => existsSync(fileOf(url))).map(sharedFile);
  const cssFiles = read(styles);
  const fontFiles = read(fonts);
  const cssGzip = cssFiles.reduce((total, file) => total + file.gzip, 0);
  // Fonts are already compressed (woff2): counted as they are.
  const fontBytes = fontFiles.reduce((total, file) => total + file.bytes, 0);
  const htmlGzip = gzip(html);
  return {
    page: page.sitePath,
    scripts,
    html: htmlGzip,
    css: cssGzip,
    fonts: fontBytes,
    images: read(images).reduce((total, file) => total + file.gzip, 0),
    total: htmlGzip + cssGzip + fontBytes,
    totalBrotli: () => brotli(html) + cssFiles.reduce((total, file) => total + file.brotli(), 0) + fontBytes,
  };
}

let weights: Weight[];
let pages: BuiltPage[];
beforeAll(() => {
  requireDist();
  // Only what is weighed: scripts, stylesheets, fonts and images (10,000 parsed pages fit in memory).
  pages = loadSite(distDir, '/', { keep: (e) => ['script', 'link', 'img'].includes(e.tag) }).pages;
  weights = pages.filter((p) => /^\/(territoires\/[^/]+|editions\/\d{4})\/$/.test(p.sitePath)).map(weigh);
});

describe('every page', () => {
  it(`stays under ${kb(BUDGET.any)} gzip for HTML + CSS, whatever the number of territories (heaviest page of each route type printed)`, () => {
    const routes = pageRoutes();
    // The stylesheets are shared: each is compressed once.
    const cssGzip = new Map<string, number>();
    const cssOf = (page: BuiltPage) =>
      page.elements
        .filter((e) => e.tag === 'link' && e.attrs.rel === 'stylesheet' && e.attrs.href)
        .reduce((sum, e) => {
          const href = e.attrs.href!;
          if (!cssGzip.has(href)) cssGzip.set(href, existsSync(fileOf(href)) ? sharedFile(href).gzip : 0);
          return sum + cssGzip.get(href)!;
        }, 0);
    const heaviest = new Map<string, { page: string; html: number; total: number }>();
    const over: string[] = [];
    for (const page of pages) {
      const html = gzip(Buffer.from(page.html));
      const total = html + cssOf(page);
      const route = routeFor(page.sitePath, routes)?.file ?? '(aucune route)';
      if ((heaviest.get(route)?.total ?? -1) < total) heaviest.set(route, { page: page.sitePath, html, total });
      if (total > BUDGET.any) over.push(`${page.sitePath} : ${kb(total)} > ${kb(BUDGET.any)}`);
    }
    console.log(
      [
        `Page la plus lourde de chaque type de route (HTML + CSS, gzip) — ${pages.length} pages :`,
        ...[...heaviest]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([route, w]) => `  ${route.padEnd(58)} ${kb(w.total).padStart(9)} (HTML ${kb(w.html)})  ${w.page}`),
      ].join('\n'),
    );
    expect(over).toEqual([]);
    // Compressing every page: about 30 s for the 10,500 pages of 10,000 territories on a loaded machine.
  }, 120_000);
});

describe('territory and edition pages', () => {
  it('exist (the budget would hold vacuously otherwise)', () => {
    expect(weights.filter((w) => w.page.startsWith('/territoires/')).length).toBeGreaterThan(0);
    expect(weights.filter((w) => w.page.startsWith('/editions/')).length).toBeGreaterThan(0);
  });

  it('ship no JavaScript but, on a territory page, the badge code’s copy button (<atlas-copy>, under 1 KB gzip)', () => {
    const allowed = (w: Weight, script: string) =>
      w.page.startsWith('/territoires/') &&
      /^\/_astro\/BadgeSnippet\.[^/]+\.js$/.test(script) &&
      gzip(readFileSync(fileOf(script))) < 1024 &&
      readFileSync(fileOf(script), 'utf8').includes('atlas-copy');
    expect(weights.flatMap((w) => w.scripts.filter((script) => !allowed(w, script)).map((script) => `${w.page} : ${script}`))).toEqual([]);
  });

  it(`stay under ${kb(BUDGET.page)} gzip for HTML + CSS + fonts, and ${kb(BUDGET.images)} for images`, () => {
    const heaviest = (kind: string, key: 'total' | 'images') =>
      weights.filter((w) => w.page.startsWith(kind)).reduce((a, b) => (b[key] > a[key] ? b : a));
    const rows = ['/territoires/', '/editions/'].map((kind) => heaviest(kind, 'total'));
    console.log(
      [
        `Budget des pages (gzip ; brotli entre parenthèses) — ${weights.length} pages mesurées :`,
        ...rows.map(
          (w) =>
            `  ${w.page.padEnd(36)} HTML ${kb(w.html)} + CSS ${kb(w.css)} + polices ${kb(w.fonts)} = ${kb(w.total)} (${kb(w.totalBrotli())}) / ${kb(BUDGET.page)} ; images ${kb(w.images)} / ${kb(BUDGET.images)}`,
        ),
      ].join('\n'),
    );
    expect(weights.filter((w) => w.total > BUDGET.page).map((w) => `${w.page} : ${kb(w.total)} > ${kb(BUDGET.page)}`)).toEqual([]);
    expect(weights.filter((w) => w.images > BUDGET.images).map((w) => `${w.page} : images ${kb(w.images)} > ${kb(BUDGET.images)}`)).toEqual(
      [],
    );
  });
});
