// Measures the map page with 10,000 synthetic territories in headless Chromium and prints the
// figures: first render of the map, list, filter change, JavaScript size (raw and compressed).
// The territories are clearly synthetic ("Commune synthétique 00042") and are written to a
// temporary content folder and built with CONTENT_DIR (in a copy of the project, see
// scripts/lib/isolated-build-fs.ts) into a temporary folder: never into content/ or dist/.
// The same figures for the real site (dist/, when built) show what the 10,000 territories add, and
// the load average is printed: on a busy machine every browser figure grows.
// Usage: npm run build && npm run bench:map [-- --count 10000 --runs 5 --dist <built synthetic site> --reference <real dist> --keep]
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { launchBrowser } from '../lib/browser';
import { buildSite } from '../lib/isolated-build-fs';
import { loadReference } from '../../src/lib/reference/reference-fs';
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

/** A small deterministic generator, so that two runs measure the same data. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const LEVELS = [1, 2, 3, 4, 5].map((n) => `  - id: ${n}\n    label: Niveau ${n}\n    short: "${n}"`).join('\n');
const MEDALS = ['badge:Badge', 'bronze:Bronze', 'argent:Argent', 'or:Or']
  .map((s) => `  - id: ${s.split(':')[0]}\n    label: ${s.split(':')[1]}`)
  .join('\n');
const EDITIONS = [
  ...[2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023].map((year) => ({
    year,
    scheme: 'niveaux-1-5',
    scale: LEVELS,
    ids: ['1', '2', '3', '4', '5'],
  })),
  { year: 2025, scheme: 'badge-bronze-argent-or', scale: MEDALS, ids: ['badge', 'bronze', 'argent', 'or'] },
];

/** Writes a content folder with `count` synthetic territories (real codes, so positions are real). */
function writeSyntheticContent(dir: string, count: number): void {
  const next = random(42);
  const reference = loadReference();
  const communes = [...reference.communes.values()].filter((c) => c.centre);
  const epcis = [...reference.epcis.values()].filter((e) => e.centre);
  const departements = [...reference.departements.values()];
  const picks = [
    ...departements.slice(0, 20).map((d) => ({ kind: 'departement', code: d.code })),
    ...epcis
      .filter((_, i) => i % 12 === 0)
      .slice(0, 80)
      .map((e) => ({ kind: 'epci', code: e.code })),
  ];
  const stride = Math.max(1, Math.floor(communes.length / (count - picks.length)));
  for (let i = 0; picks.length < count && i < communes.length; i += stride) picks.push({ kind: 'commune', code: communes[i]!.code });
  if (picks.length < count) throw new Error(`Seulement ${picks.length} codes disponibles pour ${count} territoires synthétiques.`);

  for (const folder of ['editions', 'territories', 'testimonials']) mkdirSync(path.join(dir, folder), { recursive: true });
  cpSync(path.join(root, 'content/pages'), path.join(dir, 'pages'), { recursive: true });
  const results = new Map<number, string[]>(EDITIONS.map((e) => [e.year, []]));
  picks.forEach(({ kind, code }, index) => {
    const slug = `synthetique-${String(index + 1).padStart(5, '0')}`;
    const label = { commune: 'Commune', epci: 'Intercommunalité', departement: 'Département' }[kind];
    writeFileSync(
      path.join(dir, 'territories', `${slug}.yaml`),
      `# Territoire synthétique de scripts/bench/map.ts : ne jamais publier.\nkind: ${kind}\ncode: "${code}"\nname: ${label} synthétique ${String(index + 1).padStart(5, '0')}\n`,
    );
    const editions = EDITIONS.filter(() => next() < 0.25);
    for (const edition of editions.length > 0 ? editions : [EDITIONS[Math.floor(next() * EDITIONS.length)]!]) {
      const distinction = next() < 0.1 ? 'inconnue' : edition.ids[Math.floor(next() * edition.ids.length)];
      results
        .get(edition.year)!
        .push(`  - territory: ${slug}\n    distinction: ${distinction}\n    source: https://example.org/synthetique\n    confidence: low`);
    }
  });
  for (const edition of EDITIONS) {
    writeFileSync(
      path.join(dir, 'editions', `${edition.year}.yaml`),
      [
        `year: ${edition.year}`,
        `announcedOn: ${edition.year}-12-01`,
        'event: Édition synthétique',
        'place: Nulle part',
        `scheme: ${edition.scheme}`,
        'scale:',
        edition.scale,
        'sources:',
        '  - url: https://example.org/synthetique',
        'results:',
        ...results.get(edition.year)!,
        '',
      ].join('\n'),
    );
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} Ko`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

type Browser = Awaited<ReturnType<typeof launchBrowser>>;

/** Loads /carte/<query> RUNS times, each in a new context (a first visit), and returns the figures. */
async function measure(browser: Browser, dist: string, query: string, scripts: Map<string, Buffer>): Promise<Record<string, number[]>> {
  const server = await serveBuiltSite(dist);
  const rows: Record<string, number[]> = { rendu: [], script: [], liste: [], filtre: [], marqueurs: [], total: [] };
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
          liste: at('atlas-map:liste') - at('atlas-map:rendu'),
          marqueurs: markers.length,
          total: markers.reduce((sum, m) => sum + Number(m.dataset.count ?? 1), 0),
        };
      });
      // A filter change: the list, legend and map follow in one go.
      const filtre = await page.evaluate(() => {
        const select = document.querySelector<HTMLSelectElement>('#filtre-type')!;
        select.value = select.options[1]!.value;
        const start = performance.now();
        select.dispatchEvent(new Event('change', { bubbles: true }));
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
  const render = median(figures['toutes les éditions']!.rendu!);
  console.log(
    `\n  Objectifs : premier rendu < ${TARGET_RENDER_MS} ms : ${render < TARGET_RENDER_MS ? 'atteint' : 'NON atteint'} (${render.toFixed(0)} ms) ; JavaScript < ${kb(TARGET_JS_GZIP)} compressé : ${jsGzip < TARGET_JS_GZIP ? 'atteint' : 'NON atteint'} (${kb(jsGzip)})`,
  );
} finally {
  if (KEEP) console.log(`\nConservés : ${work}/content (contenu synthétique) et ${distDir} (site construit, --dist pour le réutiliser)`);
  else rmSync(work, { recursive: true, force: true });
}
