// Geometry of the horizontal bar charts of /statistiques/, computed at build time and drawn as
// inline SVG by a thin component (no chart library, no JavaScript in the browser).
// Each row puts its label on its own line above its bars, so that long labels (régions,
// distinctions of any scale) never squeeze the bars, and every bar carries its value as text.

/** One bar of a row: a value of one series. */
export interface BarInput {
  /** Series the bar belongs to (styled per series: `known`, `official`, `count`…). */
  series: string;
  /** The value, or null when it is not known (no bar is drawn, only the text). */
  value: number | null;
  /** Text written after the bar ("13 connus", "non publié"). */
  text: string;
  /** Colour tone 0–5 (distinction bars); 0 = unknown distinction. */
  tone?: number;
}

export interface RowInput {
  label: string;
  bars: BarInput[];
}

export interface BarChartOptions {
  /** Width of the drawing in SVG units, equal to CSS pixels at full size (default 400). */
  width?: number;
  /** Value that fills the bar area; defaults to the largest value (at least 1). */
  max?: number;
}

export interface PlacedBar extends BarInput {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Start and baseline of the value text. */
  textX: number;
  textY: number;
}

export interface PlacedRow {
  label: string;
  /** Baseline of the label. */
  labelY: number;
  bars: PlacedBar[];
}

export interface BarChartLayout {
  width: number;
  height: number;
  rows: PlacedRow[];
  /** Width given to the largest value. */
  barArea: number;
}

/** Sizes in SVG units; fonts are set in the component with the same numbers. */
export const CHART_METRICS = {
  labelFont: 15,
  valueFont: 14,
  labelLine: 22,
  barHeight: 16,
  barGap: 4,
  rowGap: 14,
  textGap: 6,
  /** Average width of a character of the value font, for reserving room for the longest text. */
  charWidth: 0.56,
  /** Smallest visible width of a bar with a non-zero value. */
  minBar: 2,
} as const;

/** Estimated width of a value text in SVG units (system sans-serif, no font metrics at build time). */
export function textWidth(text: string, fontSize: number = CHART_METRICS.valueFont): number {
  return Math.ceil([...text].length * fontSize * CHART_METRICS.charWidth);
}

/**
 * Places rows top to bottom: label line, then one bar per value. Bars are proportional to
 * `max`, as long as the value texts after them allow, so that no text leaves the drawing.
 */
export function barChartLayout(rows: RowInput[], options: BarChartOptions = {}): BarChartLayout {
  const m = CHART_METRICS;
  const width = options.width ?? 400;
  const bars = rows.flatMap((r) => r.bars);
  const max = Math.max(options.max ?? 0, ...bars.map((b) => b.value ?? 0), 1);
  const barArea = barAreaFor(bars, max, width);
  let y = 0;
  const placed = rows.map((row): PlacedRow => {
    const labelY = y + m.labelFont;
    y += m.labelLine;
    const bars = row.bars.map((bar): PlacedBar => {
      const value = bar.value ?? 0;
      const barWidth = value > 0 ? Math.max(m.minBar, round((value / max) * barArea)) : 0;
      const placedBar = {
        ...bar,
        x: 0,
        y,
        width: barWidth,
        height: m.barHeight,
        textX: barWidth + (barWidth > 0 ? m.textGap : 0),
        textY: y + m.barHeight - 3,
      };
      y += m.barHeight + m.barGap;
      return placedBar;
    });
    y += m.rowGap - m.barGap;
    return { label: row.label, labelY, bars };
  });
  return { width, height: Math.max(0, y - m.rowGap), rows: placed, barArea };
}

/**
 * The longest bar length such that every bar plus its text fits in `width`: a long text after a
 * short bar does not shrink the chart, only texts after long bars do. At least 30 % of the width.
 */
function barAreaFor(bars: BarInput[], max: number, width: number): number {
  let area = width;
  for (const bar of bars) {
    const value = bar.value ?? 0;
    if (value <= 0) continue;
    const room = width - textWidth(bar.text) - CHART_METRICS.textGap;
    area = Math.min(area, (room * max) / value);
  }
  return Math.floor(Math.max(width * 0.3, area));
}

const round = (value: number) => Math.round(value * 10) / 10;

/** A column of a chart's data table. */
export interface TableColumn {
  label: string;
  /** A number column: right-aligned, tabular figures. */
  num?: boolean;
}

/** A cell of a chart's data table: a text (maybe a link), or a list of links. */
export type TableCell =
  { text: string | number; num?: boolean; href?: string; external?: boolean } | { links: Array<{ text: string; href: string }> };

/** A chart's numbers as a table: the first cell of each row is its header. */
export interface DataTableData {
  caption: string;
  /** Id of the caption, named by the scrollable wrapper (`aria-labelledby`); no wrapper without it. */
  captionId?: string;
  columns: TableColumn[];
  rows: TableCell[][];
}
