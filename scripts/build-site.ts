// npm run build — builds the site (Astro, then the Pagefind search index) into a temporary folder next
// to dist/, and only then replaces dist/: a failed build leaves the previous dist/ as it was.
// While Astro builds the pages, this process reads the content once for the work of the other core:
// the territory records of the search index and the PNG images (rendered into their cache), then
// writes the image files and `_headers` into the built site, and a gzip and a Brotli copy of each
// text file. A build for publishing (PUBLICATION=1, or CI=true unless PUBLICATION=0) refuses to
// start without the site settings (src/lib/site-settings.ts); any build says what it bakes in.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { plural } from '../src/i18n/fr';
import { contentDirectory, displayPath } from '../src/lib/content/content-dir';
import { imagesReport, pruneReport } from '../src/lib/images/image-report';
import { planSiteImages, pruneImageCache, renderSiteImages, writeSiteImages } from '../src/lib/images/site-images-fs';
import { loadAtlasFromDisk } from '../src/lib/record/atlas-fs';
import { writeHeadersFile } from '../src/lib/site-files/headers-file-fs';
import { isPublication, publicationProblems, SETTING_VARIABLES, settingsSummary, siteSettings } from '../src/lib/site-settings';
import { EXIT, parseCommandLine, runCommand, UsageError } from './lib/cli';
import { startSearchIndex } from './build/search-index-fs';
import { siteAddress, VARIABLE_NAMES } from './build/site-address';
import { buildThenReplace } from './build/staged-build-fs';
import { precompressSite } from './build/precompress-fs';

const HELP = `Construit le site : les pages (Astro), puis l’index de la recherche (Pagefind).
La construction se fait dans un dossier temporaire à côté de dist/, qui ne remplace dist/ qu’une
fois complète : en cas d’échec, le dist/ précédent reste tel quel.

Usage : npm run build [-- options]

Options :
  --outDir <dossier>   dossier du site construit (défaut : dist)
  -h, --help           affiche cette aide

Code de sortie : 0 si le site est construit, 1 si la construction a échoué, 2 si la commande est mal écrite.`;

/** The site's Astro configuration without the files written after the pages, which this script writes. */
const PAGES_CONFIG = 'scripts/build/astro-pages.config.mjs';

/** A step that exited with an error: its own output already says why. */
class StepFailed extends Error {}

