// The site built for a sub-path (BASE_PATH=/atlas/, SITE_URL=https://exemple.fr) works there: links,
// stylesheets, images and headers all carry the base, checked statically and in a browser. The build
// is one for publishing (PUBLICATION=1) with every site setting, as a deployment's CI makes it: it
// knows its repository (« Proposer un résultat » opens its form) and its publisher (legal notice,
// data's metadata), and its data is read by the Frictionless JavaScript library, whose URI check
// refuses the local address (http://localhost:4321) that the main test build carries.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHeadersFile } from '../../scripts/lib/headers-file-reader';
import { launchBrowser } from '../../scripts/lib/browser';
import { buildSite } from '../../scripts/lib/isolated-build-fs';
import { readPackage } from '../support/frictionless-reader';
import { watchContext, type PageLog } from '../support/page-audit';
import { pageTypes } from '../support/page-types';
import { serveBuiltSite, type StaticServer } from '../../scripts/lib/static-server-fs';
import { linkProblems, loadSite, metadataProblems, sitemapProblems, type BuiltSite } from '../support/site-checks';

const BASE = '/atlas/';
const SITE_URL = 'https://exemple.fr';
const REPOSITORY_URL = 'https://github.com/exemple/atlas-tnl';
const PUBLISHER_NAME = 'Association Exemple des données libres';
const PUBLISHER_CONTACT = 'atlas@exemple.fr';
const HOST_DETAILS = 'Hébergeur Exemple SAS, 1 rue de l’Exemple, 75000 Paris, 01 23 45 67 89';
const outDir = mkdtempSync(path.join(tmpdir(), 'tnl-base-'));

let site: BuiltSite;
let browser: Browser;
let server: StaticServer;
let page: Page;
let log: PageLog;
let buildOutput: string;

beforeAll(async () => {
  const [launched, output] = await Promise.all([
    launchBrowser(),
    buildSite(outDir, { BASE_PATH: BASE, SITE_URL, REPOSITORY_URL, PUBLISHER_NAME, PUBLISHER_CONTACT, HOST_DETAILS, PUBLICATION: '1' }),
  ]);
  browser = launched;
  buildOutput = output;
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

describe(`the data of a build for ${SITE_URL}${BASE}, read by the Frictionless JavaScript library`, () => {
  let reading: Awaited<ReturnType<typeof readPackage>>;
  const table = (name: string) => reading.resources.find((r) => r.name === name)!.rows!;

  beforeAll(async () => {
    reading = await readPackage(path.join(outDir, 'donnees'));
  });

  it('reads every resource of datapackage.json: each table with its types and foreign keys, each other file as the bytes it declares', () => {
    expect(reading.resources.map((r) => [r.name, r.errors])).toEqual(reading.resources.map((r) => [r.name, []]));
    const declared = reading.descriptor.resources as Array<{ name: string; bytes: number; hash: string }>;
    for (const r of reading.resources) {
      const description = declared.find((d) => d.name === r.name)!;
      expect([r.bytes, `sha256:${r.sha256}`], r.name).toEqual([description.bytes, description.hash]);
    }
    // resultats, editions, territoires, and each edition's results: every CSV for programs is a table.
    const tables = reading.resources.filter((r) => r.rows).map((r) => r.path);
    expect(tables).toEqual(reading.resources.map((r) => r.path).filter((p) => p.endsWith('.csv')));
    expect(tables).toEqual(expect.arrayContaining(['resultats.csv', 'editions.csv', 'territoires.csv', 'editions/2022/resultats.csv']));
  });

  it('gets the years as numbers and the official codes as text, leading zeros kept', () => {
    const lettret = table('territoires').find((row) => row.territoire === 'lettret')!;
    expect(lettret).toMatchObject({ code_insee: '05074', departement_code: '05', region_code: '93', position_approximative: false });
    expect(lettret.siren).toMatch(/^\d{9}$/);
    expect(table('editions').every((row) => typeof row.annee === 'number')).toBe(true);
  });

  it('resolves each result’s foreign keys: its year to its row of editions.csv, its collectivité to its row of territoires.csv', () => {
    type Row = Record<string, unknown>;
    const boe2025 = table('resultats').find((row) => (row.territoire as Row).territoire === 'boe' && (row.annee as Row).annee === 2025)!;
    expect(boe2025).toMatchObject({ distinction_id: 'or', rang: 4 });
    expect(boe2025.territoire).toMatchObject({ nom: 'Boé', code_insee: '47031', departement_code: '47' });
    expect(boe2025.annee).toMatchObject({ bareme: 'badge-bronze-argent-or', rang_max: 4 });
  });
});

describe(`the output of a build for publishing`, () => {
  it('says what it bakes in, and repeats no warning of the bundler', () => {
    expect(buildOutput).toContain(
      [
        'Construction pour publication, avec :',
        `  adresse publique : ${SITE_URL}${BASE}`,
        `  éditeur : ${PUBLISHER_NAME}`,
        `  contact : ${PUBLISHER_CONTACT}`,
        `  hébergeur : ${HOST_DETAILS}`,
        `  dépôt : ${REPOSITORY_URL}`,
      ].join('\n'),
    );
    expect(buildOutput).not.toContain('MODULE_LEVEL_DIRECTIVE');
    expect(buildOutput).toMatch(/Copies compressées : [\d\s\u202f]+ fichiers texte/);
  });
});

describe(`the legal notice and the metadata of a build for publishing`, () => {
  it('names the publisher, a contact and the host from the settings, and no note for deployers', () => {
    const html = readFileSync(path.join(outDir, 'mentions-legales/index.html'), 'utf8');
    expect(html).toContain(PUBLISHER_NAME);
    expect(html).toContain(`href="mailto:${PUBLISHER_CONTACT}"`);
    expect(html).toContain('Hébergeur Exemple SAS');
    expect(html).not.toMatch(/personnes qui déploient|complétez cette section/);
  });

  it('names the publisher in datapackage.json and in the DCAT catalogue', () => {
    const descriptor = JSON.parse(readFileSync(path.join(outDir, 'donnees/datapackage.json'), 'utf8'));
    expect(descriptor.contributors).toContainEqual({ title: PUBLISHER_NAME, role: 'publisher', email: PUBLISHER_CONTACT });
    expect(readFileSync(path.join(outDir, 'donnees/catalogue-dcat.jsonld'), 'utf8')).toContain(`"mailto:${PUBLISHER_CONTACT}"`);
  });
});
