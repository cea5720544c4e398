// npm run bench — the whole site at several sizes against a bare Astro project, in one run. For each
// size (the real content, then synthetic content from real codes: 100, 1,000, 10,000 territories and
// every commune and EPCI of France, × 10 editions), a cold build and index of the site (empty Astro
// and image caches), a cold build of a bare Astro project with as many trivial pages (the baseline,
// interleaved so that both see the same machine load), then the site again with the image cache the
// first build left. It prints the tables (times, ratios, peak memory of the process tree sampled
// from /proc, pages, dist/, heaviest page of each type, map data, the map and the search in
// headless Chromium) and, with --write, puts them into docs/performance.md.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { measureInBrowser } from './bench-browser-fs';
import {
  foldersWithManyPages,
  formatBenchTable,
  formatBrowserTable,
  formatBytes,
  formatHeaviestTable,
  parseAstroPhases,
  parseBenchOptions,
  replaceBetweenMarkers,
  routeType,
  type AstroPhases,
  type BenchRow,
  type BenchSize,
} from './bench-report';
import { EXIT, runCommand } from '../lib/cli';
import { buildSite } from '../lib/isolated-build-fs';
import { sampleMemory, type MemoryPeaks } from './memory-sampler-fs';
import { writeSyntheticContent } from './synthetic-content-fs';

const HELP = `Mesure la construction du site à plusieurs tailles contre un projet Astro nu, dans la même exécution.

Usage : npm run bench [-- options]

Options :
  --sizes <liste>      tailles, séparées par des virgules : real (le contenu réel), un nombre de
                       territoires synthétiques (au moins 100), france (toutes les communes et EPCI)
                       (défaut : real,100,1000,10000,france ; france prend plusieurs minutes)
  --territories <N>    une seule taille de N territoires synthétiques
  --editions <M>       éditions du contenu synthétique, de 1 à 10 (défaut : 10)
  --suite              lance aussi les vérifications des pages (static-checks, page-weight) sur le
                       site de 10 000 territoires
  --write              écrit les résultats dans docs/performance.md (sinon, ils sont seulement affichés)
  --no-browser         sans les mesures dans Chromium (carte, recherche)
  --keep               garde le dossier de travail (contenus et sites construits)
  -h, --help           affiche cette aide`;

const root = path.resolve(import.meta.dirname, '../..');
const astroBin = path.join(root, 'node_modules/astro/bin/astro.mjs');
/** A query every size answers with a commune (the lookup knows every commune of France). */
const SEARCH_QUERY = 'echirolles';

