// SVG to PNG at build time, with resvg (@resvg/resvg-js, prebuilt binaries from npm) and the Inter
// font files of @expo-google-fonts/inter (OFL-1.1, see THIRD-PARTY.md): no system font is read, so
// that every machine renders the same pixels. The drawing and the PNG encoding are in png-worker-fs.ts.
//
// A render costs ≈ 25 ms (fonts loaded, PNG encoded), so PNGs are cached between builds by content:
// the file name is the SHA-256 of the SVG markup, the output size, the font files and the renderer's
// version. A warm build renders nothing; a changed result renders only its own images. Missing PNGs
// are rendered in parallel by worker threads, one per available core, each writing its file
// (written under a temporary name, then renamed: a cache shared by two builds never holds half a file).
//
// The cache lives in IMAGE_CACHE_DIR when set, else in images/ under Astro's cache folder
// (ASTRO_CACHE_DIR, default node_modules/.astro/): deleting it only costs a cold build. A build marks
// the files it uses (their modification time, at most once a day) and `prunePngCache` removes those no
// build has used for a month, so that the cache kept between deployments does not grow with every change.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, unlinkSync, utimesSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { renderSvgToPng, writeAtomically } from './png-worker-fs';

/** A PNG to make: the SVG markup and the size of the PNG in pixels. */
export interface PngJob {
  svg: string;
  width: number;
  height: number;
}

export interface RenderReport {
  /** The cache file of each job, in the order of the jobs. */
  files: string[];
  rendered: number;
  cached: number;
  workers: number;
  milliseconds: number;
}

const require = createRequire(path.join(process.cwd(), 'package.json'));
/**
 * The worker's module, from the project folder: the build bundles this file elsewhere, and a
 * worker runs a file of its own (Node strips its types).
 */
const WORKER_MODULE = path.join(process.cwd(), 'src/lib/images/png-worker-fs.ts');

interface Renderer {
  /** Path of the resvg module, for the workers. */
  module: string;
  version: string;
  fonts: string[];
  /** Hash of the font files and the renderer version: part of every cache key. */
  digest: string;
}

let renderer: Renderer | undefined;

function getRenderer(): Renderer {
  if (renderer) return renderer;
  const module = require.resolve('@resvg/resvg-js');
  const version = (JSON.parse(readFileSync(require.resolve('@resvg/resvg-js/package.json'), 'utf8')) as { version: string }).version;
  const fonts = ['400Regular/Inter_400Regular.ttf', '700Bold/Inter_700Bold.ttf'].map((file) =>
    require.resolve(`@expo-google-fonts/inter/${file}`),
  );
  // The encoder's version is part of the key too: a change of encodePng must not reuse old files.
  const hash = createHash('sha256').update(`resvg ${version} encodePng ${ENCODER_VERSION}\n`);
  for (const font of fonts) hash.update(readFileSync(font));
  renderer = { module, version, fonts, digest: hash.digest('hex') };
  return renderer;
}

/** The folder of cached PNGs (see the top of this file). */
export function pngCacheDir(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  if (env.IMAGE_CACHE_DIR) return path.resolve(cwd, env.IMAGE_CACHE_DIR);
  return path.join(path.resolve(cwd, env.ASTRO_CACHE_DIR ?? 'node_modules/.astro'), 'images');
}

/** The cache key of a job: the same SVG at the same size with the same fonts and renderer gives the same PNG. */
export function pngKey(job: PngJob): string {
  return createHash('sha256').update(getRenderer().digest).update(`\n${job.width}x${job.height}\n`).update(job.svg).digest('hex');
}

/** Raise when png-worker-fs.ts writes different bytes for the same pixels. */
const ENCODER_VERSION = 1;

export interface RenderOptions {
  cacheDir?: string;
  workers?: number;
  /** Stops the rendering (the build failed elsewhere): no new PNG is started, and the call rejects. */
  signal?: AbortSignal;
}

const DAY = 24 * 60 * 60 * 1000;

/** A cached PNG no build has used for this long is removed by prunePngCache. */
export const UNUSED_DAYS = 30;

/**
 * Removes from the cache the PNGs that are not in `used` and that no build has used for UNUSED_DAYS
 * (a PNG of another build sharing the cache, at another base path, stays while that build runs),
 * and temporary files a stopped build left. Returns how many files and bytes were removed.
 */
