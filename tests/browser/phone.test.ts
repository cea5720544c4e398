// What a phone user sees, at 375 × 800 px in a real Chromium on the built site: a header of two
// lines at most with its menu folded (and working without JavaScript), the commune answer to
// « Vénissieux » on the first screen, no page type scrolling sideways, every table's row header and
// distinction in view together, long pages that open with their summary and jump links, file names
// never broken inside a word. Heights and positions are CSS pixels from the top of the page.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser';
import { distDir, requireDist } from '../../scripts/lib/built-site-fs';
import { serveBuiltSite, type StaticServer } from '../../scripts/lib/static-server-fs';
import { pageTypes } from '../support/page-types';

const PHONE = { width: 375, height: 800 };
/** Two lines of header: the site's name with the menu's button, then the search box. */
const MAX_HEADER = 130;

let browser: Browser;
let server: StaticServer;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  requireDist();
  [browser, server] = await Promise.all([launchBrowser(), serveBuiltSite(distDir)]);
  context = await browser.newContext({ viewport: PHONE });
  page = await context.newPage();
}, 60_000);

afterAll(async () => {
  await context?.close();
  await Promise.all([browser?.close(), server?.close()]);
});

async function open(path: string, readyWhen?: string) {
  await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  if (readyWhen) await page.waitForSelector(readyWhen, { state: 'attached', timeout: 10_000 });
}

