// Measures the search on the built site (dist/) in headless Chromium and prints the figures:
// size of the Pagefind index and of the commune lookup files, then for real queries the time to
// the first result and the bytes each query loads (raw, and gzip as a compressing host sends them).
// Usage: npm run build && npm run bench:search [-- --runs 5]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from 'playwright-core';
import { launchBrowser } from '../lib/browser';
import { distDir, requireDist } from '../lib/built-site-fs';
import { serveBuiltSite } from '../lib/static-server-fs';

const QUERIES = ['echirolles', '38130', 'saint joseph', 'cesson sevigne', 'xqzwv'];
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;
/** The debounce of src/elements/atlas-search.ts, included in the "as typed" figures. */
const DEBOUNCE_MS = 180;

interface Sizes {
  files: number;
  raw: number;
  gzip: number;
  maxGzip: number;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

const gzipCache = new Map<string, number>();
function gzipSize(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(file), { level: 9 }).length;
    gzipCache.set(file, size);
  }
  return size;
}

function sizesOf(files: string[]): Sizes {
  const gz = files.map(gzipSize);
  return {
    files: files.length,
    raw: files.reduce((sum, f) => sum + statSync(f).size, 0),
    gzip: gz.reduce((a, b) => a + b, 0),
    maxGzip: Math.max(0, ...gz),
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} Ko`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

requireDist();
const pagefindSizes = sizesOf(filesUnder(path.join(distDir, 'pagefind')));
const pagefindIndex = sizesOf(
  filesUnder(path.join(distDir, 'pagefind')).filter((f) => /\.pf_(index|fragment|meta)$|pagefind-entry/.test(f)),
);
const lookupDir = path.join(distDir, 'recherche/communes');
const lookupIndex = sizesOf([path.join(lookupDir, 'index.json')]);
const lookupNames = sizesOf(filesUnder(path.join(lookupDir, 'noms')));
const lookupCodes = sizesOf(filesUnder(path.join(lookupDir, 'codes')));

console.log('Index de recherche (dist/pagefind)');
console.log(`  tout le dossier : ${pagefindSizes.files} fichiers, ${kb(pagefindSizes.raw)} (gzip ${kb(pagefindSizes.gzip)})`);
console.log(
  `  index seul (entry, meta, index, fragments) : ${pagefindIndex.files} fichiers, ${kb(pagefindIndex.raw)} (gzip ${kb(pagefindIndex.gzip)})`,
);
console.log('Données « Ma commune est-elle concernée ? » (dist/recherche/communes)');
console.log(`  index.json : ${kb(lookupIndex.raw)} (gzip ${kb(lookupIndex.gzip)})`);
for (const [label, s] of [
  ['noms/', lookupNames],
  ['codes/', lookupCodes],
] as const)
  console.log(
    `  ${label} : ${s.files} fichiers, ${kb(s.raw)} (gzip ${kb(s.gzip)}) ; par fichier gzip : moyenne ${kb(s.gzip / s.files)}, max ${kb(s.maxGzip)}`,
  );

const [browser, server] = await Promise.all([launchBrowser(), serveBuiltSite(distDir)]);
const localFile = (url: string) => {
  const { pathname } = new URL(url);
  const file = path.join(distDir, decodeURIComponent(pathname));
  return pathname.endsWith('/') ? path.join(file, 'index.html') : file;
};

interface Run {
  /** First commune or page result on screen. */
  first: number;
  /** Both lists shown and the count announced. */
  done: number;
  raw: number;
  gzip: number;
  requests: number;
}

/** Records every request of a context (the page and Pagefind's Web Worker alike) as files of dist/. */
function recordRequests(context: BrowserContext) {
  const urls: string[] = [];
  context.on('request', (request) => urls.push(request.url()));
  return {
    reset: () => (urls.length = 0),
    /** Files fetched since the last reset (the page itself left out). */
    fetched: (pageUrl: string) => {
      const files = urls.filter((u) => u.startsWith(server.origin) && u !== pageUrl).map(localFile);
      return {
        requests: files.length,
        raw: files.reduce((s, f) => s + statSync(f).size, 0),
        gzip: files.reduce((s, f) => s + gzipSize(f), 0),
      };
    },
  };
}

const RESULT = 'li.commune, li.page, [data-communes-list] p, [data-none]:not([hidden])';

const results = new Map<string, { link: Run[]; typed: Run[] }>();
for (const query of QUERIES) results.set(query, { link: [], typed: [] });

for (let run = 0; run < RUNS; run++) {
  for (const query of QUERIES) {
    // As a link (?q=…), cold: a new context has an empty cache; times from the navigation start.
    const context = await browser.newContext();
    const requests = recordRequests(context);
    const page = await context.newPage();
    const url = `${server.origin}/recherche/?q=${encodeURIComponent(query)}`;
    await page.goto(url, { waitUntil: 'commit' });
    const first = (await (
      await page.waitForFunction((sel) => document.querySelector(sel) && performance.now(), RESULT, { polling: 'raf' })
    ).jsonValue()) as number;
    const done = (await (
      await page.waitForFunction(() => document.querySelector('[data-status]')?.textContent?.trim() && performance.now(), null, {
        polling: 'raf',
      })
    ).jsonValue()) as number;
    results.get(query)!.link.push({ first, done, ...requests.fetched(url) });

    // As typed, once the page is loaded and the engines warmed up by focusing the field.
    await page.goto(`${server.origin}/recherche/`);
    await page.locator('#q').focus();
    await page.waitForLoadState('networkidle');
    requests.reset();
    const typed = await page.evaluate(
      ([q, sel]) =>
        new Promise<{ first: number; done: number }>((resolve) => {
          const root = document.querySelector('atlas-search')!;
          const status = document.querySelector('[data-status]')!;
          const input = document.querySelector<HTMLInputElement>('#q')!;
          const start = performance.now();
          let first = 0;
          new MutationObserver(() => {
            if (!first && root.querySelector(sel)) first = performance.now() - start;
            if (status.textContent?.trim()) resolve({ first: first || performance.now() - start, done: performance.now() - start });
          }).observe(root, { childList: true, characterData: true, subtree: true, attributes: true });
          input.value = q;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }),
      [query, RESULT] as const,
    );
    results.get(query)!.typed.push({ ...typed, ...requests.fetched(url) });
    await context.close();
  }
}
await Promise.all([browser.close(), server.close()]);

console.log(`\nTemps de réponse (médiane de ${RUNS} passages ; Chromium sans cache, serveur local sans compression)`);
console.log('  Lien ?q= (page froide) : premier résultat / tout affiché, en ms depuis la navigation ; requêtes et octets chargés (gzip)');
console.log(
  `  Saisie (page chargée) : premier résultat / tout affiché, en ms après la frappe, dont ${DEBOUNCE_MS} ms d’attente ; octets chargés`,
);
const m = (runs: Run[], key: keyof Run) => Math.round(median(runs.map((r) => r[key])));
for (const [query, { link, typed }] of results) {
  console.log(
    `  ${query.padEnd(15)} lien : ${m(link, 'first')} / ${m(link, 'done')} ms, ${m(link, 'requests')} requêtes, ${kb(m(link, 'raw'))} (gzip ${kb(m(link, 'gzip'))})` +
      ` | saisie : ${m(typed, 'first')} / ${m(typed, 'done')} ms, ${m(typed, 'requests')} requêtes, ${kb(m(typed, 'raw'))} (gzip ${kb(m(typed, 'gzip'))})`,
  );
}
const cpu = (await import('node:os')).loadavg()[0]!;
console.log(`  (charge moyenne de la machine pendant la mesure : ${cpu.toFixed(1)})`);