await runCommand('bench', async () => {
  const options = parseBenchOptions(process.argv.slice(2));
  if (options.help) {
    console.log(HELP);
    return EXIT.ok;
  }
  const work = mkdtempSync(path.join(tmpdir(), 'tnl-bench-'));
  const rows: BenchRow[] = [];
  const heaviest: Array<Map<string, number>> = [];
  const suiteLines: string[] = [];
  const phaseLines: string[] = [];
  console.log(`Mesures dans ${work} (${machine()}).`);
  const report = () =>
    [
      `Machine : ${machine()}.`,
      `Commande : \`npm run bench -- ${process.argv.slice(2).join(' ')}\`, le ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
      '',
      formatBenchTable(rows),
      '',
      'Page la plus lourde de chaque type (gzip) :',
      '',
      formatHeaviestTable(
        rows.map((r) => r.label),
        heaviest,
      ),
      '',
      'Phases d’Astro, selon son journal (site / projet nu, à froid) :',
      '',
      '| contenu | contenu et types | Vite | génération des pages |',
      '|---|---|---|---|',
      ...phaseLines,
      '',
      'Dans le navigateur (Chromium sans tête, médiane de 3 chargements à froid) :',
      '',
      formatBrowserTable(rows),
      ...(suiteLines.length > 0 ? ['', ...suiteLines] : []),
    ].join('\n');
  // With --write, the document holds the sizes measured so far: a size that fails (memory, time) keeps the others.
  const write = () => {
    const file = path.join(root, 'docs/performance.md');
    writeFileSync(file, replaceBetweenMarkers(readFileSync(file, 'utf8'), report()));
  };

  try {
    for (const size of options.sizes) {
      const label =
        size === 'real' ? 'contenu réel' : size === 'france' ? 'France entière' : `${size.toLocaleString('fr-FR')} synthétiques`;
      const dir = path.join(work, String(size));
      mkdirSync(dir, { recursive: true });
      let contentEnv: Record<string, string> = {};
      let territories: number;
      if (size === 'real') {
        territories = readdirSync(path.join(root, 'content/territories')).filter((f) => f.endsWith('.yaml')).length;
      } else {
        const written = writeSyntheticContent(path.join(dir, 'content'), size as BenchSize, {
          editions: options.editions,
          testimonialEvery: 50,
        });
        territories = written.territories;
        contentEnv = { CONTENT_DIR: path.join(dir, 'content') };
        console.log(
          `\n${label} : ${written.territories} territoires, ${written.results} résultats, ${written.testimonials} témoignages sur ${options.editions} éditions.`,
        );
      }
      const imageCache = path.join(dir, 'image-cache');
      const dist = path.join(dir, 'dist');
      const cold = await timedSiteBuild(dist, { ...contentEnv, IMAGE_CACHE_DIR: imageCache });
      const pages = listFiles(dist).filter((f) => f.endsWith('.html'));
      const baseline = await timedBaseline(path.join(dir, 'bare'), pages.length);
      const warm = await timedSiteBuild(path.join(dir, 'dist-warm'), { ...contentEnv, IMAGE_CACHE_DIR: imageCache });
      rmSync(path.join(dir, 'dist-warm'), { recursive: true, force: true });
      const weights = heaviestPages(dist, pages);
      heaviest.push(weights);
      const browser = options.browser ? await measureInBrowser(dist, SEARCH_QUERY) : {};
      const row: BenchRow = {
        label,
        territories,
        pages: pages.length,
        build: cold.pages,
        index: cold.index,
        baseline: baseline.seconds,
        warmTotal: warm.total,
        peakTree: cold.memory.tree,
        peakProcess: cold.memory.process,
        dist: listFiles(dist).reduce((sum, f) => sum + statSync(path.join(dist, f)).size, 0),
        imagesCold: cold.images,
        imagesWarm: warm.images,
        mapData: mapDataSize(dist),
        ...browser,
      };
      rows.push(row);
      console.log(
        `  site : ${cold.total.toFixed(1)} s (pages ${cold.pages.toFixed(1)} s, index ${cold.index.toFixed(1)} s après les pages), ` +
          `images ${cold.images?.toFixed(1) ?? '—'} s à froid, ${warm.images?.toFixed(1) ?? '—'} s en cache (construction ${warm.total.toFixed(1)} s) ; ` +
          `Astro nu : ${baseline.seconds.toFixed(1)} s pour ${pages.length} pages (mémoire max. ${formatBytes(baseline.memory.tree)}) ; ` +
          `rapport ${((cold.pages + cold.index) / baseline.seconds).toFixed(2)}, ${(warm.total / baseline.seconds).toFixed(2)} images en cache ; ` +
          `mémoire max. ${formatBytes(cold.memory.tree)} (arbre), ${formatBytes(cold.memory.process)} (processus) ; charge ${loadavg()[0]!.toFixed(1)}`,
      );
      const phase = (site: number | undefined, bare: number | undefined) =>
        `${site?.toFixed(1) ?? '—'} s (nu : ${bare?.toFixed(1) ?? '—'} s)`;
      const generation = (p: AstroPhases) => (p.total === undefined ? undefined : p.total - (p.sync ?? 0) - (p.vite ?? 0));
      const phaseLine = `contenu et types ${phase(cold.phases.sync, baseline.phases.sync)}, Vite ${phase(cold.phases.vite, baseline.phases.vite)}, génération des pages ${phase(generation(cold.phases), generation(baseline.phases))}`;
      phaseLines.push(`| ${label} | ${phaseLine.replace(/, /g, ' | ').replace(/^contenu et types |Vite |génération des pages /g, '')} |`);
      console.log(`  phases d’Astro : ${phaseLine}`);
      if (options.suite && size === 10_000) suiteLines.push(await runSuite(dist, contentEnv.CONTENT_DIR!));
      if (!options.keep) rmSync(path.join(dir, 'bare'), { recursive: true, force: true });
      if (options.write) write();
    }
  } finally {
    if (options.keep) console.log(`\nConservé : ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
  console.log(`\n${report()}`);
  if (options.write) console.log('\ndocs/performance.md mis à jour.');
  return EXIT.ok;
});

function machine(): string {
  const cpu = cpus()[0]?.model.trim() ?? 'processeur inconnu';
  return `${cpu}, ${cpus().length} cœurs, ${formatBytes(totalmem())} de mémoire, Node ${process.version}`;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
}

interface SiteTimes {
  /** Seconds: the whole build, the pages (Astro), the index after them, the images. */
  total: number;
  pages: number;
  index: number;
  images?: number;
  memory: MemoryPeaks;
  phases: AstroPhases;
}

/** A cold build of the site (a fresh copy of the project, its own Astro cache), as `npm run build` does it. */
async function timedSiteBuild(dist: string, env: Record<string, string>): Promise<SiteTimes> {
  const sampler = sampleMemory();
  let output: string;
  let memory: MemoryPeaks;
  try {
    output = await buildSite(dist, env);
  } finally {
    memory = sampler.stop();
  }
  const number = (pattern: RegExp) => {
    const found = pattern.exec(output)?.[1];
    return found === undefined ? undefined : Number(found);
  };
  const total = number(/Temps de construction : ([\d.]+) s/);
  const pages = number(/dont pages ([\d.]+) s/);
  if (total === undefined || pages === undefined) throw new Error(`La construction n’a pas donné ses temps :\n${output.slice(-2000)}`);
  return {
    total,
    pages,
    index: total - pages,
    images: number(/Images PNG : .* en ([\d.]+) s\./),
    memory,
    phases: parseAstroPhases(output),
  };
}

/** A bare Astro project with `count` trivial pages, built cold with the project's own node_modules. */
async function timedBaseline(dir: string, count: number): Promise<{ seconds: number; memory: MemoryPeaks; phases: AstroPhases }> {
  mkdirSync(path.join(dir, 'src/pages'), { recursive: true });
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  writeFileSync(path.join(dir, 'package.json'), '{ "name": "bare", "private": true, "type": "module" }\n');
  writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nexport default defineConfig({ output: 'static', build: { format: 'directory' }, devToolbar: { enabled: false }, cacheDir: './.astro-cache' });\n",
  );
  writeFileSync(
    path.join(dir, 'src/pages/[slug].astro'),
    `---\nexport function getStaticPaths() {\n  return Array.from({ length: ${count} }, (_, i) => ({ params: { slug: \`page-\${i}\` }, props: { i } }));\n}\nconst { i } = Astro.props;\n---\n<html lang="fr"><head><meta charset="utf-8"><title>Page {i}</title></head><body><main><h1>Page {i}</h1><p>Une page triviale.</p></main></body></html>\n`,
  );
  const sampler = sampleMemory();
  const started = performance.now();
  let log = '';
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [astroBin, 'build'], {
      cwd: dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let errors = '';
    child.stdout.on('data', (chunk) => (log += chunk));
    child.stderr.on('data', (chunk) => (errors += chunk));
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`Le projet Astro nu n’a pas été construit (code ${code}) :\n${errors}`)),
    );
  });
  const seconds = (performance.now() - started) / 1000;
  return { seconds, memory: sampler.stop(), phases: parseAstroPhases(log) };
}

