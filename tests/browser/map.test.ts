// The map page in a real Chromium, against the built site served with its _headers: markers and
// list follow the data for several filter combinations, the view lives in the URL (reload,
// back/forward), the keyboard reaches everything, no axe violation, nothing from another origin,
// no animation when the user asks for reduced motion, and what a phone or a desktop shows.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { MapData } from '../../src/lib/map/map-data';
import { distinctionOptions, filterMap, mapSummary } from '../../src/lib/map/filter';
import { parseMapState } from '../../src/lib/map/state';
import { launchBrowser } from '../../scripts/lib/browser';
import { distDir, requireDist } from '../../scripts/lib/built-site-fs';
import { axeViolations, watchContext, type PageLog } from '../support/page-audit';
import { serveBuiltSite, type StaticServer } from '../../scripts/lib/static-server-fs';

let browser: Browser;
let server: StaticServer;
let data: MapData;
/** Waits for the page to settle (a slow machine may take seconds to run the map's scripts). */
const POLL = { timeout: 5_000 };
/**
 * On a loaded 2-core machine (the whole suite, or another build, running beside), drawing the map
 * takes up to ten times longer than alone: the waits below measure nothing but that.
 */
const READY = { state: 'attached', timeout: 30_000 } as const;
vi.setConfig({ testTimeout: 60_000 });

beforeAll(async () => {
  requireDist();
  data = JSON.parse(readFileSync(path.join(distDir, 'carte/donnees.json'), 'utf8')) as MapData;
  [browser, server] = await Promise.all([launchBrowser(), serveBuiltSite(distDir)]);
}, 60_000);

afterAll(() => Promise.all([browser?.close(), server?.close()]));

async function newPage(
  width: number,
  options: { javaScriptEnabled?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page; log: PageLog }> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, ...options });
  const log = await watchContext(context, server.origin);
  return { context, page: await context.newPage(), log };
}

/** Waits for the view asked for: its edition's data may have to load first (data-state="loading"). */
function settled(page: Page): Promise<unknown> {
  return page.waitForSelector('atlas-map[data-state="ready"]', READY);
}

/**
 * Waits for the popup a reader sees: attached, fully opaque (Leaflet fades it in over 0.2 s), and the
 * map no longer panning or zooming to bring it into view. An audit run before that measures colours
 * half-faded, and fails or passes with the speed of the machine.
 */
async function popupShown(page: Page): Promise<void> {
  await page.waitForSelector('.leaflet-popup', READY);
  await page.waitForFunction(
    () => {
      const popup = document.querySelector('.leaflet-popup');
      const container = document.querySelector('atlas-map .leaflet-container');
      return (
        popup !== null &&
        getComputedStyle(popup).opacity === '1' &&
        !container?.classList.contains('leaflet-pan-anim') &&
        !container?.classList.contains('leaflet-zoom-anim') &&
        popup.getAnimations({ subtree: true }).every((animation) => animation.playState !== 'running')
      );
    },
    undefined,
    { timeout: READY.timeout, polling: 'raf' },
  );
}

