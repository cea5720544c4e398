// The search page in a real browser, on the built site with its security headers: real queries a
// citizen would type, each with the first commune, the coverage, the first page or the message
// expected; then typing, keyboard filters, axe-core with results shown, and no third-party request.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser';
import { latestHeadline, latestResultLine, readTerritories } from '../support/content-yaml';
import { distDir, requireDist } from '../../scripts/lib/built-site-fs';
import { axeViolations, watchContext, type PageLog } from '../support/page-audit';
import { serveBuiltSite, type StaticServer } from '../../scripts/lib/static-server-fs';

interface Case {
  query: string;
  /** Start of the first commune's heading: name and département. */
  commune?: string;
  /** Text of the first commune's answer. */
  coverage?: string[];
  /** Title of the first page result. */
  page?: string;
  /** Text shown instead of (or besides) results. */
  message?: string;
}

/**
 * Whether a territory file could concern Brest (the commune 29019, Brest Métropole 242900314, the
 * Finistère, Bretagne, or a body with members or a département there): the case of a commune no
 * palmarès covers holds only while none does.
 */
const brestCovered = readTerritories().some(
  (t) => ['29019', '242900314', '29', '53'].includes(t.code ?? '') || t.members.includes('29019') || t.departement === '29',
);

// Latest results are read from the content (CONTENT_DIR): a new edition changes them.
const CASES: Case[] = [
  {
    query: 'echirolles',
    commune: 'Échirolles Isère (38)',
    coverage: [`La commune elle-même : ${latestResultLine('echirolles', 'Échirolles')}`],
    page: 'Échirolles',
  },
  { query: 'ECHIROLLES', commune: 'Échirolles Isère (38)', page: 'Échirolles' },
  { query: 'Échirolles', commune: 'Échirolles Isère (38)', page: 'Échirolles' },
  { query: 'saint martin d uriage', commune: "Saint-Martin-d'Uriage Isère (38)", page: "Saint-Martin-d'Uriage" },
  { query: 'st martin d’uriage', commune: "Saint-Martin-d'Uriage Isère (38)", page: "Saint-Martin-d'Uriage" },
  { query: '38130', commune: 'Échirolles Isère (38)', page: 'Échirolles' },
  { query: '38151', commune: 'Échirolles Isère (38)', page: 'Échirolles' },
  {
    query: 'Cesson-Sévigné',
    commune: 'Cesson-Sévigné Ille-et-Vilaine (35)',
    coverage: [latestHeadline('rennes-metropole', 'son intercommunalité, Rennes Métropole,'), 'Son intercommunalité : Rennes Métropole'],
    page: 'Rennes Métropole',
  },
  {
    query: 'saint christol lez ales',
    commune: 'Saint-Christol-lez-Alès Gard (30)',
    coverage: ['Son intercommunalité : CA Alès Agglomération'],
  },
  {
    query: 'Vénissieux',
    commune: 'Vénissieux Rhône (69)',
    coverage: [
      latestHeadline('sitiv', 'le syndicat SITIV, dont elle est membre,'),
      `Un syndicat dont elle est membre : ${latestResultLine('sitiv', 'SITIV')}`,
    ],
    page: 'SITIV',
  },
  {
    query: 'Pierre-Bénite',
    commune: 'Oullins-Pierre-Bénite Rhône (69)',
    coverage: [
      'Trouvée par le nom de l’ancienne commune ou commune déléguée Pierre-Bénite.',
      'le syndicat SITIV, dont Pierre-Bénite (ancienne commune, aujourd’hui dans Oullins-Pierre-Bénite) est membre,',
      'Un syndicat dont Pierre-Bénite est membre : SITIV',
    ],
  },
  {
    // SITIV's sources name Pierre-Bénite, not Oullins: the commune nouvelle is covered only through it, named.
    query: 'Oullins',
    commune: 'Oullins-Pierre-Bénite Rhône (69)',
    coverage: [
      'Pas l’ancienne commune d’Oullins : seule l’ancienne commune de Pierre-Bénite, aujourd’hui dans Oullins-Pierre-Bénite, est membre du syndicat SITIV',
      'Un syndicat dont l’ancienne commune de Pierre-Bénite est membre : SITIV',
    ],
  },
  { query: 'Bordeaux', commune: 'Bordeaux Gironde (33)', coverage: ['Son département : Département de la Gironde'] },
  { query: 'Strasbourg', commune: 'Strasbourg Bas-Rhin (67)', coverage: ['Sa région : Région Grand Est'] },
  {
    // Metz is covered by its région only: the answer is dated, in the past unless the région has a result of the latest edition.
    query: 'Metz',
    commune: 'Metz Moselle (57)',
    coverage: [
      latestHeadline('grand-est', 'sa région, Région Grand Est,'),
      `Sa région : ${latestResultLine('grand-est', 'Région Grand Est')}`,
    ],
  },
  {
    query: 'Saint-Joseph',
    commune: 'Saint-Joseph La Réunion (974)',
    coverage: [`La commune elle-même : ${latestResultLine('saint-joseph', 'Saint-Joseph')}`],
  },
  {
    query: 'Brest',
    commune: 'Brest Finistère (29)',
    coverage: brestCovered
      ? []
      : [
          'Aucun résultat connu : ni la commune, ni son intercommunalité (Brest Métropole), ni son département (Finistère), ni sa région (Bretagne) ne figurent dans les palmarès connus.',
          'Comment une collectivité se porte candidate',
        ],
  },
  { query: 'Vannes', commune: 'Vannes Morbihan (56)', coverage: ['À noter', latestResultLine('morbihan-energies', 'Morbihan Énergies')] },
  { query: 'Rennes Métropole', page: 'Rennes Métropole' },
  {
    query: 'rennes',
    commune: 'Rennes Ille-et-Vilaine (35)',
    coverage: ['La commune elle-même : Rennes', 'Son intercommunalité : Rennes Métropole'],
    page: 'Rennes',
  },
  { query: 'lyon', commune: 'Lyon Rhône (69)', page: 'Lyon' },
  { query: 'sa', message: 'Trop de communes commencent ainsi' },
  { query: 'xqzwv', message: 'Aucun résultat pour « xqzwv ».' },
];