/** The largest page (raw) of each route type, and its gzip size. */
function heaviestPages(dist: string, pages: string[]): Map<string, number> {
  const many = foldersWithManyPages(pages);
  const largest = new Map<string, { file: string; size: number }>();
  for (const file of pages) {
    const type = routeType(file, many);
    const size = statSync(path.join(dist, file)).size;
    if ((largest.get(type)?.size ?? -1) < size) largest.set(type, { file, size });
  }
  return new Map([...largest].map(([type, { file }]) => [type, gzipSync(readFileSync(path.join(dist, file))).length]));
}

/**
 * The map data the map page loads for one edition (gzip): the largest of its per-edition files
 * (/carte/donnees-<année>.json), or /carte/donnees.json for a site without them.
 */
function mapDataSize(dist: string): number | undefined {
  const files = listFiles(path.join(dist, 'carte')).filter((f) => f.endsWith('.json'));
  const perEdition = files.filter((f) => /^donnees-\d{4}\.json$/.test(f));
  const loaded = perEdition.length > 0 ? perEdition : files.filter((f) => f === 'donnees.json');
  if (loaded.length === 0) return undefined;
  return Math.max(...loaded.map((f) => gzipSync(readFileSync(path.join(dist, 'carte', f))).length));
}

/**
 * The test files that check any built site, whatever its content (CONTRIBUTING.md, « Sur un grand site
 * synthétique »): the other files of tests/build/ also state facts of the real content (Abbeville,
 * level 5 in 2022), which a synthetic site does not have.
 */
export const SCALE_SUITE = ['tests/build/static-checks.test.ts', 'tests/build/page-weight.test.ts'];

/** Runs the scale suite on a built site; says whether it passed and how long it took. */
async function runSuite(dist: string, contentDir: string): Promise<string> {
  const started = performance.now();
  let passed = true;
  let tail = '';
  try {
    execFileSync(process.execPath, [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--project', 'build', ...SCALE_SUITE], {
      cwd: root,
      env: { ...process.env, DIST_DIR: dist, CONTENT_DIR: contentDir, NO_COLOR: '1' },
      stdio: 'pipe',
      maxBuffer: 256 * 1024 * 1024,
    });
  } catch (error) {
    passed = false;
    tail = String((error as { stdout?: Buffer }).stdout ?? '')
      .split('\n')
      .filter((l) => /FAIL|Error:|Tests|Test Files/.test(l))
      .slice(0, 20)
      .join('\n');
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  return `Tests de ${SCALE_SUITE.map((f) => `\`${f}\``).join(' et ')} sur le site de 10 000 territoires : ${passed ? 'réussis' : 'ÉCHEC'} en ${seconds} s.${tail ? `\n\n\`\`\`\n${tail}\n\`\`\`` : ''}`;
}
