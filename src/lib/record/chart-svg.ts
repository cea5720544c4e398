// The SVG of the charts of /statistiques/, as strings: one drawing per chart, shown inline on the
// page and published as a standalone file (/statistiques/<chart>.svg) that a journalist can drop in
// an article or turn into a PNG. Colours are presentation attributes (not the page's CSS), fonts
// fall back to the system sans-serif, and the standalone file carries its title, description and
// attribution line, so that it stands on its own once downloaded.
import { escapeHtml } from '../escape';
import { LOOK } from '../look';
import { CHART_METRICS, textWidth, type BarChartLayout } from './charts';

/** The system sans-serif of the site: no web font to fetch, in the page or in a downloaded file. */
export const CHART_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, sans-serif";

/** Fill and stroke of a bar, by series (and tone for distinctions); dashed when the value is « not known ». */
function barPaint(series: string, tone: number | undefined): { fill: string; stroke: string; dashed?: boolean } {
  const c = LOOK.colour;
  if (tone === 0) return { fill: c.background, stroke: c.muted, dashed: true };
  if (tone !== undefined) return { fill: LOOK.tone[tone] ?? c.primary, stroke: LOOK.tone[tone] ?? c.primary };
  switch (series) {
    case 'official':
      return { fill: c.primarySoft, stroke: c.primary };
    case 'new':
      return { fill: c.accent, stroke: c.accent };
    case 'returning':
      return { fill: LOOK.tone[1], stroke: LOOK.tone[1] };
    case 'absent':
      return { fill: c.background, stroke: c.muted, dashed: true };
    default:
      return { fill: c.primary, stroke: c.primary };
  }
}

const r1 = (value: number) => Math.round(value * 10) / 10;

/** The rows, bars and value texts of a bar chart, at the origin. */
function barMarkup(layout: BarChartLayout): string {
  const m = CHART_METRICS;
  return layout.rows
    .map((row) => {
      const bars = row.bars
        .map((bar) => {
          const paint = barPaint(bar.series, bar.tone);
          const rect =
            bar.width > 0
              ? `<rect class="bar ${escapeHtml(bar.series)}" x="${r1(bar.x + 0.5)}" y="${r1(bar.y + 0.5)}" width="${r1(Math.max(bar.width - 1, 1))}" height="${bar.height - 1}" rx="2" fill="${paint.fill}" stroke="${paint.stroke}"${paint.dashed ? ' stroke-dasharray="3 2"' : ''}/>`
              : '';
          return `${rect}<text class="value" x="${r1(bar.textX)}" y="${r1(bar.textY)}" font-size="${m.valueFont}" fill="${LOOK.colour.text}">${escapeHtml(bar.text)}</text>`;
        })
        .join('');
      return `<g><text class="label" x="0" y="${row.labelY}" font-size="${m.labelFont}" font-weight="600" fill="${LOOK.colour.text}">${escapeHtml(row.label)}</text>${bars}</g>`;
    })
    .join('');
}

/** What names a chart: its id prefix on the page, its title and its summary in words. */
export interface ChartText {
  /** Unique id prefix of the page (`graphique-couverture`): the title and description ids derive from it. */
  id: string;
  title: string;
  description: string;
}

/** What a standalone file adds: where it comes from. */
export interface StandaloneText {
  /** « Source : … » line(s) at the bottom: the atlas, the licence, the chart's permalink. */
  attribution: string;
}

/** Words of a text in lines of at most `width` units, for a font size (no font metrics at build time). */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

const PADDING = 16;
const TITLE_FONT = 18;
const TITLE_LINE = 24;
const NOTE_FONT = 12;
const NOTE_LINE = 16;

/**
 * A standalone SVG document around a drawing of `width` × `height`: white background, the title
 * drawn and in <title>, the description in <desc>, the attribution under the drawing.
 */
export function chartDocument(drawing: { width: number; height: number; markup: string }, text: ChartText & StandaloneText): string {
  const width = drawing.width + 2 * PADDING;
  const inner = width - 2 * PADDING;
  // Titles are bold: about 10 % wider than the value font's estimate.
  const title = wrapText(text.title, inner / 1.1, TITLE_FONT);
  const note = wrapText(text.attribution, inner, NOTE_FONT);
  const top = PADDING + title.length * TITLE_LINE + 8;
  const height = top + drawing.height + 16 + note.length * NOTE_LINE + PADDING - 4;
  const lines = (items: string[], y: number, step: number) =>
    items.map((line, i) => `<tspan x="${PADDING}" y="${y + i * step}">${escapeHtml(line)}</tspan>`).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" xml:lang="fr" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="titre description" font-family="${escapeHtml(CHART_FONT)}">` +
    `<title id="titre">${escapeHtml(text.title)}</title>` +
    `<desc id="description">${escapeHtml(text.description)}</desc>` +
    `<rect width="100%" height="100%" fill="${LOOK.colour.background}"/>` +
    `<text font-size="${TITLE_FONT}" font-weight="700" fill="${LOOK.colour.primary}">${lines(title, PADDING + TITLE_FONT, TITLE_LINE)}</text>` +
    `<g transform="translate(${PADDING} ${top})">${drawing.markup}</g>` +
    `<text font-size="${NOTE_FONT}" fill="${LOOK.colour.muted}">${lines(note, top + drawing.height + 16 + NOTE_FONT, NOTE_LINE)}</text>` +
    `</svg>\n`
  );
}

/**
 * A bar chart as SVG: inline on the page (an image named by its title and description, the page
 * giving the numbers as a table), or with `standalone`, a complete file with its title drawn and
 * its attribution line.
 */
export function barChartSvg(layout: BarChartLayout, text: ChartText, standalone?: StandaloneText): string {
  const markup = barMarkup(layout);
  if (standalone) return chartDocument({ width: layout.width, height: layout.height, markup }, { ...text, ...standalone });
  const id = escapeHtml(text.id);
  return (
    `<svg class="bar-chart" role="img" aria-labelledby="${id}-titre ${id}-desc" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" font-family="${escapeHtml(CHART_FONT)}">` +
    `<title id="${id}-titre">${escapeHtml(text.title)}</title><desc id="${id}-desc">${escapeHtml(text.description)}</desc>` +
    `${markup}</svg>`
  );
}
