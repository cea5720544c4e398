// "Scale changes without code changes": the real content plus a test edition with another scale
// (Badge / Bronze / Argent / Or, four new mentions, tests/fixtures/echelle-2025) is checked, built
// with CONTENT_DIR, and every page, legend, statistic and download follows the new scale.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReference } from '../src/lib/reference-data';
import { checkContent } from '../scripts/lib/content-report';
import { launchBrowser } from './support/browser';
import { buildSite } from './support/build';
import { textOf } from './support/dist';
import { serveBuiltSite } from './support/page-audit';
import { parseCsvRecords } from './support/parse-csv';
import { linkProblems, loadSite } from './support/site-checks';

const root = path.resolve(import.meta.dirname, '..');
const work = mkdtempSync(path.join(tmpdir(), 'tnl-echelle-'));
const contentDir = path.join(work, 'content');
const outDir = path.join(work, 'dist');

const read = (file: string) => readFileSync(path.join(outDir, file), 'utf8');
const page = (sitePath: string) => textOf(read(path.join(sitePath, 'index.html')));

beforeAll(async () => {
  cpSync(path.join(root, 'content'), contentDir, { recursive: true });
  cpSync(path.join(root, 'tests/fixtures/echelle-2025/content'), contentDir, { recursive: true });
  await buildSite(outDir, { CONTENT_DIR: contentDir });
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('an edition with a new scale, built from another content folder', () => {
  it('passes content:check with the same rules as the build', () => {
    expect(checkContent(root, contentDir, loadReference).problems).toEqual([]);
  });

  it('groups the edition page by the new scale, highest first, with official counts, mentions and the unknown level', () => {
    const text = page('/editions/2025/');
    expect(text).toMatch(
      /Palmarès Or 2 connus sur 2 Le plus haut niveau du label\. Abbeville .*Sobriété numérique .*SITIV .*Mutualisation .* Argent 2 connus sur 3 .*Gironde .*Promotion du logiciel libre .*Échirolles .* Bronze 1 résultat Grenoble .* Badge 1 résultat Un label simplifié, pour une première démarche\. Lettret .*Meilleure première candidature .* Distinction non connue 1 résultat Nevers /,
    );
    expect(text).toMatch(/Échelle des distinctions de cette édition Or .*Argent .*Bronze .*Badge/);
    expect(text).not.toMatch(/Palmarès.*Niveau \d.*Évolutions/);
  });

  it('never compares the new distinctions with the old levels', () => {
    const text = page('/editions/2025/');
    expect(text).toContain('Évolutions depuis 2023');
    expect(text).toMatch(/De nouveau labellisés \(distinctions non comparables\) \(\d+\) .*Échirolles : Niveau 5 en 2023 → Argent en 2025/);
    expect(text).not.toMatch(/Échirolles[^.]*(en hausse|en baisse)/i);
  });

  it('shows the new distinction and mention in the territory history', () => {
    expect(page('/territoires/abbeville/')).toMatch(/Édition 2025 Or .*Sobriété numérique/);
    expect(page('/territoires/lettret/')).toMatch(/Édition 2025 Badge .*Meilleure première candidature/);
    expect(page('/territoires/nevers/')).toMatch(/Édition 2025 Distinction non connue/);
  });

  it('shows the new edition and its highest distinction on the home page', () => {
    const text = page('/');
    expect(text).toContain('Dernière édition : 2025');
    expect(text).toMatch(/Distinction la plus haute : Or .*Abbeville.*SITIV/);
  });

  it('gives the map legend and its data the scale of each edition', () => {
    expect(page('/carte/')).toMatch(
      /Légende Édition 2025 Or Or \(2\) Argent Argent \(2\) Bronze Bronze \(1\) Badge Badge \(1\) Éditions 2016 à 2023 5 Niveau 5/,
    );
    const map = JSON.parse(read('carte/donnees.json')) as { editions: Array<{ year: number; scale: Array<{ id: string }> }> };
    expect(map.editions.find((e) => e.year === 2025)!.scale.map((d) => d.id)).toEqual(['badge', 'bronze', 'argent', 'or']);
  });

  it('draws the interactive map with the new scale: marker texts, legend and filters follow the selected edition', async () => {
    const [browser, server] = await Promise.all([launchBrowser(), serveBuiltSite(outDir)]);
    try {
      const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
      await page.goto(`${server.origin}/carte/`);
      await page.waitForSelector('tnl-carte[data-state="ready"]', { state: 'attached' });
      const texts = (selector: string) => page.$$eval(selector, (nodes) => nodes.map((n) => n.textContent!.replace(/\s+/g, ' ').trim()));
      expect(await texts('[data-legend] li')).toEqual(
        expect.arrayContaining(['Or Or (2)', 'Argent Argent (2)', 'Bronze Bronze (1)', 'Badge Badge (1)', '? Distinction non connue (1)']),
      );
      expect(await texts('#filtre-distinction option')).toEqual([
        'Toutes les distinctions',
        'Or',
        'Argent',
        'Bronze',
        'Badge',
        'Distinction non connue',
      ]);
      await page.selectOption('#filtre-distinction', 'or');
      expect(await texts('tnl-carte .tnl-marker[data-slug] .tnl-mark')).toEqual(['Or', 'Or']);
      expect((await texts('[data-list] li[data-slug] > a')).toSorted()).toEqual(['Abbeville', 'SITIV']);
      await page.selectOption('#filtre-edition', '2023');
      expect(await texts('#filtre-distinction option')).toEqual(expect.arrayContaining(['Niveau 5', 'Niveau 1']));
      expect(await texts('#filtre-distinction option')).not.toContain('Or');
      expect(await texts('[data-legend] li')).not.toContain('Or Or (2)');
    } finally {
      await Promise.all([browser.close(), server.close()]);
    }
  });

  it('offers the new distinctions in the map and search filters', () => {
    const options = (html: string) => [...html.matchAll(/<option value="[^"]*"[^>]*>([^<]*)/g)].map((m) => m[1]);
    const select = (html: string) =>
      html.slice(html.indexOf('name="distinction"'), html.indexOf('</select>', html.indexOf('name="distinction"')));
    expect(options(select(read('carte/index.html')))).toEqual([
      'Toutes les distinctions',
      'Or',
      'Argent',
      'Bronze',
      'Badge',
      'Distinction non connue',
    ]);
    expect(options(select(read('recherche/index.html')))).toEqual(expect.arrayContaining(['Or', 'Argent', 'Bronze', 'Badge', 'Niveau 5']));
  });

  it('uses the new distinctions in the directory, the search index and the RSS feed', () => {
    expect(page('/territoires/')).toMatch(/Lettret Commune Hautes-Alpes \(05\) .*2025 Badge \(2025\)/);
    expect(read('territoires/abbeville/index.html')).toContain('data-pagefind-filter="distinction:Or"');
    expect(read('rss.xml')).toContain('<title>Palmarès 2025 du label Territoire Numérique Libre</title>');
  });

  it('charts the edition on its own scale in the statistics', () => {
    expect(page('/statistiques/')).toMatch(
      /Échelle de « Badge » à « Or » \(2025\).*Or : 2 sur 2 ; Argent : 2 sur 3 ; Bronze : 1 ; Badge : 1 ; Distinction non connue : 1/,
    );
  });

  it('exports the new distinctions with their rank on the edition’s own scale', () => {
    const results = parseCsvRecords(read('donnees/resultats.csv')).filter((r) => r.annee === '2025');
    expect(results.find((r) => r.territoire === 'abbeville')).toMatchObject({
      bareme: 'badge-bronze-argent-or',
      distinction_id: 'or',
      distinction: 'Or',
      rang: '4',
      rang_max: '4',
      mentions_ids: 'sobriete-numerique',
      mentions: 'Sobriété numérique',
    });
    expect(results.find((r) => r.territoire === 'lettret')).toMatchObject({ distinction: 'Badge', rang: '1' });
    const edition = parseCsvRecords(read('donnees/editions.csv')).find((e) => e.annee === '2025');
    expect(edition).toMatchObject({ echelle: 'Badge | Bronze | Argent | Or', rang_max: '4' });
    expect(edition!.mentions).toBe('Meilleure première candidature | Mutualisation | Promotion du logiciel libre | Sobriété numérique');
    const json = read('donnees/resultats.json');
    expect(json).toContain('"badge-bronze-argent-or"');
  });

  it('publishes the JSON Schema files under /schemas/ and keeps every link working', () => {
    for (const name of ['edition', 'territory', 'testimonial', 'page'])
      expect(existsSync(path.join(outDir, `schemas/${name}.schema.json`))).toBe(true);
    expect(linkProblems(loadSite(outDir))).toEqual([]);
  });
});
