// The site works under its strict policy (no inline style, no inline script) as each kind of host
// serves it: with the headers of _headers (Netlify, Cloudflare Pages), and with the nginx snippet of
// docs/deploiement.md (Debian's nginx, with and without its Brotli module). The map (Leaflet styles
// through the CSSOM, which the policy does not govern), the search and the 404 page, with no
// violation reported; and the check that would catch a page needing an inline style.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser';
import { distDir, requireDist } from '../../scripts/lib/built-site-fs';
import { guideSnippet, nginxHosts } from '../support/nginx-server-fs';
import { serveBuiltSite } from '../../scripts/lib/static-server-fs';
import { watchContext, type PageLog } from '../support/page-audit';

const READY = { state: 'attached', timeout: 30_000 } as const;

const hosts = [
  { name: '_headers (Netlify, Cloudflare Pages)', start: (root: string) => serveBuiltSite(root) },
  ...nginxHosts().map(({ name, start }) => ({ name: `l’extrait nginx (${name})`, start: (root: string) => start(root, guideSnippet()) })),
];

let browser: Browser;
beforeAll(async () => {
  requireDist();
  browser = await launchBrowser();
}, 60_000);
afterAll(() => browser?.close());

describe.each(hosts)('served with $name', ({ start }) => {
  let server: { origin: string; close: () => Promise<void> };
  let context: BrowserContext;
  let page: Page;
  let log: PageLog;
  beforeAll(async () => {
    server = await start(distDir);
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    log = await watchContext(context, server.origin);
    page = await context.newPage();
  }, 60_000);
  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  const noErrors = () =>
    expect({ console: log.consoleErrors, failed: log.failedRequests, thirdParty: log.foreignRequests }).toEqual({
      console: [],
      failed: [],
      thirdParty: [],
    });

  it("draws the map, its panes and markers placed by Leaflet, under style-src 'self'", async () => {
    log.reset();
    const response = await page.goto(`${server.origin}/carte/?edition=toutes`, { waitUntil: 'domcontentloaded' });
    expect(response?.headers()['content-security-policy']).toMatch(/style-src 'self';/);
    await page.waitForSelector('atlas-map[data-state="ready"]', READY);
    const drawn = await page.evaluate(() => ({
      markers: document.querySelectorAll('atlas-map .tnl-marker').length,
      // Leaflet moves its panes and markers with transforms set through element.style.
      paneMoved: /translate/.test(document.querySelector<HTMLElement>('.leaflet-map-pane')?.style.transform ?? ''),
      markerPlaced: /translate/.test(document.querySelector<HTMLElement>('.leaflet-marker-icon')?.style.transform ?? ''),
      leafletStyled: getComputedStyle(document.querySelector('.leaflet-container')!).overflow === 'hidden',
    }));
    expect(drawn.markers).toBeGreaterThan(0);
    expect(drawn).toMatchObject({ paneMoved: true, markerPlaced: true, leafletStyled: true });
    noErrors();
  });

  it('answers a search in the page', async () => {
    log.reset();
    await page.goto(`${server.origin}/recherche/?q=${encodeURIComponent('Cesson-Sévigné')}`);
    await page.waitForFunction(() => document.querySelector('[data-status]')?.textContent?.trim(), null, { timeout: 15_000 });
    expect(((await page.locator('li.commune h3').first().textContent()) ?? '').replace(/\s+/g, ' ').trim()).toMatch(
      /^Cesson-Sévigné Ille-et-Vilaine \(35\)/,
    );
    expect(await page.locator('li.page').count()).toBeGreaterThan(0);
    noErrors();
  });

  it('shows the styled 404 page at a missing address', async () => {
    log.reset();
    const response = await page.goto(`${server.origin}/territoires/nulle-part/`);
    expect(response?.status()).toBe(404);
    expect(await page.title()).toMatch(/^Page introuvable/);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.skip-link')!).position)).toBe('absolute');
    // The 404 answer itself is the only failed request.
    expect(log.failedRequests).toEqual([`${server.origin}/territoires/nulle-part/ : HTTP 404`]);
    expect(log.consoleErrors.filter((error) => !/404/.test(error))).toEqual([]);
  });
});

describe('the violation check', () => {
  it('reports a style attribute that a page would need, as the policy blocks it', async () => {
    const server = await serveBuiltSite(distDir);
    const context = await browser.newContext();
    try {
      const log = await watchContext(context, server.origin);
      const page = await context.newPage();
      await page.goto(`${server.origin}/a-propos/`);
      expect(log.consoleErrors).toEqual([]);
      const applied = await page.evaluate(async () => {
        document.body.insertAdjacentHTML('beforeend', '<p id="essai" style="color: rgb(255, 0, 0)">essai</p>');
        await new Promise((done) => setTimeout(done, 100));
        return getComputedStyle(document.getElementById('essai')!).color;
      });
      expect(applied).not.toBe('rgb(255, 0, 0)');
      expect(log.consoleErrors.some((error) => error.startsWith('CSP : style-src-attr a bloqué inline'))).toBe(true);
    } finally {
      await context.close();
      await server.close();
    }
  });
});