async function open(page: Page, sitePath: string): Promise<void> {
  await page.goto(`${server.origin}${sitePath}`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('atlas-map[data-state="ready"]', READY);
}

/** What the page shows: markers (a group counts its members), list entries, summary, URL query. */
function shown(page: Page) {
  return page.evaluate(() => {
    const markers = [...document.querySelectorAll<HTMLElement>('atlas-map .tnl-marker')];
    return {
      markerTotal: markers.reduce((sum, m) => sum + Number(m.dataset.count ?? 1), 0),
      pointSlugs: markers.flatMap((m) => m.dataset.slug ?? []).sort(),
      listSlugs: [...document.querySelectorAll<HTMLElement>('[data-list] li[data-slug]')].map((li) => li.dataset.slug!),
      summary: document.querySelector('[data-summary]')!.textContent,
      query: location.search,
    };
  });
}

/** What the pure functions say a query shows. */
function expected(query: string) {
  const state = parseMapState(query, data);
  const entries = filterMap(data, state);
  return {
    placed: entries.filter((e) => e.territory.point).length,
    slugs: entries.map((e) => e.territory.slug),
    summary: mapSummary(data, state, entries),
  };
}

describe('the map at 1280 px', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => ({ context, page } = await newPage(1280)));
  afterAll(() => context?.close());

  it.each([
    '',
    '?edition=2022',
    '?edition=2019&distinction=inconnue',
    '?edition=toutes&type=commune&region=84',
    '?edition=2023&distinction=5',
  ])('draws one marker per placed territory and lists the same territories for %s', async (query) => {
    // The first view is loaded; the next ones come through history navigation (popstate), faster.
    if (!page.url().includes('/carte/')) await open(page, `/carte/${query}`);
    else
      await page.evaluate((q) => {
        history.pushState(null, '', `/carte/${q}`);
        dispatchEvent(new PopStateEvent('popstate'));
      }, query);
    await settled(page);
    const want = expected(query);
    const got = await shown(page);
    expect(want.slugs.length).toBeGreaterThan(0);
    expect(got.markerTotal).toBe(want.placed);
    expect(got.listSlugs.toSorted()).toEqual(want.slugs.toSorted());
    expect(got.summary).toBe(want.summary);
    for (const slug of got.pointSlugs) expect(want.slugs).toContain(slug);
  });

  it('finds every listed territory on the map: “Situer” opens its popup; with the keyboard, Escape brings the focus back', async () => {
    // With reduced motion (emulated for this test only) a closed popup leaves the page at once instead of fading out for 200 ms
    // (slower on a busy machine): every count below is of open popups, not of Leaflet's timers.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    try {
      await open(page, '/carte/?edition=toutes');
      // Every button at once, in the page (popups open synchronously): the list and the markers agree.
      const located = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLButtonElement>('[data-list] [data-locate]')].map((button) => {
          button.click();
          const popups = document.querySelectorAll('.leaflet-popup');
          const popup = document.activeElement?.closest('.leaflet-popup');
          const name = popup?.querySelector('.tnl-popup-name')?.textContent;
          popup?.querySelector<HTMLElement>('.leaflet-popup-close-button')?.click();
          return [button.dataset.locate, name, popups.length, document.querySelectorAll('.leaflet-popup').length];
        }),
      );
      const placed = filterMap(data, parseMapState('?edition=toutes', data))
        .map((entry) => entry.territory)
        .filter((territory) => territory.point);
      // One popup open at a time, the focused one, and none once closed.
      expect(located.toSorted()).toEqual(placed.map((t) => [t.slug, t.name, 1, 0]).toSorted());

      const button = page.locator('[data-list] [data-locate]').nth(3);
      const slug = await button.getAttribute('data-locate');
      await button.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.leaflet-popup') !== null), POLL).toBe(true);
      expect(await page.locator('.leaflet-popup').count()).toBe(1);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-locate')), POLL).toBe(slug);
      expect(await page.locator('.leaflet-popup').count()).toBe(0);
    } finally {
      await page.emulateMedia({ reducedMotion: null });
    }
  });

  it('honours « reduce motion »: no fade, zoom or pan animation then, animations otherwise', async () => {
    /** Opens the map, zooms in, pans with the arrow keys and opens a popup; returns the animations seen. */
    const animations = async (reducedMotion: 'reduce' | 'no-preference') => {
      await page.emulateMedia({ reducedMotion });
      try {
        await open(page, '/carte/?edition=toutes');
        await page.evaluate(() => {
          const seen = new Set<string>();
          (window as unknown as { __animations: Set<string> }).__animations = seen;
          const root = document.querySelector('atlas-map .leaflet-container')!;
          if (root.classList.contains('leaflet-fade-anim')) seen.add('fade');
          new MutationObserver((records) => {
            for (const record of records) {
              const el = record.target as Element;
              for (const name of ['leaflet-pan-anim', 'leaflet-zoom-anim']) if (el.classList.contains(name)) seen.add(name);
            }
          }).observe(root, { attributes: true, attributeFilter: ['class'], subtree: true });
        });
        await page.locator('.leaflet-control-zoom-in').click();
        await page.focus('atlas-map .leaflet-container');
        for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft']) await page.keyboard.press(key);
        await page.locator('[data-list] [data-locate]').first().click();
        await page.waitForSelector('.leaflet-popup');
        await page.waitForTimeout(400);
        return (await page.evaluate(() => [...(window as unknown as { __animations: Set<string> }).__animations])).toSorted();
      } finally {
        await page.emulateMedia({ reducedMotion: null });
      }
    };
    expect(await animations('reduce')).toEqual([]);
    expect(await animations('no-preference')).toEqual(['fade', 'leaflet-pan-anim', 'leaflet-zoom-anim']);
  });

  it('keeps the view in the URL: filters push history entries, back/forward and reload restore them', async () => {
    await open(page, '/carte/');
    await page.selectOption('#filtre-edition', '2022');
    await settled(page);
    await page.selectOption('#filtre-type', 'commune');
    await settled(page);
    let got = await shown(page);
    expect(got.query).toBe('?edition=2022&type=commune');
    expect(got.listSlugs.toSorted()).toEqual(expected(got.query).slugs.toSorted());

    await page.goBack();
    await settled(page);
    got = await shown(page);
    expect(got.query).toBe('?edition=2022');
    expect(await page.inputValue('#filtre-type')).toBe('');
    expect(got.listSlugs.toSorted()).toEqual(expected('?edition=2022').slugs.toSorted());
    expect(got.markerTotal).toBe(expected('?edition=2022').placed);

    await page.goBack();
    await settled(page);
    got = await shown(page);
    expect(got.query).toBe('');
    expect(await page.inputValue('#filtre-edition')).toBe(String(data.editions.at(-1)!.year));
    expect(got.summary).toBe(expected('').summary);

    await page.goForward();
    await settled(page);
    await page.goForward();
    await settled(page);
    expect((await shown(page)).query).toBe('?edition=2022&type=commune');
    await page.reload();
    await settled(page);
    await page.waitForSelector('atlas-map[data-state="ready"]', READY);
    expect(await page.inputValue('#filtre-edition')).toBe('2022');
    expect(await page.inputValue('#filtre-type')).toBe('commune');
    expect((await shown(page)).listSlugs.toSorted()).toEqual(expected('?edition=2022&type=commune').slugs.toSorted());
  });

  it('offers the distinctions of the selected edition’s own scale and builds the legend from it', async () => {
    await open(page, '/carte/');
    for (const edition of ['2019', 'toutes']) {
      await page.selectOption('#filtre-edition', edition);
      await settled(page);
      const state = parseMapState(`edition=${edition}`, data);
      const options = await page.$$eval('#filtre-distinction option', (os) => os.map((o) => o.textContent));
      expect(options).toEqual(['Toutes les distinctions', ...distinctionOptions(data, state.edition).map((o) => o.label)]);
    }
    await page.selectOption('#filtre-edition', '2022');
    await settled(page);
    const legend = await page.$$eval('[data-legend] li', (items) => items.map((li) => li.textContent!.replace(/\s+/g, ' ').trim()));
    const scale = data.editions.find((e) => e.year === 2022)!.scale.toReversed();
    expect(legend.slice(0, scale.length).map((text) => text.replace(/ \([^)]*\)$/, ''))).toEqual(scale.map((d) => `${d.short} ${d.label}`));
    expect(legend[scale.length]).toMatch(/^\? Distinction non connue \((\d+|aucune)\)$/);
  });

  it('updates the embed snippet with the view', async () => {
    await open(page, '/carte/?edition=2022&type=commune');
    expect(await page.inputValue('[data-embed-code]')).toMatch(
      /<iframe src="[^"]*\/carte\/embed\/\?edition=2022&amp;type=commune" title="[^"]+"/,
    );
  });

  it('names the edition in the embed snippet of the default view too, so that an article keeps its year', async () => {
    await open(page, '/carte/');
    const latest = data.editions.at(-1)!.year;
    expect(await page.inputValue('[data-embed-code]')).toMatch(
      new RegExp(
        `<iframe src="[^"]*/carte/embed/\\?edition=${latest}" title="Territoire Numérique Libre, édition ${latest} : la carte de l’Atlas TNL"`,
      ),
    );
  });

  it('can be used with the keyboard: filters, skip link, markers, popups and groups', async () => {
    await open(page, '/carte/');
    await page.focus('#filtre-edition');
    await page.keyboard.press('ArrowDown');
    const second = data.editions.at(-2)!.year;
    await expect.poll(() => page.evaluate(() => location.search), POLL).toBe(`?edition=${second}`);
    expect((await shown(page)).listSlugs.toSorted()).toEqual(expected(`?edition=${second}`).slugs.toSorted());

    await open(page, '/carte/?edition=toutes');
    await page.focus('.tnl-skip');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('liste');

    // From the map container, Tab reaches the markers; Enter opens a popup with the focus in it.
    await page.focus('atlas-map .leaflet-container');
    await page.keyboard.press('Tab');
    const first = await page.evaluate(
      () => document.activeElement?.classList.contains('tnl-marker') && document.activeElement.getAttribute('aria-label'),
    );
    expect(first).toBeTruthy();
    const single = page.locator('atlas-map .tnl-marker[data-slug]').first();
    const slug = await single.getAttribute('data-slug');
    await single.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.pathname))
      .toBe(`/territoires/${slug}/`);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.slug), POLL).toBe(slug);

    // A group opens with Enter: the map zooms in and the focus goes to one of its members.
    const zoomBefore = await page.evaluate(() => document.querySelector('.leaflet-proxy')?.getAttribute('style'));
    const group = page.locator('atlas-map .tnl-marker[data-count]').first();
    const count = Number(await group.getAttribute('data-count'));
    expect(count).toBeGreaterThan(1);
    await group.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('tnl-marker')), POLL).toBe(true);
    expect(await page.evaluate(() => document.querySelector('.leaflet-proxy')?.getAttribute('style'))).not.toBe(zoomBefore);
    expect((await shown(page)).markerTotal).toBeLessThanOrEqual(expected('?edition=toutes').placed);
  });

  it('has no axe violation with filters applied and a popup open', async () => {
    await open(page, '/carte/?edition=toutes&type=commune');
    await page.locator('[data-list] [data-locate]').first().click();
    await popupShown(page);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('the embeddable map', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => ({ context, page } = await newPage(600)));
  afterAll(() => context?.close());

  it('takes the same URL parameters and links back to the same view of the full map', async () => {
    await open(page, '/carte/embed/?edition=2022&type=commune');
    const got = await shown(page);
    const want = expected('?edition=2022&type=commune');
    expect(got.markerTotal).toBe(want.placed);
    expect(got.listSlugs.toSorted()).toEqual(want.slugs.toSorted());
    expect(await page.locator('form').count()).toBe(0);
    expect(await page.getAttribute('[data-full-link]', 'href')).toBe('/carte/?edition=2022&type=commune');
    expect(await page.textContent('atlas-map')).toContain('IGN – ADMIN EXPRESS');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('works inside another site’s <iframe>', async () => {
    await page.setContent(`<iframe src="${server.origin}/carte/embed/?edition=2023" title="Carte" width="600" height="640"></iframe>`);
    const frame = page.frameLocator('iframe');
    await frame.locator('atlas-map[data-state="ready"]').waitFor(READY);
    expect(await frame.locator('[data-summary]').textContent()).toBe(expected('?edition=2023').summary);
  });

  it('works inside the <iframe> of a site that requires COEP (require-corp), where a page without it is blocked', async () => {
    // Another origin (another port) that isolates itself, as a site using SharedArrayBuffer does: it
    // may only frame pages that declare COEP too, as the embeddable map does (_headers, nginx). The
    // control frame, a page that any site may load (CORP cross-origin) but without COEP, is blocked.
    const serve = (handler: (path: string) => { headers: Record<string, string>; body: string }) => {
      const server = createServer((request, response) => {
        const { headers, body } = handler(request.url ?? '/');
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...headers });
        response.end(body);
      });
      return new Promise<{ origin: string; close: () => Promise<void> }>((resolve) =>
        server.listen(0, '127.0.0.1', () =>
          resolve({
            origin: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
            close: () => new Promise((done) => server.close(() => done())),
          }),
        ),
      );
    };
    const control = await serve(() => ({
      headers: { 'Cross-Origin-Resource-Policy': 'cross-origin' },
      body: '<!doctype html><title>Sans COEP</title><p id="ok">affichée</p>',
    }));
    const host = await serve(() => ({
      headers: { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' },
      body:
        `<!doctype html><title>Site isolé</title><iframe id="atlas" src="${server.origin}/carte/embed/?edition=2023" title="Carte" width="600" height="640"></iframe>` +
        `<iframe id="controle" src="${control.origin}/" title="Contrôle"></iframe>`,
    }));
    // A context of its own: the others refuse any origin but the atlas's.
    const isolated = await browser.newContext({ viewport: { width: 700, height: 800 } });
    try {
      const hostPage = await isolated.newPage();
      await hostPage.goto(`${host.origin}/`);
      const frame = hostPage.frameLocator('#atlas');
      await frame.locator('atlas-map[data-state="ready"]').waitFor(READY);
      expect(await frame.locator('[data-summary]').textContent()).toBe(expected('?edition=2023').summary);
      await hostPage.waitForTimeout(500);
      expect(await hostPage.frameLocator('#controle').locator('#ok').count()).toBe(0);
    } finally {
      await isolated.close();
      await Promise.all([host.close(), control.close()]);
    }
  });
});

describe('the map page without JavaScript', () => {
  it('shows every territory: a static map with all placed ones and the full list by région', async () => {
    const { context, page } = await newPage(1280, { javaScriptEnabled: false });
    await page.goto(`${server.origin}/carte/`);
    const all = expected('?edition=toutes');
    const drawn = await page.$$eval('.tnl-static-frame svg g', (groups) =>
      groups.reduce((sum, g) => sum + (g.classList.contains('tnl-static-group') ? Number(g.querySelector('text')!.textContent) : 1), 0),
    );
    expect(drawn).toBe(all.placed);
    const listed = await page.$$eval('[data-list] li > a', (links) => links.map((a) => (a as HTMLAnchorElement).pathname.split('/')[2]));
    expect(listed.toSorted()).toEqual(data.territories.map((t) => t.slug).toSorted());
    expect(await page.textContent('.notice')).toContain('Sans JavaScript, les filtres ne peuvent pas s’appliquer');
    await context.close();
  });
});

describe('what a phone and a desktop show', () => {
  it.each([375, 1280])(
    'at %i px: the page fits the width, the map has a real size with its markers inside, the list is visible (screenshot saved for review)',
    async (width) => {
      const { context, page } = await newPage(width);
      try {
        await open(page, '/carte/');
        const file = path.join(tmpdir(), `atlas-carte-${width}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(`Capture de la carte à ${width} px : ${file}`);
        const view = await page.evaluate(() => {
          const box = (el: Element | null) => {
            const r = el!.getBoundingClientRect();
            return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height };
          };
          const map = box(document.querySelector('atlas-map .leaflet-container'));
          const outside = [...document.querySelectorAll<HTMLElement>('atlas-map .tnl-marker')]
            .map((marker) => ({ label: marker.getAttribute('aria-label'), ...box(marker) }))
            .filter((m) => {
              const [x, y] = [(m.left + m.right) / 2, (m.top + m.bottom) / 2];
              return x < map.left || x > map.right || y < map.top || y > map.bottom;
            })
            .map((m) => m.label);
          const list = document.querySelector('[data-list]')!;
          return {
            overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
            map,
            markers: document.querySelectorAll('atlas-map .tnl-marker').length,
            outside,
            listVisible: list.checkVisibility({ visibilityProperty: true }) && box(list).height > 0,
            listed: list.querySelectorAll('li[data-slug]').length,
          };
        });
        expect(view.overflow, 'défilement horizontal').toBe(0);
        expect(view.map.width).toBeGreaterThanOrEqual(Math.min(width - 40, 600));
        expect(view.map.height).toBeGreaterThanOrEqual(300);
        expect(view.markers).toBeGreaterThan(0);
        expect(view.outside).toEqual([]);
        expect(view.listVisible).toBe(true);
        expect(view.listed).toBe(expected('').slugs.length);
      } finally {
        await context.close();
      }
    },
  );
});

describe('requests', () => {
  it('never reach another origin, never fail and log no error, on the map, its filters, a popup and the embeddable map', async () => {
    // What it checks, it loads: the map with its data and base map, a filter, a popup, the embed.
    const { context, page, log } = await newPage(1280);
    try {
      await open(page, '/carte/');
      await page.selectOption('#filtre-edition', 'toutes');
      await settled(page);
      await page.locator('[data-list] [data-locate]').first().click();
      await page.waitForSelector('.leaflet-popup');
      await open(page, '/carte/embed/?edition=2022');
      expect(await page.locator('atlas-map .tnl-marker').count()).toBeGreaterThan(0);
      expect({ console: log.consoleErrors, failed: log.failedRequests, foreign: log.foreignRequests }).toEqual({
        console: [],
        failed: [],
        foreign: [],
      });
    } finally {
      await context.close();
    }
  });

  it('would name a request to another origin, a failed request and a console error (the check above can fail)', async () => {
    const { context, page, log } = await newPage(1280);
    try {
      // A page of the test server's origin that provokes all three.
      await context.route(`${server.origin}/__provocation/`, (route) =>
        route.fulfill({
          contentType: 'text/html; charset=utf-8',
          body: '<!doctype html><title>x</title><img src="http://ailleurs.invalid/pixel.png" alt=""><img src="/absente.png" alt=""><script>console.error("erreur provoquée")</script>',
        }),
      );
      await page.goto(`${server.origin}/__provocation/`, { waitUntil: 'load' });
      // The browser reports them in no fixed order.
      await expect.poll(() => [log.foreignRequests.length, log.failedRequests.length, log.consoleErrors.length], POLL).toEqual([1, 1, 3]);
      expect(log.foreignRequests).toEqual(['image http://ailleurs.invalid/pixel.png']);
      expect(log.failedRequests).toEqual([`${server.origin}/absente.png : HTTP 404`]);
      expect(log.consoleErrors).toEqual(
        expect.arrayContaining([
          `erreur provoquée (${server.origin}/__provocation/)`,
          expect.stringMatching(/^Failed to load resource: .*\(http:\/\/ailleurs\.invalid\/pixel\.png\)$/),
          expect.stringMatching(
            new RegExp(`^Failed to load resource: .*404.*\\(${server.origin.replace(/[.]/g, '\\.')}/absente\\.png\\)$`),
          ),
        ]),
      );
    } finally {
      await context.close();
    }
  });
});
