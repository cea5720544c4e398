// Measures the map page with 10,000 synthetic territories in headless Chromium and prints the
// figures: first render of the map, list, filter change, JavaScript size (raw and compressed).
// The territories are clearly synthetic ("Commune synthétique 00042") and are written to a
// temporary content folder and built with CONTENT_DIR (in a copy of the project, see
// scripts/lib/isolated-build-fs.ts) into a temporary folder: never into content/ or dist/.
// The same figures for the real site (dist/, when built) show what the 10,000 territories add, and
// the load average is printed: on a busy machine every browser figure grows.
// Usage: npm run build && npm run bench:map [-- --count 10000 --runs 5 --dist <built synthetic site> --reference <real dist> --keep]
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { launchBrowser } from '../lib/browser';
import { buildSite } from '../lib/isolated-build-fs';
import { writeSyntheticContent } from './synthetic-content-fs';
import { serveBuiltSite } from '../lib/static-server-fs';

const root = path.resolve(import.meta.dirname, '../..');
const option = (name: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : undefined;
};
const COUNT = Number(option('count') ?? 10_000);
const RUNS = Number(option('runs') ?? 5);
const KEEP = process.argv.includes('--keep');
const TARGET_RENDER_MS = 300;
const TARGET_JS_GZIP = 80 * 1024;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} Ko`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

type Browser = Awaited<ReturnType<typeof launchBrowser>>;

/** Loads /carte/<query> RUNS times, each in a new context (a first visit), and returns the figures. */
async function measure(browser: Browser, dist: string, query: string, scripts: Map<string, Buffer>): Promise<Record<string, number[]>> {
  const server = await serveBuiltSite(dist);
  const rows: Record<string, number[]> = { rendu: [], script: [], apresDonnees: [], liste: [], filtre: [], marqueurs: [], total: [] };
  try {
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      page.on('response', async (response) => {
        if (response.request().resourceType() === 'script') scripts.set(new URL(response.url()).pathname, await response.body());
      });
      await page.goto(`${server.origin}/carte/${query}`);
      await page.waitForSelector('atlas-map[data-state="ready"]', { state: 'attached', timeout: 120_000 });
      const measured = await page.evaluate(() => {
        const at = (name: string) => performance.getEntriesByName(name)[0]!.startTime;
        const markers = [...document.querySelectorAll<HTMLElement>('atlas-map .tnl-marker')];
        return {
          rendu: at('atlas-map:rendu'),
          script: at('atlas-map:rendu') - at('atlas-map:debut'),
          apresDonnees: at('atlas-map:rendu') - at('atlas-map:donnees'),
          liste: at('atlas-map:liste') - at('atlas-map:rendu'),
          marqueurs: markers.length,
          total: markers.reduce((sum, m) => sum + Number(m.dataset.count ?? 1), 0),
        };
      });
      // A filter change: the list, legend and map follow in one go.
      const filtre = await page.evaluate(async () => {
        const element = document.querySelector<HTMLElement>('atlas-map')!;
        const select = document.querySelector<HTMLSelectElement>('#filtre-type')!;
        select.value = select.options[1]!.value;
        const start = performance.now();
        // The view may wait for its edition's file (data-state "loading"): timed until it is shown.
        const shown = new Promise<void>((resolve) => {
          const observer = new MutationObserver(() => {
            if (element.dataset.state === 'ready') {
              observer.disconnect();
              resolve();
            }
          });
          observer.observe(element, { attributes: true, attributeFilter: ['data-state'] });
        });
        select.dispatchEvent(new Event('change', { bubbles: true }));
        await shown;
        return performance.now() - start;
      });
      for (const [key, value] of Object.entries({ ...measured, filtre })) rows[key]!.push(value);
      await context.close();
    }
  } finally {
    await server.close();
  }
  return rows;
}

const work = mkdtempSync(path.join(tmpdir(), 'tnl-bench-carte-'));
let distDir = option('dist');
try {
  if (!distDir || !existsSync(path.join(distDir, 'carte/index.html'))) {
    distDir ??= path.join(work, 'dist');
    console.log(`Génération de ${COUNT} territoires synthétiques dans ${work}/content…`);
    writeSyntheticContent(path.join(work, 'content'), COUNT);
    console.log(`Construction du site (${distDir})…`);
    const started = performance.now();
    await buildSite(distDir, { CONTENT_DIR: path.join(work, 'content') });
    console.log(`  construite en ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const data = JSON.parse(readFileSync(path.join(distDir, 'carte/donnees.json'), 'utf8')) as { territories: Array<{ point?: unknown }> };
  const placed = data.territories.filter((t) => t.point).length;
  const browser = await launchBrowser();
  const scripts = new Map<string, Buffer>();
  const load = () =>
    loadavg()
      .map((l) => l.toFixed(1))
      .join(' ');
  const loadBefore = load();
  const figures: Record<string, Record<string, number[]>> = {};
  figures['toutes les éditions'] = await measure(browser, distDir, '?edition=toutes', scripts);
  figures['dernière édition (vue par défaut)'] = await measure(browser, distDir, '', scripts);
  const realDist = path.resolve(option('reference') ?? path.join(root, 'dist'));
  const real = existsSync(path.join(realDist, 'carte/donnees.json'))
    ? {
        rows: await measure(browser, realDist, '?edition=toutes', new Map()),
        count: JSON.parse(readFileSync(path.join(realDist, 'carte/donnees.json'), 'utf8')).territories.length as number,
      }
    : undefined;
  await browser.close();

  const html = readFileSync(path.join(distDir, 'carte/index.html'));
  const json = readFileSync(path.join(distDir, 'carte/donnees.json'));
  // What the default view loads: the latest edition's file; and the heaviest edition's.
  const mapDir = path.join(distDir, 'carte');
  const editionFiles = readdirSync(mapDir)
    .filter((name) => /^donnees-\d{4}\.json$/.test(name))
    .sort()
    .map((name) => ({ name, gzip: gzipSync(readFileSync(path.join(mapDir, name)), { level: 9 }).length }));
  const js = [...scripts.values()];
  const jsRaw = js.reduce((sum, b) => sum + b.length, 0);
  const jsGzip = js.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0);
  const jsBrotli = js.reduce((sum, b) => sum + brotliCompressSync(b).length, 0);

  console.log(
    `\nCarte avec ${data.territories.length} territoires (${placed} placés), médiane de ${RUNS} chargements à froid, Chromium sans tête, 1280 px,` +
      ` ${cpus().length} cœurs, charge moyenne ${loadBefore} avant et ${load()} après :`,
  );
  for (const [name, rows] of Object.entries(figures)) {
    console.log(
      `\n  Vue « ${name} » (${median(rows.total!)} territoires sur la carte, ${median(rows.marqueurs!)} marqueurs ou groupes dans la page)`,
    );
    console.log(
      `    premier rendu de la carte depuis le début de la navigation : ${median(rows.rendu!).toFixed(0)} ms (min ${Math.min(...rows.rendu!).toFixed(0)}, max ${Math.max(...rows.rendu!).toFixed(0)})`,
    );
    console.log(`    dont script de la carte (données, Leaflet, fond, marqueurs) : ${median(rows.script!).toFixed(0)} ms`);
    console.log(`    premier rendu après l’arrivée des données : ${median(rows.apresDonnees!).toFixed(0)} ms`);
    console.log(`    liste à côté de la carte, écrite après : ${median(rows.liste!).toFixed(0)} ms`);
    console.log(`    changement de filtre (liste, légende, carte) : ${median(rows.filtre!).toFixed(0)} ms`);
  }
  if (real) {
    console.log(`\n  Référence : la même page avec les ${real.count} territoires réels (${realDist}), même machine, même moment`);
    console.log(`    premier rendu : ${median(real.rows.rendu!).toFixed(0)} ms, dont script : ${median(real.rows.script!).toFixed(0)} ms`);
  }
  console.log(`\n  JavaScript de la page carte : ${js.length} fichiers, ${kb(jsRaw)} bruts, ${kb(jsGzip)} gzip, ${kb(jsBrotli)} brotli`);
  for (const [name, body] of scripts) console.log(`    ${name} : ${kb(body.length)} (${kb(gzipSync(body, { level: 9 }).length)} gzip)`);
  console.log(
    `  HTML de /carte/ : ${kb(html.length)} (${kb(gzipSync(html, { level: 9 }).length)} gzip) ; données : ${kb(json.length)} (${kb(gzipSync(json, { level: 9 }).length)} gzip)`,
  );
  if (editionFiles.length > 0) {
    const heaviest = editionFiles.reduce((a, b) => (b.gzip > a.gzip ? b : a));
    console.log(
      `  données d’une édition : ${editionFiles.at(-1)!.name} (vue par défaut) ${kb(editionFiles.at(-1)!.gzip)} gzip ; la plus lourde, ${heaviest.name}, ${kb(heaviest.gzip)} gzip (objectif ≤ 100 Ko)`,
    );
  }
  const render = median(figures['toutes les éditions']!.rendu!);
  console.log(
    `\n  Objectifs : premier rendu < ${TARGET_RENDER_MS} ms : ${render < TARGET_RENDER_MS ? 'atteint' : 'NON atteint'} (${render.toFixed(0)} ms) ; JavaScript < ${kb(TARGET_JS_GZIP)} compressé : ${jsGzip < TARGET_JS_GZIP ? 'atteint' : 'NON atteint'} (${kb(jsGzip)})`,
  );
} finally {
  if (KEEP) console.log(`\nConservés : ${work}/content (contenu synthétique) et ${distDir} (site construit, --dist pour le réutiliser)`);
  else rmSync(work, { recursive: true, force: true });
}
