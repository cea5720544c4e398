// The files of each chart of /statistiques/: its numbers as CSV and its drawing as a standalone SVG
// (/statistiques/<slug>.csv and .svg), written from the same views as the page, so that a file
// always holds the numbers the page shows. Its PNG (/statistiques/<slug>.png) is rendered from the
// same SVG string at twice its size, legible when printed or shown on a slide.
import { fr } from '../../i18n/fr';
import { choroplethSvg, type ChoroplethLayout } from '../map/choropleth';
import { toCsv } from '../open-data/csv';
import { barChartSvg } from './chart-svg';
import { barCharts, departementsView, type StatisticsPage } from './statistics';

export interface ChartFile {
  slug: string;
  title: string;
  /** RFC 4180, UTF-8 with a byte order mark, like the files of /donnees/. */
  csv: string;
  /** A standalone SVG document. */
  svg: string;
  /** The size of its PNG, in pixels: twice the SVG's own. */
  png: { width: number; height: number };
}

/** How many PNG pixels a chart's SVG pixel becomes. */
export const CHART_PNG_SCALE = 2;

/** The width and height of an SVG document's root element, in pixels. */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="(\d+(?:\.\d+)?)"/.exec(root)?.[1]);
  const height = Number(/\sheight="(\d+(?:\.\d+)?)"/.exec(root)?.[1]);
  if (!(width > 0 && height > 0)) throw new Error(`Ce SVG n’a pas de largeur et de hauteur en pixels : ${root || svg.slice(0, 80)}`);
  return { width, height };
}

function withPng(file: Omit<ChartFile, 'png'>): ChartFile {
  const { width, height } = svgSize(file.svg);
  return { ...file, png: { width: Math.round(width * CHART_PNG_SCALE), height: Math.round(height * CHART_PNG_SCALE) } };
}

/** The anchor of a chart on /statistiques/: `graphique-<slug>`. */
export const chartAnchor = (slug: string) => `graphique-${slug}`;

/** The attribution line of a downloaded chart: the atlas, the licence, the chart's permalink. */
export function chartAttribution(permalink: string, map = false): string {
  return `Source : ${fr.siteName}, d’après les palmarès publiés (relevé incomplet) · Licence Ouverte 2.0 · ${permalink}${map ? ` · ${fr.map.baseMapAttribution}` : ''}`;
}

/** Every chart's files, in page order; `permalink` gives a chart's absolute address on the page. */
export function chartFiles(page: StatisticsPage, choropleth: ChoroplethLayout, permalink: (slug: string) => string): ChartFile[] {
  const bars = barCharts(page).map((chart) =>
    withPng({
      slug: chart.slug,
      title: chart.title,
      csv: toCsv(chart.data.header, chart.data.rows),
      svg: barChartSvg(
        chart.layout,
        { id: chartAnchor(chart.slug), title: chart.title, description: chart.description },
        { attribution: chartAttribution(permalink(chart.slug)) },
      ),
    }),
  );
  const map = departementsView(choropleth);
  return [
    ...bars,
    withPng({
      slug: map.slug,
      title: map.title,
      csv: toCsv(map.data.header, map.data.rows),
      svg: choroplethSvg(
        choropleth,
        { id: chartAnchor(map.slug), title: map.title, description: map.description ?? map.summary },
        { attribution: chartAttribution(permalink(map.slug), true) },
      ),
    }),
  ];
}
