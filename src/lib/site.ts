// The façade pages and endpoints call for the build's data. Every collection is loaded once per
// build, references, codes and dates are validated, and what is derived from it (the atlas, the map
// data, the commune lookup files) is computed once and shared. An inconsistent content set stops
// the build here; warnings are printed and the build goes on. Draft editions are validated but
// never published.
import { getCollection, type CollectionEntry } from 'astro:content';
import { plural } from '../i18n/fr';
import { formatContentError, formatProblemList } from './content/problem-format';
import { contentWarnings, validateContent, type Entry } from './content/validate';
import { buildMapData, type MapData } from './map/map-data';
import type { ChartFile } from './record/chart-files';
import { siteChartFiles, statisticsOf, type Statistics } from './record/statistics-fs';
import { planImages, type ImagePlan } from './images/image-plan';
import { siteUrl, type PublicAddress } from './images/site-images-fs';
import { areaPages, type AreaPageData } from './record/area-page';
import { buildAreas, type Area, type Areas } from './record/areas';
import { buildAtlas, publishedContent, type Atlas } from './record/atlas';
import type { Reference } from './reference/reference';
import { loadReference } from './reference/reference-fs';
import { buildLookupFiles, type LookupFiles } from './search/lookup-files';
import { compareFrench } from './text';
import { publishedFiles, type DataPublisher, type PublishedFile } from './open-data/dataset';
import { openDataUrls } from './open-data/open-data';
import { siteSettings, type SiteSettings } from './site-settings';

// The base maps, built once per process from the reference TopoJSON (static maps, /fond-de-carte.svg,
// /carte/fond-de-carte.svg): part of the build's data, like the rest.
export { getBaseMap, webBaseMapSvg } from './map/base-map-fs';

export interface SiteData {
  atlas: Atlas;
  /** Published testimonials, newest edition first (render them with `render()`). */
  testimonials: CollectionEntry<'testimonials'>[];
  /** Editorial pages, in menu order. */
  pages: CollectionEntry<'pages'>[];
  /** The official reference (COG, EPCI, centres) the atlas was resolved with. */
  reference: Reference;
}

let loading: Promise<SiteData> | undefined;
let mapData: Promise<MapData> | undefined;
let lookupFiles: Promise<LookupFiles> | undefined;
let statistics: Promise<Statistics> | undefined;
let areas: Promise<Areas> | undefined;
let imagePlan: Promise<ImagePlan> | undefined;
let dataFiles: Promise<PublishedFile[]> | undefined;
let settings: SiteSettings | undefined;

/** The address the build is made for (astro.config.mjs: SITE_URL, BASE_PATH). */
const address = (): PublicAddress => ({ site: import.meta.env.SITE, base: import.meta.env.BASE_URL });

/** The deployment's settings (publisher, contact, host, repository: src/lib/site-settings.ts), read once. */
export function getSettings(): SiteSettings {
  settings ??= siteSettings(process.env).settings;
  return settings;
}

/** The publisher of the data, from the settings, for the data's metadata. */
export function dataPublisher(): DataPublisher {
  const { publisher, contact } = getSettings();
  return { ...(publisher && { name: publisher }), ...(contact && { contact: contact.href }) };
}

/** Every file under /donnees/ (open-data/dataset.ts), written once per build for the page and the files. */
export function getDataFiles(): Promise<PublishedFile[]> {
  dataFiles ??= getSiteData().then(({ atlas }) =>
    publishedFiles(
      atlas,
      openDataUrls(import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined, import.meta.env.BASE_URL),
      dataPublisher(),
    ),
  );
  return dataFiles;
}

/** The site's data, loaded and checked on first call. */
export function getSiteData(): Promise<SiteData> {
  loading ??= load();
  return loading;
}

/** The data of the map pages and of /carte/donnees.json, built once per build. */
export function getMapData(): Promise<MapData> {
  mapData ??= getSiteData().then(({ atlas }) => buildMapData(atlas));
  return mapData;
}

/** The commune lookup files (/recherche/communes/…) and their coverage index, built once per build. */
export function getLookupFiles(): Promise<LookupFiles> {
  lookupFiles ??= getSiteData().then(({ atlas, reference }) => buildLookupFiles(reference, atlas));
  return lookupFiles;
}

/** What /statistiques/ and its chart files show (the charts, the choropleth of départements), built once per build. */
export function getStatistics(): Promise<Statistics> {
  statistics ??= getSiteData().then(({ atlas, reference }) => statisticsOf(atlas, reference));
  return statistics;
}

let charts: Promise<ChartFile[]> | undefined;

/** The CSV and SVG files of every chart of /statistiques/, each pointing back to its permalink. */
export function getChartFiles(): Promise<ChartFile[]> {
  charts ??= getStatistics().then((statistics) => siteChartFiles(statistics, address()));
  return charts;
}

/** The régions and départements with the bodies that concern each (the regional palmarès), built once per build. */
export function getAreas(): Promise<Areas> {
  areas ??= getSiteData().then(({ atlas, reference }) => buildAreas(atlas, reference));
  return areas;
}

const areaPageData = new Map<Area['kind'], Promise<AreaPageData[]>>();

/** What each page of a région or of a département shows (its page and its feed), built once per build. */
export function getAreaPages(kind: Area['kind']): Promise<AreaPageData[]> {
  if (!areaPageData.has(kind))
    areaPageData.set(
      kind,
      Promise.all([getSiteData(), getAreas()]).then(([{ atlas }, areas]) => areaPages(areas, kind, atlas)),
    );
  return areaPageData.get(kind)!;
}

/** Every share image and badge of the site as the pages show them (paths, alt texts), planned once per build. */
export function getImagePlan(): Promise<ImagePlan> {
  imagePlan ??= Promise.all([getSiteData(), getAreas()]).then(([{ atlas }, regions]) => planImages(atlas, regions, siteUrl(address())));
  return imagePlan;
}

async function load(): Promise<SiteData> {
  const [editions, territories, testimonials, pages] = await Promise.all([
    getCollection('editions'),
    getCollection('territories'),
    getCollection('testimonials'),
    getCollection('pages'),
  ]);
  const content = {
    editions: editions.map((e) => entry(e, 'editions', 'yaml')),
    territories: territories.map((e) => entry(e, 'territories', 'yaml')),
    testimonials: testimonials.map((e) => entry(e, 'testimonials', 'mdx')),
  };
  const reference = loadReference();
  const problems = validateContent(content, reference);
  if (problems.length > 0) throw new Error(formatContentError(problems));
  const warnings = contentWarnings(content);
  if (warnings.length > 0)
    console.warn(`Contenu : ${plural(warnings.length, 'avertissement')} (la construction continue).\n\n${formatProblemList(warnings)}\n`);
  const published = new Set(publishedContent(content).testimonials.map((t) => t.id));
  return {
    atlas: buildAtlas(content, reference),
    testimonials: testimonials
      .filter((t) => published.has(t.id))
      .sort((a, b) => b.data.edition - a.data.edition || compareFrench(a.data.title, b.data.title)),
    pages: pages.sort((a, b) => a.data.order - b.data.order),
    reference,
  };
}

function entry<T>(e: { id: string; filePath?: string; data: T }, folder: string, ext: string): Entry<T> {
  return { id: e.id, file: e.filePath ?? `content/${folder}/${e.id}.${ext}`, data: e.data };
}
