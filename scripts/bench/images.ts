// Measures what the share images and badges cost at scale, on synthetic content (scripts/lib/
// synthetic-content-fs.ts): for each count of territories, the image stage alone (plan, cold render,
// warm render with every PNG cached) and, unless --no-build, two whole builds of the site, the first
// with an empty image cache, the second with the cache it left (the build prints its own report).
// Usage: npm run bench:images [-- --count 1000,10000 --share 0.25 --workers 2 --no-build]
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadContentFromDisk } from '../../src/lib/content/content-fs';
import { planImages } from '../../src/lib/images/image-plan';
import { renderPngs } from '../../src/lib/images/png-fs';
import { buildAreas } from '../../src/lib/record/areas';
import { buildAtlas } from '../../src/lib/record/atlas';
import { loadReference } from '../../src/lib/reference/reference-fs';
import { formatDuration } from '../lib/cli';
import { buildSite } from '../lib/isolated-build-fs';
import { writeSyntheticContent } from './synthetic-content-fs';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000,10000' },
    share: { type: 'string', default: '0.25' },
    workers: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
  },
});
const counts = values.count.split(',').map(Number);
const share = Number(values.share);
const workers = values.workers ? Number(values.workers) : availableParallelism();
const root = path.resolve(import.meta.dirname, '../..');
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} Mo`;
const load = () => loadavg()[0]!.toFixed(1);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

console.log(
  `Images de partage et badges : ${workers} fils de calcul sur ${availableParallelism()} cœurs, part de résultats par édition ${share}.`,
);
const reference = loadReference();
for (const count of counts) {
  const work = mkdtempSync(path.join(tmpdir(), 'tnl-bench-images-'));
  try {
    const contentDir = path.join(work, 'content');
    const written = writeSyntheticContent(contentDir, count, { share });
    console.log(`\n${written.territories} territoires synthétiques, ${written.results} résultats (charge ${load()}) :`);

    let started = performance.now();
    const { content } = loadContentFromDisk(root, contentDir);
    const atlas = buildAtlas(content, reference);
    const areas = buildAreas(atlas, reference);
    const loaded = performance.now() - started;
    started = performance.now();
    const plan = planImages(atlas, areas, 'https://atlas.example/');
    const planned = performance.now() - started;
    const jobs = [...plan.pngs.values()];
    const shares = [...plan.pngs.keys()].filter((p) => p.endsWith('/partage.png')).length;
    console.log(`  contenu lu et indexé en ${formatDuration(loaded)} ; plan des images en ${formatDuration(planned)}`);
    console.log(
      `  fichiers à publier : ${jobs.length} PNG (${shares} images de partage, ${jobs.length - shares} badges) et ${plan.svgs.size} badges SVG`,
    );
    const cacheDir = path.join(work, 'cache');
    // Share images and badges apart, each with its wall time and the CPU time of all threads (which a
    // busy machine changes less than the wall time).
    for (const [label, kind] of [
      ['images de partage', (p: string) => p.endsWith('/partage.png')],
      ['badges', (p: string) => !p.endsWith('/partage.png')],
    ] as const) {
      const some = [...plan.pngs].filter(([p]) => kind(p)).map(([, job]) => job);
      const cpu = process.cpuUsage();
      const cold = await renderPngs(some, { cacheDir, workers });
      const used = process.cpuUsage(cpu);
      const cpuMs = (used.user + used.system) / 1000;
      console.log(
        `  ${label}, à froid : ${cold.rendered} PNG distincts en ${formatDuration(cold.milliseconds)} (${cold.workers} fils), soit ${(cold.milliseconds / cold.rendered).toFixed(1)} ms par image ; temps de calcul ${formatDuration(cpuMs)}, ${(cpuMs / cold.rendered).toFixed(1)} ms par image`,
      );
    }
    const sizes = filesUnder(cacheDir).map((f) => statSync(f).size);
    console.log(`  cache : ${sizes.length} fichiers, ${mb(sizes.reduce((a, b) => a + b, 0))}`);
    const warm = await renderPngs(jobs, { cacheDir, workers });
    console.log(`  à chaud : ${warm.rendered} rendu, ${warm.cached} lus du cache, en ${formatDuration(warm.milliseconds)}`);

    if (!values['no-build']) {
      const env = { CONTENT_DIR: contentDir, IMAGE_CACHE_DIR: path.join(work, 'build-cache') };
      for (const pass of ['cache vide', 'cache plein']) {
        const dist = path.join(work, 'dist');
        started = performance.now();
        const output = await buildSite(dist, env);
        const seconds = (performance.now() - started) / 1000;
        const files = filesUnder(dist);
        const pngs = files.filter((f) => f.endsWith('.png'));
        const svgs = files.filter((f) => /\/badge(-\d{4})?\.svg$/.test(f));
        const bytes = (list: string[]) => mb(list.reduce((sum, f) => sum + statSync(f).size, 0));
        console.log(
          `  construction complète (${pass}) : ${seconds.toFixed(1)} s, ${files.length} fichiers dont ${pngs.length} PNG (${bytes(pngs)}) et ${svgs.length} badges SVG (${bytes(svgs)}) ; charge ${load()}`,
        );
        console.log(`    ${output.match(/Images PNG : [^\n]*/)?.[0] ?? 'rapport des images absent'}`);
        console.log(`    ${output.match(/\d+ page\(s\) built in [^\n]*/)?.[0] ?? ''}`);
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
