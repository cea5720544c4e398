// The image files of the built site — every share image and badge of the image plan, and the PNG twin
// of each chart of /statistiques/ — written straight into the built folder after the pages, from the
// PNG cache (png-fs.ts). They used to go through one Astro route per file: at 10,000 territories that
// was 82,000 routes and about 110 s of a 190 s build, mostly waiting on the file system one file at a
// time. Here the PNGs are rendered while Astro builds the pages, then copied many at a time.
import { copyFile, link, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildAreas } from '../record/areas';
import type { Atlas } from '../record/atlas';
import { siteChartFiles, statisticsOf } from '../record/statistics-fs';
import type { Reference } from '../reference/reference';
import { paths, withBase } from '../urls';
import { planImages } from './image-plan';
import { editionMap, type EditionMap } from '../map/edition-map';
import { getBaseMap } from '../map/base-map-fs';
import { chartAttribution } from '../record/chart-files';
import { pngCacheDir, prunePngCache, renderPngs, type PngJob, type RenderOptions, type RenderReport } from './png-fs';

/** Where the site is published: its origin and base path ('/' or '/atlas/'), as in astro.config.mjs. */
export interface PublicAddress {
  site: string;
  base: string;
}

export interface SiteImages {
  /** Every PNG file, by site path (without the base path). */
  pngs: Map<string, PngJob>;
  /** Every SVG file of the plan (badges) and each edition's map, by site path. */
  svgs: Map<string, string>;
}

/** The site's address with its base path ('https://x.fr/atlas/'), as the share images print it. */
export function siteUrl(address: PublicAddress): string {
  return new URL(withBase('/', address.base), address.site).href;
}

/** Every image file of the site, planned from the atlas (the same plan the pages read their image paths from). */
export function planSiteImages(atlas: Atlas, reference: Reference, address: PublicAddress): SiteImages {
  const plan = planImages(atlas, buildAreas(atlas, reference), siteUrl(address));
  const pngs = new Map(plan.pngs);
  for (const chart of siteChartFiles(statisticsOf(atlas, reference), address))
    pngs.set(paths.chartFile(chart.slug, 'png'), { svg: chart.svg, ...chart.png });
  const svgs = new Map(plan.svgs);
  for (const { year, map } of editionMaps(atlas, address)) {
    svgs.set(paths.editionMap(year, 'svg'), map.svg);
    pngs.set(paths.editionMap(year, 'png'), { svg: map.svg, width: map.width * 2, height: map.height * 2 });
  }
  return { pngs, svgs };
}

/** Each edition's map (press kit): the known collectivités on the edition's scale, « N connues sur M » in its title. */
export function editionMaps(atlas: Atlas, address: PublicAddress): Array<{ year: number; map: EditionMap }> {
  const baseMap = getBaseMap();
  return atlas.editions.map((edition) => ({
    year: edition.year,
    map: editionMap(baseMap, edition, {
      attribution: chartAttribution(new URL(withBase(paths.pressKit(edition.year), address.base), address.site).href, true),
    }),
  }));
}

export interface RenderedImages {
  images: SiteImages;
  /** The cache file of each PNG, by site path. */
  files: Map<string, string>;
  report: RenderReport;
  cacheDir: string;
}

/** Renders the PNGs missing from the cache (worker threads) and returns every PNG's cache file. */
export async function renderSiteImages(images: SiteImages, options: RenderOptions = {}): Promise<RenderedImages> {
  const entries = [...images.pngs];
  const cacheDir = options.cacheDir ?? pngCacheDir();
  const report = await renderPngs(
    entries.map(([, job]) => job),
    { ...options, cacheDir },
  );
  return { images, files: new Map(entries.map(([sitePath], i) => [sitePath, report.files[i]!])), report, cacheDir };
}

/** Once the site is built: removes the cached PNGs no build has used for a month (png-fs.ts). */
export function pruneImageCache(rendered: RenderedImages): { files: number; bytes: number } {
  return prunePngCache(rendered.files.values(), { cacheDir: rendered.cacheDir });
}

/** How many files are written at a time: enough to keep the file system busy, few enough for open-file limits. */
const CONCURRENT_WRITES = 64;

/**
 * A cached PNG into the built site: a hard link when the cache is on the same file system (no bytes
 * copied; the cache never changes a file in place, it writes a new one and renames it), else a copy.
 */
async function linkOrCopy(file: string, target: string): Promise<void> {
  try {
    await link(file, target);
  } catch (error) {
    if (!['EXDEV', 'EPERM', 'ENOTSUP', 'EMLINK'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
    await copyFile(file, target);
  }
}

/** Writes every image file under `siteDir` (the built site); returns how many PNG and SVG files it wrote. */
export async function writeSiteImages(siteDir: string, rendered: RenderedImages): Promise<{ pngs: number; svgs: number }> {
  const target = (sitePath: string) => path.join(siteDir, ...sitePath.split('/'));
  const tasks: Array<() => Promise<void>> = [
    ...[...rendered.files].map(
      ([sitePath, file]) =>
        () =>
          linkOrCopy(file, target(sitePath)),
    ),
    ...[...rendered.images.svgs].map(
      ([sitePath, svg]) =>
        () =>
          writeFile(target(sitePath), svg),
    ),
  ];
  const folders = new Set([...rendered.files.keys(), ...rendered.images.svgs.keys()].map((p) => path.dirname(target(p))));
  for (const folder of folders) await mkdir(folder, { recursive: true });
  let next = 0;
  const lane = async () => {
    while (next < tasks.length) await tasks[next++]!();
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENT_WRITES, tasks.length) }, lane));
  return { pngs: rendered.files.size, svgs: rendered.images.svgs.size };
}