export function prunePngCache(
  used: Iterable<string>,
  options: { cacheDir?: string; now?: number; unusedDays?: number } = {},
): { files: number; bytes: number } {
  const dir = options.cacheDir ?? pngCacheDir();
  const keep = new Set([...used].map((file) => path.resolve(file)));
  const now = options.now ?? Date.now();
  const limit = (options.unusedDays ?? UNUSED_DAYS) * DAY;
  let files = 0;
  let bytes = 0;
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (keep.has(file) || !/\.png(\.[^/]*\.tmp)?$/.test(name)) continue;
    const stat = statSync(file, { throwIfNoEntry: false });
    if (!stat?.isFile() || now - stat.mtimeMs <= (name.endsWith('.tmp') ? DAY : limit)) continue;
    // Another build sharing the cache may have removed it first.
    if (!removed(file)) continue;
    files++;
    bytes += stat.size;
  }
  return { files, bytes };
}

/** Sets a file's times to `now`; false when the file no longer exists. */
function touched(file: string, now: number): boolean {
  try {
    utimesSync(file, new Date(now), new Date(now));
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/** Removes a file; false when it was already gone. */
function removed(file: string): boolean {
  try {
    unlinkSync(file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/** Below this many missing PNGs, starting workers costs more than it saves. */
const WORKER_THRESHOLD = 8;

/**
 * Makes sure every job has its PNG in the cache and returns the cache files. Jobs with the same key
 * are rendered once.
 */
export async function renderPngs(jobs: PngJob[], options: RenderOptions = {}): Promise<RenderReport> {
  const started = performance.now();
  const dir = options.cacheDir ?? pngCacheDir();
  mkdirSync(dir, { recursive: true });
  const files = jobs.map((job) => path.join(dir, `${pngKey(job)}.png`));
  const missing = new Map<string, PngJob>();
  const seen = new Set<string>();
  const now = Date.now();
  files.forEach((file, i) => {
    if (seen.has(file)) return;
    seen.add(file);
    const stat = statSync(file, { throwIfNoEntry: false });
    // Marked as used (see prunePngCache), at most once a day; gone meanwhile (pruned by another build
    // sharing the cache), it is rendered again.
    if (!stat || (now - stat.mtimeMs > DAY && !touched(file, now))) missing.set(file, jobs[i]!);
  });
  const queue = [...missing];
  const workerCount = queue.length < WORKER_THRESHOLD ? 0 : Math.max(1, Math.min(options.workers ?? availableParallelism(), queue.length));
  const failures: string[] = [];
  if (workerCount === 0) {
    for (const [file, job] of queue) {
      if (options.signal?.aborted) break;
      try {
        writeAtomically(file, renderSvgToPng(job.svg, job.width, getRenderer()));
      } catch (error) {
        failures.push(`${path.basename(file)} : ${(error as Error).message}`);
      }
    }
  } else {
    failures.push(...(await renderInWorkers(queue, workerCount, options.signal)));
  }
  options.signal?.throwIfAborted();
  if (failures.length > 0) throw new Error(`Rendu PNG impossible pour ${failures.length} image(s) :\n${failures.slice(0, 5).join('\n')}`);
  return {
    files,
    rendered: missing.size,
    cached: new Set(files).size - missing.size,
    workers: workerCount,
    milliseconds: performance.now() - started,
  };
}

/** Renders the queue with `count` workers; returns the failures, one line each. */
async function renderInWorkers(queue: Array<[string, PngJob]>, count: number, signal?: AbortSignal): Promise<string[]> {
  const { module, fonts } = getRenderer();
  let next = 0;
  const failures: string[] = [];
  const run = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(WORKER_MODULE, { workerData: { pngWorker: { module, fonts } } });
      const send = () => {
        const item = signal?.aborted ? undefined : queue[next++];
        if (!item) {
          void worker.terminate().then(() => resolve());
          return;
        }
        const [file, job] = item;
        worker.postMessage({ svg: job.svg, width: job.width, file });
      };
      worker.on('message', (message: { file: string; error?: string }) => {
        if (message.error) failures.push(`${path.basename(message.file)} : ${message.error}`);
        send();
      });
      worker.on('error', reject);
      send();
    });
  await Promise.all(Array.from({ length: count }, run));
  return failures;
}

/**
 * One PNG from an SVG, through the same cache (for a chart's PNG twin, a favicon…): `width` and
 * `height` are the PNG's size in pixels; the SVG is scaled to that width.
 */
export async function renderPng(svg: string, size: { width: number; height: number }): Promise<Buffer> {
  const { files } = await renderPngs([{ svg, ...size }]);
  return readFileSync(files[0]!);
}

/** The bytes of a cached PNG, for the routes that publish it. */
export function readPng(file: string): Buffer {
  return readFileSync(file);
}

/** Width and height written in a PNG's header (IHDR), or undefined when the bytes are not a PNG. */
export function pngSize(png: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.length < 24 || signature.some((byte, i) => png[i] !== byte)) return undefined;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