let browser: Browser;
let server: StaticServer;
let context: BrowserContext;
let page: Page;
let log: PageLog;

beforeAll(async () => {
  requireDist();
  [browser, server] = await Promise.all([launchBrowser(), serveBuiltSite(distDir)]);
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  log = await watchContext(context, server.origin);
  page = await context.newPage();
}, 60_000);

afterAll(async () => {
  await context?.close();
  await Promise.all([browser?.close(), server?.close()]);
});

/** Opens /recherche/ with a query in the URL, as a link or the header form would, and waits for the answer. */
async function open(query: string, extra = ''): Promise<void> {
  await page.goto(`${server.origin}/recherche/?q=${encodeURIComponent(query)}${extra}`);
  await page.waitForFunction(() => document.querySelector('[data-status]')?.textContent?.trim(), null, { timeout: 10_000 });
}

/** Types a query in the field of the open search page, submits it with Enter and waits for its answer. */
async function search(query: string): Promise<void> {
  if (!page.url().includes('/recherche/')) await page.goto(`${server.origin}/recherche/`);
  await page.locator('#q').fill(query);
  await page.locator('#q').press('Enter');
  await page.waitForFunction((q) => document.querySelector('atlas-search')?.getAttribute('data-results-for') === q, query.trim(), {
    timeout: 10_000,
  });
}

const text = async (selector: string) => ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();

