// Print and the badge code in a real Chromium: with print media emulated, an edition's palmarès,
// its press kit and a territory's record drop the navigation, the search form and the controls,
// print their sources' addresses and keep table rows whole on A4; the badge's copy button appears
// only with JavaScript and copies the code. The PDFs and a screenshot are written to the temp folder
// (their paths are printed) for a person to look at.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser';
import { distDir, requireDist } from '../../scripts/lib/built-site-fs';
import { serveBuiltSite, type StaticServer } from '../../scripts/lib/static-server-fs';
import { watchContext } from '../support/page-audit';

let browser: Browser;
let server: StaticServer;
vi.setConfig({ testTimeout: 60_000 });

beforeAll(async () => {
  requireDist();
  [browser, server] = await Promise.all([launchBrowser(), serveBuiltSite(distDir)]);
}, 60_000);
afterAll(() => Promise.all([browser?.close(), server?.close()]));

async function printed(sitePath: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await watchContext(context, server.origin);
  const page = await context.newPage();
  await page.goto(`${server.origin}${sitePath}`, { waitUntil: 'load' });
  await page.emulateMedia({ media: 'print' });
  return page;
}

const displayed = (page: Page, selector: string) =>
  page.$$eval(selector, (elements) => elements.filter((e) => getComputedStyle(e).display !== 'none').length);

describe.each(['/editions/2025/', '/editions/2025/presse/', '/territoires/echirolles/'])('printing %s', (sitePath) => {
  let page: Page;
  beforeAll(async () => {
    page = await printed(sitePath);
  });
  afterAll(() => page?.context().close());

  it('leaves out the navigation, the search form, the breadcrumbs and the buttons', async () => {
    expect(await displayed(page, '.site-header nav, .site-header form, .breadcrumbs, .skip-link, button, textarea')).toBe(0);
    expect(await displayed(page, 'main h1')).toBe(1);
  });

  it('prints badges as black text on white and a source with its address', async () => {
    const badge = await page.$eval('main .badge', (e) => ({
      color: getComputedStyle(e).color,
      background: getComputedStyle(e).backgroundColor,
    }));
    expect(badge).toEqual({ color: 'rgb(0, 0, 0)', background: 'rgba(0, 0, 0, 0)' });
    const after = await page.$eval('main a[rel~="external"]', (a) => getComputedStyle(a, '::after').content);
    expect(after).toMatch(/^" \(" attr\(href\) "\)"$|^" \(https?:\/\/.+\)"$/);
  });

  it('makes an A4 PDF, every row and result kept whole', async () => {
    const avoid = await page.$$eval('main tr, main li', (items) => items.filter((i) => getComputedStyle(i).breakInside !== 'avoid').length);
    expect(avoid).toBe(0);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const file = path.join(tmpdir(), `tnl-impression${sitePath.replace(/\W+/g, '-').replace(/-$/, '')}.pdf`);
    writeFileSync(file, pdf);
    const text = pdf.toString('latin1');
    const pages = Number(
      text
        .match(/\/Type \/Pages\b[^>]*?\/Count (\d+)|\/Count (\d+)/)
        ?.slice(1)
        .find(Boolean) ?? 0,
    );
    expect(text.slice(0, 5)).toBe('%PDF-');
    expect(pages).toBeGreaterThan(0);
    // Every page's box is A4: 595 × 842 points (Chromium writes 594.96 × 841.92).
    const boxes = [...new Set([...text.matchAll(/\/MediaBox \[([^\]]*)\]/g)].map((m) => m[1]!.trim()))];
    expect(boxes).toEqual(['0 0 594.95996 841.91998']);
    if (sitePath === '/editions/2025/presse/') {
      await page.screenshot({ path: path.join(tmpdir(), 'tnl-impression-presse.png'), fullPage: true });
      console.log(`PDF : ${file} (${pages} pages) ; capture : ${path.join(tmpdir(), 'tnl-impression-presse.png')}`);
    }
  });
});

describe('the badge code on a territory page', () => {
  it('has a copy button only with JavaScript, which copies the code', async () => {
    const off = await browser.newContext({ javaScriptEnabled: false });
    const plain = await off.newPage();
    await plain.goto(`${server.origin}/territoires/boe/`);
    expect(await plain.locator('#montrer-le-label ~ atlas-copy button').isVisible()).toBe(false);
    expect(await plain.locator('#code-badge').inputValue()).toMatch(
      /^<a href="http:\/\/[^"]+\/territoires\/boe\/"><img src="[^"]+\/territoires\/boe\/badge-\d{4}\.svg" /,
    );
    await off.close();

    const on = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await on.newPage();
    await page.goto(`${server.origin}/territoires/boe/`);
    await page.getByRole('button', { name: 'Copier le code' }).click();
    await expect.poll(() => page.locator('atlas-copy [data-copy-status]').textContent()).toBe('Code copié.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.locator('#code-badge').inputValue());
    await on.close();
  });
});
