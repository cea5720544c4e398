// The site built for a sub-path (BASE_PATH=/atlas/, SITE_URL=https://exemple.fr) works there: links,
// stylesheets, images and headers all carry the base, checked statically and in a browser. The build
// also knows its repository (REPOSITORY_URL), as a CI build does: « Proposer un résultat » opens its form.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHeadersFile } from '../../scripts/lib/headers-file-reader';
import { launchBrowser } from '../../scripts/lib/browser';
import { buildSite } from '../../scripts/lib/isolated-build-fs';
import { watchContext, type PageLog } from '../support/page-audit';
import { pageTypes } from '../support/page-types';
import { serveBuiltSite, type StaticServer } from '../../scripts/lib/static-server-fs';
import { linkProblems, loadSite, metadataProblems, sitemapProblems, type BuiltSite } from '../support/site-checks';

const BASE = '/atlas/';
const SITE_URL = 'https://exemple.fr';
const REPOSITORY_URL = 'https://github.com/exemple/atlas-tnl';
const outDir = mkdtempSync(path.join(tmpdir(), 'tnl-base-'));

let site: BuiltSite;
let browser: Browser;
let server: StaticServer;
let page: Page;
let log: PageLog;

beforeAll(async () => {
  const [launched] = await Promise.all([launchBrowser(), buildSite(outDir, { BASE_PATH: BASE, SITE_URL, REPOSITORY_URL })]);
  browser = launched;
  site = loadSite(outDir, BASE);
  server = await serveBuiltSite(outDir, BASE);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  log = await watchContext(context, server.origin);
  page = await context.newPage();
}, 300_000);

afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
  rmSync(outDir, { recursive: true, force: true });
});

describe(`a build for ${SITE_URL}${BASE}`, () => {
  it('links only to files and anchors under the base path', () => {
    expect(linkProblems(site)).toEqual([]);
  });

  it('links an edition and a territory to the repository’s issue form, prefilled', () => {
    const hrefOf = (file: string, text: string) => {
      const html = readFileSync(path.join(outDir, file), 'utf8');
      const match = [...html.matchAll(/<a href="([^"]+)"[^>]*>([^<]*)<\/a>/g)].find((m) => m[2]!.includes(text));
      return new URL(match![1]!.replaceAll('&amp;', '&'));
    };
    const edition = hrefOf('editions/2021/index.html', 'Proposez-le avec sa source');
    expect(`${edition.origin}${edition.pathname}`).toBe(`${REPOSITORY_URL}/issues/new`);
    expect(Object.fromEntries(edition.searchParams)).toEqual({
      template: 'proposer-un-resultat.yml',
      title: 'Résultat 2021',
      edition: '2021',
    });
    const territory = hrefOf('territoires/boe/index.html', 'Proposez-le avec sa source');
    expect(Object.fromEntries(territory.searchParams)).toEqual({
      template: 'proposer-un-resultat.yml',
      title: 'Résultat Boé',
      collectivite: 'Boé',
      departement: '47',
    });
  });

  it('announces its pages at their public address (canonical, Open Graph, sitemap, robots.txt)', () => {
    expect(metadataProblems(site)).toEqual([]);
    expect(sitemapProblems(site)).toEqual([]);
    expect(readFileSync(path.join(outDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE_URL}${BASE}sitemap-index.xml`);
  });

  it('writes _headers rules under the base path only', () => {
    const rules = parseHeadersFile(readFileSync(path.join(outDir, '_headers'), 'utf8'));
    expect(rules.filter((rule) => !rule.path.startsWith(BASE)).map((rule) => rule.path)).toEqual([]);
  });

  it.each(pageTypes)('shows $name ($path) with its styles and images, without errors', async (type) => {
    log.reset();
    const response = await page.goto(`${server.origin}${BASE}${type.path.slice(1)}`);
    if (type.readyWhen) await page.waitForSelector(type.readyWhen, { state: 'attached', timeout: 10_000 });
    expect(response?.headers()['content-security-policy']).toMatch(/frame-ancestors/);
    // Lazy images (the press kit's share image) load when near the viewport, maybe after 'load' on
    // a busy machine: every image is asked for now and awaited, so that the check is of the images.
    await page.evaluate(() =>
      Promise.all(
        [...document.images].map((img) => {
          img.loading = 'eager';
          if (img.complete) return undefined;
          return new Promise<void>((done) => {
            img.addEventListener('load', () => done(), { once: true });
            img.addEventListener('error', () => done(), { once: true });
          });
        }),
      ),
    );
    const state = await page.evaluate(() => ({
      stylesheets: document.styleSheets.length,
      // The skip link is moved off screen by the site's own stylesheet.
      skipLinkStyled: getComputedStyle(document.querySelector('.skip-link') ?? document.body).position === 'absolute',
      brokenImages: [...document.images].filter((img) => !img.complete || img.naturalWidth === 0).map((img) => img.src),
    }));
    expect(state.stylesheets).toBeGreaterThan(0);
    expect(state.skipLinkStyled).toBe(true);
    expect(state.brokenImages).toEqual([]);
    expect({ console: log.consoleErrors, failed: log.failedRequests, thirdParty: log.foreignRequests }).toEqual({
      console: [],
      failed: [],
      thirdParty: [],
    });
  });
});

describe('npm run check:site on that build', () => {
  /** The command as CI runs it, without the variables Vitest sets for this process. */
  const checkSite = (...args: string[]) =>
    spawnSync('npm', ['run', '--silent', 'check:site', '--', outDir, ...args], {
      cwd: path.resolve(import.meta.dirname, '../..'),
      encoding: 'utf8',
      env: Object.fromEntries(
        Object.entries(process.env).filter(([name]) => !/^VITEST|^(TEST|BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV)$/.test(name)),
      ),
    });

  it('passes for the address it was built for', () => {
    const result = checkSite('--site', SITE_URL, '--base', BASE);
    expect(result.stdout).toContain(`construit pour ${SITE_URL}${BASE}`);
    expect(result.status, result.stdout + result.stderr).toBe(0);
  }, 120_000);

  it('fails for another address, saying which', () => {
    const result = checkSite('--site', 'https://autre.exemple.fr', '--base', BASE);
    expect(result.status).toBe(1);
    expect(result.stdout + result.stderr).toContain('was built for the address it is checked for (SITE_URL, BASE_PATH)');
    expect(result.stdout + result.stderr).toContain('"origin": "https://autre.exemple.fr"');
  }, 120_000);
});
