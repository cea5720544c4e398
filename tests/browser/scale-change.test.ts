// "Scale changes without code changes": a content folder of its own (tests/fixtures/changement-d-echelle,
// test data only) with an edition on levels 1–5 (2098) followed by one on another scale (2099: Badge /
// Bronze / Argent / Or, four new mentions, an unknown distinction, official counts) is checked with
// check:content, built with CONTENT_DIR, and every page, legend, statistic and download follows the new
// scale. Years no real edition can ever have, and never mixed with content/: a real edition can neither
// clash with the fixture nor change what it shows.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser';
import { buildSite } from '../../scripts/lib/isolated-build-fs';
import { root, runCommand } from '../support/commands';
import { listPages, textOf } from '../../scripts/lib/built-site-fs';
import { parseCsvRecords } from '../support/parse-csv';
import { linkProblems, loadSite } from '../support/site-checks';
import { serveBuiltSite } from '../../scripts/lib/static-server-fs';

const contentDir = path.join(root, 'tests/fixtures/changement-d-echelle/content');
/**
 * The reference date of the build and the check: 2100-01-01, so that rules refusing editions in the
 * future (SOURCE_DATE_EPOCH, in seconds) accept 2098 and 2099.
 */
const env = { CONTENT_DIR: contentDir, SOURCE_DATE_EPOCH: '4102444800' };
const work = mkdtempSync(path.join(tmpdir(), 'tnl-echelle-'));
const outDir = path.join(work, 'dist');

const read = (file: string) => readFileSync(path.join(outDir, file), 'utf8');
const page = (sitePath: string) => textOf(read(path.join(sitePath, 'index.html')));

