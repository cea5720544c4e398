// Every page type of tests/support/page-types.ts in a real Chromium, at 375 px and 1280 px, served
// with the security headers of dist/_headers: axe-core WCAG 2.2 A/AA, console, requests, keyboard.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMBEDDABLE_PATHS } from '../../src/lib/site-files/security-headers';
import { launchBrowser } from '../../scripts/lib/browser';
import { distDir, requireDist } from '../../scripts/lib/built-site-fs';
import { axeViolations, keyboardWalk, prepareAxe, watchContext, type PageLog } from '../support/page-audit';
import { pageTypes } from '../support/page-types';
import { serveBuiltSite, type StaticServer } from '../../scripts/lib/static-server-fs';

const WIDTHS = [375, 1280];

let browser: Browser;
let server: StaticServer;
const started = Date.now();

beforeAll(async () => {
  requireDist();
  [browser, server] = await Promise.all([launchBrowser(), serveBuiltSite(distDir)]);
}, 60_000);

afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
  console.log(
    `Tests dans le navigateur : ${pageTypes.length} types de page × ${WIDTHS.length} largeurs en ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
});

describe.each(WIDTHS)('at %i px wide', (width) => {
  let context: BrowserContext;
  let page: Page;
  let log: PageLog;

  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width, height: 800 } });
    [log] = await Promise.all([watchContext(context, server.origin), prepareAxe(context)]);
    page = await context.newPage();
  });
  afterAll(() => context?.close());

  describe.each(pageTypes)('$name ($path)', (type) => {
    let headers: Record<string, string> = {};
    beforeAll(async () => {
      log.reset();
      const response = await page.goto(`${server.origin}${type.path}`, { waitUntil: 'load' });
      headers = response?.headers() ?? {};
      if (type.readyWhen) await page.waitForSelector(type.readyWhen, { state: 'attached', timeout: 10_000 });
    }, 30_000);

    it('is served with the security headers of _headers', () => {
      expect(headers['content-security-policy']).toMatch(type.embeddable ? /frame-ancestors \*$/ : /frame-ancestors 'none'$/);
      expect(headers['x-frame-options']).toBe(type.embeddable ? undefined : 'DENY');
      expect(headers['x-content-type-options']).toBe('nosniff');
    });

    it('has no axe-core violation (WCAG 2.0, 2.1, 2.2, A and AA)', async () => {
      expect(await axeViolations(page)).toEqual([]);
    });

    it('can be used with the keyboard: skip link first, visible focus, every control reached in order', async () => {
      const { problems, stops } = await keyboardWalk(page);
      expect(problems).toEqual([]);
      expect(stops).toBeGreaterThan(1);
    });

    it('logs no console error and makes no failed request and no request to another origin', () => {
      expect({ console: log.consoleErrors, failed: log.failedRequests, thirdParty: log.foreignRequests }).toEqual({
        console: [],
        failed: [],
        thirdParty: [],
      });
    });
  });
});

describe('in a frame of another site', () => {
  it('shows the embeddable pages and no other page', async () => {
    const embeddable = EMBEDDABLE_PATHS.filter((path) => existsSync(join(distDir, path, 'index.html')));
    const framed = [
      ...pageTypes.filter((type) => !type.embeddable).map((type) => ({ path: type.path, allowed: false })),
      ...embeddable.map((path) => ({ path, allowed: true })),
    ];
    const context = await browser.newContext();
    const host = await context.newPage();
    const other = 'http://ailleurs.invalid';
    await host.route(`${other}/`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: framed.map(({ path }) => `<iframe src="${server.origin}${path}" title="${path}"></iframe>`).join(''),
      }),
    );
    await host.goto(`${other}/`, { waitUntil: 'load' });
    const frames = host.mainFrame().childFrames();
    // A frame refused by X-Frame-Options or frame-ancestors shows Chromium's error page.
    const seen = await Promise.all(
      frames.map(async (frame, index) => ({
        path: framed[index]?.path,
        allowed: frame.url().startsWith(server.origin) && (await frame.evaluate(() => !!document.querySelector('main')).catch(() => false)),
        refused: frame.url().startsWith('chrome-error:'),
      })),
    );
    await context.close();
    expect(seen).toEqual(framed.map(({ path, allowed }) => ({ path, allowed, refused: !allowed })));
  });
});
