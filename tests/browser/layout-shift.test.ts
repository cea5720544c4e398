// Layout stability and first paint on a phone: every page type of tests/support/page-types.ts, cold,
// at 375 px (the searches at 1280 px too) with the CPU slowed four times (Chrome DevTools Protocol), the cumulative layout shift
// (PerformanceObserver 'layout-shift', buffered, shifts after input excluded) and the largest
// contentful paint. CLS must stay under 0.1 (Core Web Vitals' "good"); LCP is printed per page type,
// with a generous bound (the local server has no network latency, the machine is shared).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser';
import { distDir, requireDist } from '../../scripts/lib/built-site-fs';
import { serveBuiltSite, type StaticServer } from '../../scripts/lib/static-server-fs';
import { pageTypes } from '../support/page-types';

/** Core Web Vitals' threshold for a "good" cumulative layout shift. */
const CLS_LIMIT = 0.1;
/** A bound that catches a broken page, not a slow machine (the target on a phone is 2 s). */
const LCP_BOUND_MS = 6000;
/** How long the page may keep shifting after load: live results and the map arrive after it. */
const SETTLE_MS = 1500;

let browser: Browser;
let server: StaticServer;
const figures: Array<{ name: string; cls: number; lcp: number; shifts: string[] }> = [];

beforeAll(async () => {
  requireDist();
  [browser, server] = await Promise.all([launchBrowser(), serveBuiltSite(distDir)]);
}, 60_000);

afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
  if (figures.length > 0)
    console.log(
      [
        'Stabilité et premier affichage, processeur ralenti 4 fois (CLS ; LCP) :',
        ...figures.map((f) => `  ${f.name.padEnd(48)} CLS ${f.cls.toFixed(3)} ; LCP ${f.lcp.toFixed(0)} ms`),
      ].join('\n'),
    );
});

/** Starts observing before any script of the page runs: layout shifts with their sources, and LCP. */
async function observe(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number; __shifts: string[]; __lcp: number };
    w.__cls = 0;
    w.__shifts = [];
    w.__lcp = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<
        PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: Array<{ node?: Node }> }
      >) {
        if (entry.hadRecentInput) continue;
        w.__cls += entry.value;
        const nodes = (entry.sources ?? []).map((s) => {
          const node = s.node as Element | undefined;
          return node?.nodeName
            ? `${node.nodeName.toLowerCase()}${node.id ? `#${node.id}` : ''}${node.className && typeof node.className === 'string' ? `.${node.className.split(' ')[0]}` : ''}`
            : '?';
        });
        w.__shifts.push(`${entry.value.toFixed(3)} ${nodes.join(', ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__lcp = Math.max(w.__lcp, entry.startTime);
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
}

/**
 * Every page type on a phone; and the searches on a desktop too, with the query of the issue that
 * found a shift of 0.42 when the live results replaced the no-JavaScript block (a postal code).
 */
const SEARCH = pageTypes.find((t) => t.path.startsWith('/recherche/?'))!;
const runs = [
  ...pageTypes.map((type) => ({ ...type, width: 375 })),
  { ...SEARCH, name: 'recherche par code postal', path: '/recherche/?q=38130', width: 375 },
  { ...SEARCH, width: 1280 },
  { ...SEARCH, name: 'recherche par code postal', path: '/recherche/?q=38130', width: 1280 },
];

describe.each(runs)('$name ($path) at $width px, CPU × 4', (type) => {
  let measured: { cls: number; lcp: number; shifts: string[] };

  beforeAll(async () => {
    const phone = type.width < 800;
    const context = await browser.newContext({
      viewport: { width: type.width, height: phone ? 812 : 900 },
      ...(phone ? { deviceScaleFactor: 2, isMobile: true, hasTouch: true } : {}),
    });
    try {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await observe(page);
      await page.goto(`${server.origin}${type.path}`, { waitUntil: 'load' });
      if (type.readyWhen) await page.waitForSelector(type.readyWhen, { state: 'attached', timeout: 20_000 });
      await page.waitForTimeout(SETTLE_MS);
      measured = await page.evaluate(() => {
        const w = window as unknown as { __cls: number; __shifts: string[]; __lcp: number };
        return { cls: w.__cls, lcp: w.__lcp, shifts: w.__shifts };
      });
      figures.push({ name: `${type.name} (${type.width} px)`, ...measured });
    } finally {
      await context.close();
    }
  }, 60_000);

  it(`shifts its layout by less than ${CLS_LIMIT} (cumulative layout shift)`, () => {
    // On failure, the shifts and the elements that moved say what to reserve space for.
    expect(measured.cls < CLS_LIMIT ? [] : measured.shifts).toEqual([]);
    expect(measured.cls).toBeLessThan(CLS_LIMIT);
  });

  it(`paints its largest content within ${LCP_BOUND_MS / 1000} s`, () => {
    expect(measured.lcp).toBeGreaterThan(0);
    expect(measured.lcp).toBeLessThan(LCP_BOUND_MS);
  });
});