beforeAll(() => buildSite(outDir, env), 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('an edition with a new scale, built from another content folder', () => {
  it('passes check:content, run as a command with the same reference date as the build', async () => {
    const { code, output } = await runCommand('check-content', [], env);
    expect(output).toMatch(/^✓ Contenu valide : 2 éditions, 8 territoires, 1 témoignage vérifiés en [\d,]+ (ms|s)\.$/m);
    expect(code).toBe(0);
  });

  it('is built from the fixture alone: its two editions and its own territories, nothing from content/', () => {
    const pages = listPages(outDir);
    expect(pages.filter((p) => /^\/editions\/\d{4}\/$/.test(p)).toSorted()).toEqual(['/editions/2098/', '/editions/2099/']);
    expect(pages.filter((p) => /^\/territoires\/[^/]+\/$/.test(p)).toSorted()).toEqual(
      ['abbeville', 'echirolles', 'gironde', 'grenoble', 'lettret', 'lyon', 'nevers', 'sitiv'].map((slug) => `/territoires/${slug}/`),
    );
    expect(pages).toContain('/temoignages/lettret-2099/');
  });

  it('groups the edition page by the new scale, highest first, with official counts, mentions and the unknown level', () => {
    const text = page('/editions/2099/');
    expect(text).toMatch(
      /Palmarès Or 2 Le plus haut niveau du label\. Abbeville .*Sobriété numérique .*SITIV .*Mutualisation .* Argent 2 connues sur 3 .*Gironde .*Promotion du logiciel libre .*Échirolles .* Bronze 1 connue Grenoble .* Badge 1 connue Une distinction d’entrée, pour une première démarche, qui n’est pas le label lui-même\. Lettret .*Meilleure première candidature .* Distinction non connue 1 Nevers /,
    );
    expect(text).toMatch(/Échelle des distinctions de cette édition Or .*Argent .*Bronze .*Badge/);
    expect(text).not.toMatch(/Palmarès.*Niveau \d.*Évolutions/);
  });

  it('never compares the new distinctions with the old levels', () => {
    const text = page('/editions/2099/');
    expect(text).toContain('Évolutions depuis 2098');
    expect(text).toMatch(
      /Résultat connu aux deux éditions \(distinctions non comparables\) \(\d+\) .*Échirolles : Niveau 5 en 2098 → Argent en 2099/,
    );
    // 2098's list is complete: Lettret, with no result in it, is new in 2099; 2099's is not: Lyon is not « non renouvelé ».
    expect(text).toMatch(/Nouveau \(aucun résultat aux éditions précédentes, toutes complètes\) \(\d+\) .*Lettret/);
    expect(text).toMatch(/Résultat connu l’édition précédente, aucun connu cette édition \(1\) Lyon/);
    expect(text).not.toContain('Non renouvelé');
    expect(text).not.toMatch(/Échirolles[^.]*(en hausse|en baisse)/i);
  });

  it('shows the new distinction and mention in the territory history', () => {
    expect(page('/territoires/abbeville/')).toMatch(/Édition 2099 Or .*Sobriété numérique/);
    expect(page('/territoires/lettret/')).toMatch(/Édition 2099 Badge .*Meilleure première candidature/);
    expect(page('/territoires/nevers/')).toMatch(/Édition 2099 Distinction non connue/);
  });

  it('shows the new edition and its highest distinction on the home page', () => {
    const text = page('/');
    expect(text).toContain('Dernière édition : 2099');
    expect(text).toMatch(/Distinction la plus haute : Or .*Abbeville.*SITIV/);
  });

  it('gives the map legend and its data the scale of each edition', () => {
    expect(page('/carte/')).toMatch(
      /Légende Édition 2099 Or Or \(2 connues\) Argent Argent \(2 connues\) Bronze Bronze \(1 connue\) Badge Badge \(1 connue\) Édition 2098 5 Niveau 5/,
    );
    const map = JSON.parse(read('carte/donnees.json')) as { editions: Array<{ year: number; scale: Array<{ id: string }> }> };
    expect(map.editions.find((e) => e.year === 2099)!.scale.map((d) => d.id)).toEqual(['badge', 'bronze', 'argent', 'or']);
  });

  it('draws the interactive map with the new scale: marker texts, legend and filters follow the selected edition', async () => {
    const [browser, server] = await Promise.all([launchBrowser(), serveBuiltSite(outDir)]);
    try {
      const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
      await page.goto(`${server.origin}/carte/`);
      await page.waitForSelector('atlas-map[data-state="ready"]', { state: 'attached' });
      const texts = (selector: string) => page.$$eval(selector, (nodes) => nodes.map((n) => n.textContent!.replace(/\s+/g, ' ').trim()));
      expect(await texts('[data-legend] li')).toEqual(
        expect.arrayContaining([
          'Or Or (2)',
          'Argent Argent (2 connues sur 3)',
          'Bronze Bronze (1 connue)',
          'Badge Badge (1 connue)',
          '? Distinction non connue (1)',
        ]),
      );
      expect(await texts('#filtre-distinction option')).toEqual([
        'Toutes les distinctions',
        'Or',
        'Argent',
        'Bronze',
        'Badge',
        'Distinction non connue',
      ]);
      // Each view is shown once its edition's data is there (data-state "loading" until then).
      const settled = () => page.waitForSelector('atlas-map[data-state="ready"]', { state: 'attached' });
      await page.selectOption('#filtre-distinction', 'or');
      await settled();
      expect(await texts('atlas-map .tnl-marker[data-slug] .tnl-mark')).toEqual(['Or', 'Or']);
      expect((await texts('[data-list] li[data-slug] > a')).toSorted()).toEqual(['Abbeville', 'SITIV']);
      await page.selectOption('#filtre-edition', '2098');
      await settled();
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
    expect(page('/territoires/')).toMatch(/Lettret Commune · Hautes-Alpes \(05\) .*Badge \(2099\)/);
    expect(read('territoires/abbeville/index.html')).toContain('data-pagefind-filter="distinction:Or"');
    expect(read('rss.xml')).toContain('<title>Palmarès 2099 du label Territoire Numérique Libre</title>');
  });

  it('charts the edition on its own scale in the statistics', () => {
    expect(page('/statistiques/')).toMatch(
      /Échelle de « Badge » à « Or » \(2099\).*Or : 2 ; Argent : 2 connues sur 3 ; Bronze : 1 connue ; Badge : 1 connue ; Distinction non connue : 1/,
    );
  });

  it('exports the new distinctions with their rank on the edition’s own scale', () => {
    const results = parseCsvRecords(read('donnees/resultats.csv')).filter((r) => r.annee === '2099');
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
    const edition = parseCsvRecords(read('donnees/editions.csv')).find((e) => e.annee === '2099');
    expect(edition).toMatchObject({ echelle: 'Badge | Bronze | Argent | Or', rang_max: '4' });
    expect(edition!.mentions).toBe('Meilleure première candidature | Mutualisation | Promotion du logiciel libre | Sobriété numérique');
    const json = read('donnees/resultats.json');
    expect(json).toContain('"badge-bronze-argent-or"');
    const latest = Object.fromEntries(
      (
        JSON.parse(read('donnees/territoires.geojson')) as { features: Array<{ id: string; properties: Record<string, unknown> }> }
      ).features.map((f) => [
        f.id,
        [f.properties.derniere_annee, f.properties.derniere_distinction, f.properties.derniere_rang, f.properties.derniere_rang_max],
      ]),
    );
    expect(latest).toMatchObject({
      abbeville: [2099, 'Or', 4, 4],
      lettret: [2099, 'Badge', 1, 4],
      nevers: [2099, null, null, 4],
      lyon: [2098, 'Niveau 5', 5, 5],
    });
  });

  it('publishes the JSON Schema files under /schemas/ and keeps every link working', () => {
    for (const name of ['edition', 'territory', 'testimonial', 'page'])
      expect(existsSync(path.join(outDir, `schemas/${name}.schema.json`))).toBe(true);
    expect(linkProblems(loadSite(outDir))).toEqual([]);
  });
});