await runCommand('build', async () => {
  const { values, positionals } = parseCommandLine(process.argv.slice(2), { outDir: { type: 'string' } });
  if (values.help) {
    console.log(HELP);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError(`argument inattendu : ${positionals[0]}`);
  const root = process.cwd();
  const outDir = path.resolve(root, values.outDir ?? 'dist');
  // The address the share images print, checked before anything is built.
  const address = siteAddress(process.env.SITE_URL, process.env.BASE_PATH, VARIABLE_NAMES);
  // The settings, checked before anything is built: a build for publishing must have them all.
  const publication = isPublication(process.env);
  const { settings, problems } = siteSettings(process.env);
  const missing = publication ? publicationProblems(process.env) : problems;
  if (missing.length > 0) {
    console.error(
      [
        publication
          ? `Construction pour publication (${SETTING_VARIABLES.publication}=1, ou CI=true) impossible : il manque des réglages du site.`
          : 'Réglages du site invalides :',
        ...missing.map((line) => `  - ${line}`),
        'Renseignez ces variables d’environnement (docs/deploiement.md, « Réglages du site »)' +
          (publication ? `, ou, pour une construction d’essai qui ne sera pas publiée, ${SETTING_VARIABLES.publication}=0.` : '.'),
      ].join('\n'),
    );
    return EXIT.problems;
  }
  console.log(
    [
      publication
        ? 'Construction pour publication, avec :'
        : `Construction locale (pas pour publication : ${SETTING_VARIABLES.publication}=1 pour en faire une), avec :`,
      ...settingsSummary({ ...settings, site: address.site }, address.base).map((line) => `  ${line}`),
    ].join('\n'),
  );
  try {
    await buildThenReplace(outDir, async (staging) => {
      // The territory records go to Pagefind and the PNGs are rendered while Astro builds the pages (a second core's work).
      const started = performance.now();
      const astro = run('Astro', binary('astro', 'astro'), ['build', '--config', PAGES_CONFIG, '--outDir', staging]);
      // Astro's own message says what is wrong with the content; the index and the images wait for it.
      const loaded = Promise.resolve().then(() => loadAtlasFromDisk(root, contentDirectory()));
      const search = loaded.then(({ atlas, reference }) => startSearchIndex(atlas, reference));
      const stopImages = new AbortController();
      const images = loaded.then(({ atlas, reference }) =>
        renderSiteImages(planSiteImages(atlas, reference, address), { signal: stopImages.signal }),
      );
      // Awaited once the pages are built; a failure before then is reported there, not as an unhandled rejection.
      images.catch(() => undefined);
      const [built, index] = await Promise.allSettled([astro, search]);
      if (built.status === 'rejected') {
        stopImages.abort();
        await images.catch(() => undefined);
        if (index.status === 'fulfilled') await index.value.abort();
        throw built.reason;
      }
      const pagesDone = performance.now();
      const [rendered] = await Promise.allSettled([images]);
      if (index.status === 'rejected') throw new StepFailed(`Pagefind : ${messageOf(index.reason)}`);
      if (rendered.status === 'rejected') {
        await index.value.abort();
        throw new StepFailed(`images : ${messageOf(rendered.reason)}`);
      }
      // The image files are copied while Pagefind reads the pages; _headers is written from every file.
      const [report, written] = await Promise.all([
        index.value.finish(staging).catch((error: unknown) => {
          throw new StepFailed(`Pagefind : ${messageOf(error)}`);
        }),
        writeSiteImages(staging, rendered.value),
      ]);
      console.log(imagesReport(rendered.value.report, written));
      writeHeadersFile(staging, address.base);
      const compressed = precompressSite(staging);
      const megabytes = (bytes: number) => `${(bytes / 1e6).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`;
      console.log(
        `Copies compressées : ${plural(compressed.files, 'fichier')} texte, ${megabytes(compressed.bytes)} → ${megabytes(compressed.gzipBytes)} en gzip, ${megabytes(compressed.brotliBytes)} en Brotli.`,
      );
      const pruned = pruneReport(pruneImageCache(rendered.value));
      if (pruned) console.log(pruned);
      const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
      console.log(
        `Index de la recherche : ${plural(report.records, 'fiche')} de collectivité et ${plural(report.pages, 'autre page', 'autres pages')}, en ${seconds(report.milliseconds)} (dont ${seconds(performance.now() - pagesDone)} après les pages).`,
      );
      console.log(`Temps de construction : ${seconds(performance.now() - started)}, dont pages ${seconds(pagesDone - started)}.`);
    });
  } catch (error) {
    if (!(error instanceof StepFailed)) throw error;
    console.error(`\nLa construction a échoué (${error.message}) : ${displayPath(root, outDir)}/ n’a pas été modifié.`);
    return EXIT.problems;
  }
  console.log(`Site construit dans ${displayPath(root, outDir)}/.`);
  return EXIT.ok;
});

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The JavaScript file behind a package's command, run with this Node (no shell, no PATH lookup). */
function binary(pkg: string, name: string): string {
  const require = createRequire(import.meta.url);
  // Some packages do not export their package.json: look for it along Node's own search path.
  const dir = (require.resolve.paths(pkg) ?? []).map((base) => path.join(base, pkg)).find((d) => existsSync(path.join(d, 'package.json')));
  if (!dir) throw new Error(`paquet « ${pkg} » introuvable : lancez « npm install »`);
  const { bin } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { bin: string | Record<string, string> };
  return path.resolve(dir, typeof bin === 'string' ? bin : bin[name]!);
}

function run(step: string, script: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: 'inherit' });
    // On Ctrl+C or a stop request, stop the child and wait for it, so that the temporary folder is removed.
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('error', (error) => reject(new StepFailed(`${step} : ${error.message}`)));
    child.on('close', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      if (code === 0) resolve();
      else reject(new StepFailed(signal ? `${step} interrompu (${signal})` : `${step}, code ${code}`));
    });
  });
}