describe('search on /recherche/', () => {
  it.each(CASES)('answers « $query »', async ({ query, commune, coverage, page: firstPage, message }) => {
    await search(query);
    const shown = await page.locator('atlas-search').innerText();
    if (commune) expect(await text('li.commune h3')).toMatch(new RegExp(`^${commune.replace(/[()]/g, '\\$&')}`));
    for (const line of coverage ?? []) expect(await text('li.commune')).toContain(line);
    if (firstPage) expect(await text('li.page a.title')).toBe(firstPage);
    if (message) expect(shown.replace(/\s+/g, ' ')).toContain(message);
  });

  it('lists homonyms with their département, most populated first', async () => {
    await open('Saint-Joseph');
    const headings = await page.locator('li.commune h3').allInnerTexts();
    expect(headings.slice(0, 4).map((h) => h.replace(/\s+/g, ' '))).toEqual([
      'Saint-Joseph La Réunion (974)',
      'Saint-Joseph Martinique (972)',
      'Saint-Joseph Loire (42) · Auvergne-Rhône-Alpes',
      'Saint-Joseph Manche (50) · Normandie',
    ]);
  });

  it('answers gibberish with what to try next and a link to the directory', async () => {
    await open('xqzwv');
    expect(await page.locator('[data-none]').isVisible()).toBe(true);
    expect(await text('[data-none]')).toContain('essayez un code postal');
    expect(await page.locator('[data-none] a[href="/territoires/"]').count()).toBe(1);
    expect(await page.locator('[data-communes]').isVisible()).toBe(false);
  });

  it('searches as one types, keeps the query in the URL and announces the count politely', async () => {
    await page.goto(`${server.origin}/recherche/`);
    await page.locator('#q').pressSequentially('Ven', { delay: 20 });
    await page.locator('#q').pressSequentially('issieux', { delay: 20 });
    await page.waitForFunction(() => document.querySelector('atlas-search')?.getAttribute('data-results-for') === 'Venissieux', null, {
      timeout: 10_000,
    });
    expect(await text('li.commune h3')).toMatch(/^Vénissieux Rhône \(69\)/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('Venissieux');
    const status = page.locator('[data-status]');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await status.textContent()).toMatch(/^1 commune et \d+ pages? du site trouvées?\.$/);
  });

  it('applies filters chosen with the keyboard, alone or with a query, and keeps them in the URL', async () => {
    await page.goto(`${server.origin}/recherche/`);
    // The filters are folded under the field: opened from their summary, with the keyboard too.
    await page.locator('[data-filters] summary').focus();
    await page.keyboard.press('Enter');
    await page.locator('#filtre-type').focus();
    await page.keyboard.press('ArrowDown'); // « Commune »
    await page.waitForFunction(() => document.querySelector('[data-status]')?.textContent?.includes('page'), null, { timeout: 10_000 });
    expect(new URL(page.url()).searchParams.get('type')).toBe('Commune');
    const kinds = await page.locator('li.page p.small.muted').allInnerTexts();
    expect(kinds.length).toBeGreaterThan(0);
    for (const kind of kinds) expect(kind).toMatch(/^Commune · /);
    await open('Niveau', '&region=Bretagne');
    const titles = await page.locator('li.page a.title').allInnerTexts();
    expect(titles).toContain('Rennes');
    for (const facts of await page.locator('li.page p.small.muted').allInnerTexts()) expect(facts).toContain('Bretagne');
  });

  it('shows more page results on demand and moves focus to the first new one', async () => {
    await open('', '&edition=2019');
    const before = await page.locator('li.page').count();
    expect(before).toBe(10);
    await page.locator('[data-more]').click();
    await page.waitForFunction((n) => document.querySelectorAll('li.page').length > n, before);
    expect(await page.evaluate(() => document.activeElement?.closest('li.page') === document.querySelectorAll('li.page')[10])).toBe(true);
  });

  it('has no axe-core violation with communes, coverage and page results shown', async () => {
    for (const query of ['Cesson-Sévigné', 'Brest', 'xqzwv']) {
      await open(query);
      expect(await axeViolations(page), query).toEqual([]);
    }
  });

  it('makes no request to another origin, no failed request and logs no error', async () => {
    // What it checks, it loads: the page, the commune index, Pagefind and its results.
    log.reset();
    await open('Cesson-Sévigné');
    await search('rennes');
    expect(await page.locator('li.page').count()).toBeGreaterThan(0);
    expect({ console: log.consoleErrors, failed: log.failedRequests, thirdParty: log.foreignRequests }).toEqual({
      console: [],
      failed: [],
      thirdParty: [],
    });
  });
});

describe('the header search field', () => {
  it('sends the query to /recherche/ as ?q=', async () => {
    await page.goto(`${server.origin}/territoires/sitiv/`);
    await page.locator('#recherche-entete').fill('38151');
    await page.locator('#recherche-entete').press('Enter');
    await page.waitForURL(/\/recherche\/\?q=38151$/);
    await page.waitForFunction(() => document.querySelector('atlas-search')?.getAttribute('data-results-for') === '38151', null, {
      timeout: 10_000,
    });
    const url = new URL(page.url());
    expect([url.pathname, url.search]).toEqual(['/recherche/', '?q=38151']);
    expect(await page.inputValue('#q')).toBe('38151');
    expect(await text('li.commune h3')).toMatch(/^Échirolles Isère \(38\)/);
    expect(await text('li.page a.title')).toBe('Échirolles');
  });
});

describe('without JavaScript', () => {
  it('says where to look, and the département page answers for every commune', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(`${server.origin}/recherche/?q=Cesson-S%C3%A9vign%C3%A9`);
    expect(await plain.locator('[data-no-js]').isVisible()).toBe(true);
    await plain.locator('[data-no-js] a[href="/recherche/departements/"]').click();
    await plain.locator('a[href="/recherche/departements/35/"]').click();
    const body = (await plain.locator('main').innerText()).replace(/\s+/g, ' ');
    expect(body).toContain('Communes membres d’une intercommunalité avec un résultat connu');
    expect(body).toContain('Cesson-Sévigné');
    await noScript.close();
  });
});