/** Elements that stick out of the screen's width, outside any element that scrolls or clips them. */
function sideways(): string[] {
  const clips = (el: Element) => ['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(el).overflowX);
  const found: string[] = [];
  for (const el of document.body.querySelectorAll('*')) {
    const rect = el.getBoundingClientRect();
    // Entirely left of the screen is a way to hide (a skip link until focused), not a page to scroll.
    if (rect.width === 0 || rect.height === 0 || rect.right <= 0 || (rect.right <= innerWidth + 1 && rect.left >= -1)) continue;
    let parent = el.parentElement;
    while (parent && parent !== document.body && !clips(parent)) parent = parent.parentElement;
    if (parent && parent !== document.body) continue;
    found.push(`${el.tagName.toLowerCase()}.${el.className} (${Math.round(rect.left)}–${Math.round(rect.right)} px)`);
  }
  if (document.documentElement.scrollWidth > innerWidth) found.unshift(`la page : ${document.documentElement.scrollWidth} px de large`);
  return found;
}

describe.each(pageTypes.filter((type) => !type.embeddable))('at 375 px: $name ($path)', (type) => {
  beforeAll(() => open(type.path, type.readyWhen), 30_000);

  it(`has a header under ${MAX_HEADER} px, its navigation folded in a menu`, async () => {
    const header = await page.evaluate(() => {
      const box = document.querySelector('.site-header')!.getBoundingClientRect();
      const links = [...document.querySelectorAll<HTMLElement>('.site-header nav a')];
      return { height: Math.round(box.height), visibleLinks: links.filter((a) => a.checkVisibility()).length };
    });
    expect(header.height).toBeLessThan(MAX_HEADER);
    expect(header.visibleLinks).toBe(0);
  });

  it('does not scroll sideways: nothing sticks out of the screen but inside a frame that scrolls', async () => {
    expect(await page.evaluate(sideways)).toEqual([]);
  });

  it('keeps each table row’s header and its distinction within the screen, side by side', async () => {
    const outside = await page.evaluate(() =>
      [...document.querySelectorAll('main table')].flatMap((table, t) =>
        [...table.querySelectorAll<HTMLTableRowElement>('tbody tr')].flatMap((row) => {
          const cells = [row.cells[0], ...[...row.cells].filter((cell) => cell.querySelector('.badge'))];
          return cells.flatMap((cell) => {
            const rect = cell!.getBoundingClientRect();
            return rect.left >= 0 && rect.right <= innerWidth
              ? []
              : [`tableau ${t + 1}, « ${cell!.textContent!.trim().slice(0, 30)} » : ${Math.round(rect.left)}–${Math.round(rect.right)} px`];
          });
        }),
      ),
    );
    expect(outside).toEqual([]);
  });
});

describe('the header on a phone', () => {
  it('opens its menu with the keyboard, below the name, the search box one tap away, and closes it again', async () => {
    await open('/territoires/');
    const search = await page.locator('#recherche-entete').boundingBox();
    expect(search!.y + search!.height).toBeLessThan(MAX_HEADER);
    await page.locator('.site-header summary').focus();
    await page.keyboard.press('Enter');
    const links = page.locator('.site-header nav a');
    expect(await links.count()).toBe(7);
    for (const box of await Promise.all((await links.all()).map((link) => link.boundingBox())))
      expect(box!.x + box!.width).toBeLessThanOrEqual(375);
    expect(await page.locator('.site-header nav a[aria-current="page"]').textContent()).toBe('Territoires');
    // The open menu pushes the search box down rather than covering it.
    const below = await page.locator('#recherche-entete').boundingBox();
    expect(below!.y).toBeGreaterThan(search!.y);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Éditions');
    await page.locator('.site-header summary').click();
    expect(await page.locator('.site-header nav a').first().isVisible()).toBe(false);
  });

  it('works without JavaScript', async () => {
    const noScript = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(`${server.origin}/statistiques/`);
    await plain.locator('.site-header summary').click();
    await plain.locator('.site-header nav a', { hasText: 'Données' }).click();
    await plain.waitForURL(/\/donnees\/$/);
    await noScript.close();
  });

  it('stands open as a row of links on a wide screen, with no menu button', async () => {
    const wide = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const desk = await wide.newPage();
    await desk.goto(`${server.origin}/`);
    const state = await desk.evaluate(() => ({
      button: document.querySelector<HTMLElement>('.site-header summary')!.checkVisibility(),
      links: [...document.querySelectorAll<HTMLElement>('.site-header nav a')].filter((a) => a.checkVisibility()).length,
    }));
    expect(state).toEqual({ button: false, links: 7 });
    await wide.close();
  });
});

describe('the answer to « Vénissieux » on a phone', () => {
  it('starts on the first screen, before the page filters, which are folded', async () => {
    await open('/recherche/?q=V%C3%A9nissieux', 'atlas-search[data-results-for]');
    const where = await page.evaluate(() => {
      const commune = document.querySelector('li.commune')!;
      return {
        heading: commune.querySelector('h3')!.textContent!.trim(),
        top: Math.round(commune.getBoundingClientRect().top + scrollY),
        answerBottom: Math.round(commune.querySelector('.answer')!.getBoundingClientRect().bottom + scrollY),
        filtersOpen: document.querySelector<HTMLDetailsElement>('[data-filters]')!.open,
      };
    });
    expect(where.heading).toMatch(/^Vénissieux Rhône \(69\)/);
    expect(where.answerBottom).toBeLessThan(PHONE.height);
    expect(where.filtersOpen).toBe(false);
  });

  it('shows the filters the address sets', async () => {
    await open('/recherche/?q=rennes&type=Commune', 'atlas-search[data-results-for]');
    expect(await page.locator('[data-filters]').evaluate((details: HTMLDetailsElement) => details.open)).toBe(true);
  });

  it('is one link away from SITIV’s page, whose member communes link to their answers', async () => {
    await open('/territoires/sitiv/');
    await page.locator('.facts a', { hasText: 'Vénissieux' }).click();
    await page.waitForSelector('atlas-search[data-results-for="69259"]');
    expect(await page.locator('li.commune h3').first().textContent()).toMatch(/^Vénissieux/);
  });
});

describe('the directory and the press kit on a phone', () => {
  it('gives every letter’s table of /territoires/ the same column widths', async () => {
    await open('/territoires/');
    const widths = await page.evaluate(() =>
      [...document.querySelectorAll('main table')].map((table) =>
        [...table.querySelectorAll('thead th')].map((th) => Math.round(th.getBoundingClientRect().width)),
      ),
    );
    expect(widths.length).toBeGreaterThan(1);
    expect(new Set(widths.map((w) => w.join(' '))).size).toBe(1);
  });
});

describe('long pages on a phone', () => {
  it.each([
    ['/donnees/', '#fichiers'],
    ['/statistiques/', '#distinctions'],
    ['/territoires/sitiv/', '#montrer-le-label'],
  ])('%s opens with its summary, then jump links on the first screen (%s among them)', async (path, jump) => {
    await open(path);
    const top = await page.evaluate((href) => {
      const lead = document.querySelector('main .lead')!.getBoundingClientRect();
      const toc = document.querySelector('main nav.toc')!.getBoundingClientRect();
      const link = document.querySelector(`main nav.toc a[href="${href}"]`)!.getBoundingClientRect();
      return {
        lead: lead.top,
        toc: toc.top,
        link: link.bottom,
        targets: [...document.querySelectorAll<HTMLAnchorElement>('main nav.toc a')].filter((a) => !document.querySelector(a.hash)).length,
      };
    }, jump);
    expect(top.lead).toBeLessThan(top.toc);
    expect(top.link).toBeLessThan(PHONE.height);
    expect(top.targets).toBe(0);
  });

  it('never breaks a file name inside a word on /donnees/ (« territoires.jso/n »), its folded parts opened', async () => {
    await open('/donnees/');
    const broken = await page.evaluate(() => {
      document.querySelectorAll('details').forEach((details) => (details.open = true));
      const found: string[] = [];
      for (const el of document.querySelectorAll('main a, main code')) {
        const text = el.textContent ?? '';
        if (!/^[\w<>/.[\]-]+\.(csv|json|geojson)$/.test(text) || el.getClientRects().length === 0) continue;
        const range = document.createRange();
        let previousTop: number | undefined;
        let offset = 0;
        for (const node of [...el.childNodes].flatMap((n) =>
          n.nodeType === Node.TEXT_NODE ? [n] : [...n.childNodes].filter((c) => c.nodeType === Node.TEXT_NODE),
        )) {
          for (let i = 0; i < node.textContent!.length; i++, offset++) {
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const top = range.getBoundingClientRect().top;
            if (previousTop !== undefined && top > previousTop + 2 && !'/-.'.includes(text[offset - 1]!))
              found.push(`${text.slice(0, offset)}/${text.slice(offset)}`);
            previousTop = top;
          }
        }
      }
      return found;
    });
    expect(broken).toEqual([]);
  });
});
