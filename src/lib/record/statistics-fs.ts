// What /statistiques/ shows and its chart files are made of, composed in one place for the page build
// (src/lib/site.ts) and for the chart PNGs the build script renders beside it (images/site-images-fs.ts),
// so that a chart's PNG is always drawn from the same SVG as its page and its .svg file.
import { getBaseMap } from '../map/base-map-fs';
import { choroplethLayout, departementCentres, type ChoroplethLayout } from '../map/choropleth';
import type { Reference } from '../reference/reference';
import { paths, withBase } from '../urls';
import type { Atlas } from './atlas';
import { chartAnchor, chartFiles, type ChartFile } from './chart-files';
import { statisticsPage, type StatisticsPage } from './statistics';

export interface Statistics {
  page: StatisticsPage;
  /** The choropleth of départements. */
  choropleth: ChoroplethLayout;
}

export function statisticsOf(atlas: Atlas, reference: Reference): Statistics {
  return {
    page: statisticsPage(atlas),
    choropleth: choroplethLayout(atlas.territories, getBaseMap(), departementCentres(reference.departements.values())),
  };
}

/** A chart's permalink on /statistiques/, printed on its files. */
export function chartPermalink(address: { site: string; base: string }, slug: string): string {
  return new URL(withBase(`${paths.statistics()}#${chartAnchor(slug)}`, address.base), address.site).href;
}

/** The CSV, SVG and PNG size of every chart, each pointing back to its permalink. */
export function siteChartFiles({ page, choropleth }: Statistics, address: { site: string; base: string }): ChartFile[] {
  return chartFiles(page, choropleth, (slug) => chartPermalink(address, slug));
}
