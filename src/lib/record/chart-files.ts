// The files of each chart of /statistiques/: its numbers as CSV and its drawing as a standalone SVG
// (/statistiques/<slug>.csv and .svg), written from the same views as the page, so that a file
// always holds the numbers the page shows. A PNG can be rendered from each SVG string as it is.
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
}

/** The anchor of a chart on /statistiques/: `graphique-<slug>`. */
export const chartAnchor = (slug: string) => `graphique-${slug}`;

/** The attribution line of a downloaded chart: the atlas, the licence, the chart's permalink. */
export function chartAttribution(permalink: string, map = false): string {
  return `Source : ${fr.siteName}, d’après les palmarès publiés (relevé incomplet) · Licence Ouverte 2.0 · ${permalink}${map ? ` · ${fr.map.baseMapAttribution}` : ''}`;
}

/** Every chart's files, in page order; `permalink` gives a chart's absolute address on the page. */
export function chartFiles(page: StatisticsPage, choropleth: ChoroplethLayout, permalink: (slug: string) => string): ChartFile[] {
  const bars = barCharts(page).map((chart) => ({
    slug: chart.slug,
    title: chart.title,
    csv: toCsv(chart.data.header, chart.data.rows),
    svg: barChartSvg(
      chart.layout,
      { id: chartAnchor(chart.slug), title: chart.title, description: chart.description },
      { attribution: chartAttribution(permalink(chart.slug)) },
    ),
  }));
  const map = departementsView(choropleth);
  return [
    ...bars,
    {
      slug: map.slug,
      title: map.title,
      csv: toCsv(map.data.header, map.data.rows),
      svg: choroplethSvg(
        choropleth,
        { id: chartAnchor(map.slug), title: map.title, description: map.description ?? map.summary },
        { attribution: chartAttribution(permalink(map.slug), true) },
      ),
    },
  ];
}
