// The browser figures of `npm run bench`, in headless Chromium on a built site served locally: the
// map's first render with every edition's markers (the marks of <atlas-map>, as bench:map reads
// them) and a cold /recherche/?q=… link's first result and bytes (as bench:search measures them).
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../lib/browser';
import { serveBuiltSite } from '../lib/static-server-fs';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export interface BrowserFigures {
  /** Milliseconds from navigation start to the map's first render, all editions shown. */
  mapRender?: number;
  /** Milliseconds from navigation start to the first result of a cold search link. */
  searchFirst?: number;
  /** Bytes (gzip) that link loads, the page included. */
  searchBytes?: number;
}

/** Median of `runs` cold loads of /carte/?edition=toutes and of /recherche/?q=<query>. */
export async function measureInBrowser(dist: string, query: string, runs = 3): Promise<BrowserFigures> {
  const [browser, server] = await Promise.all([launchBrowser(), serveBuiltSite(dist)]);
  const gzipOf = (url: string) => {
    const { pathname } = new URL(url);
    let file = path.join(dist, decodeURIComponent(pathname));
    if (pathname.endsWith('/')) file = path.join(file, 'index.html');
    try {
      return statSync(file).isFile() ? gzipSync(readFileSync(file)).length : 0;
    } catch {
      return 0;
    }
  };
  try {
    const map: number[] = [];
    const first: number[] = [];
    const bytes: number[] = [];
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${server.origin}/carte/?edition=toutes`);
      await page.waitForSelector('atlas-map[data-state="ready"]', { state: 'attached', timeout: 120_000 });
      map.push(await page.evaluate(() => performance.getEntriesByName('atlas-map:rendu')[0]?.startTime ?? Number.NaN));
      await context.close();

      const searchContext = await browser.newContext();
      const urls: string[] = [];
      searchContext.on('request', (request) => urls.push(request.url()));
      const searchPage = await searchContext.newPage();
      const url = `${server.origin}/recherche/?q=${encodeURIComponent(query)}`;
      await searchPage.goto(url, { waitUntil: 'commit' });
      const at = await searchPage.waitForFunction(
        () => document.querySelector('li.commune, li.page, [data-communes-list] p, [data-none]:not([hidden])') && performance.now(),
        null,
        { polling: 'raf', timeout: 60_000 },
      );
      first.push((await at.jsonValue()) as number);
      await searchPage.waitForFunction(() => document.querySelector('[data-status]')?.textContent?.trim(), null, { timeout: 60_000 });
      bytes.push(urls.filter((u) => u.startsWith(server.origin)).reduce((sum, u) => sum + gzipOf(u), 0));
      await searchContext.close();
    }
    const mapRender = median(map);
    return { mapRender: Number.isNaN(mapRender) ? undefined : mapRender, searchFirst: median(first), searchBytes: median(bytes) };
  } finally {
    await Promise.all([browser.close(), server.close()]);
  }
}
