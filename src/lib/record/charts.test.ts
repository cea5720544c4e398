import { describe, expect, it } from 'vitest';
import { barChartLayout, CHART_METRICS, textWidth } from './charts';

const row = (label: string, ...values: Array<number | null>) => ({
  label,
  bars: values.map((value, i) => ({ series: i === 0 ? 'official' : 'known', value, text: value === null ? 'non publié' : `${value}` })),
});

describe('barChartLayout', () => {
  it('draws bars proportional to their values, the largest filling the bar area', () => {
    const layout = barChartLayout([row('2019', 31, 13), row('2022', 23, 4)]);
    const [official2019, known2019] = layout.rows[0]!.bars;
    expect(official2019!.width).toBe(layout.barArea);
    expect(known2019!.width).toBeCloseTo((13 / 31) * layout.barArea, 0);
    expect(layout.rows[1]!.bars[1]!.width).toBeCloseTo((4 / 31) * layout.barArea, 0);
  });

  it('uses a given maximum so that several charts share one scale', () => {
    const layout = barChartLayout([row('a', 5)], { max: 10 });
    expect(layout.rows[0]!.bars[0]!.width).toBeCloseTo(layout.barArea / 2, 0);
  });

  it('draws no bar for zero or unknown values but keeps their text', () => {
    const layout = barChartLayout([row('2021', null, 0)]);
    for (const bar of layout.rows[0]!.bars) expect(bar.width).toBe(0);
    expect(layout.rows[0]!.bars[0]).toMatchObject({ text: 'non publié', textX: 0 });
  });

  it('keeps a tiny value visible', () => {
    const layout = barChartLayout([row('a', 1000, 1)]);
    expect(layout.rows[0]!.bars[1]!.width).toBe(CHART_METRICS.minBar);
  });

  it('keeps every value text inside the drawing', () => {
    const layout = barChartLayout([row('a', 31, 13), row('b', 2, 1)], { width: 320 });
    for (const bar of layout.rows.flatMap((r) => r.bars)) expect(bar.textX + textWidth(bar.text)).toBeLessThanOrEqual(320);
  });

  it('does not shrink the bars for a long text that follows no bar', () => {
    const layout = barChartLayout([row('2016', null, 8), row('2019', 31, 13)], { width: 400 });
    const official2019 = layout.rows[1]!.bars[0]!;
    expect(official2019.textX + textWidth(official2019.text)).toBeGreaterThan(400 - 2 * CHART_METRICS.valueFont);
    expect(layout.rows[0]!.bars[0]!.width).toBe(0);
  });

  it('stacks rows downwards, label above bars, and sizes the drawing to fit them', () => {
    const layout = barChartLayout([row('a', 1, 2), row('b', 3, 4)]);
    const [a, b] = layout.rows;
    expect(a!.labelY).toBeLessThan(a!.bars[0]!.y);
    expect(a!.bars[0]!.y).toBeLessThan(a!.bars[1]!.y);
    expect(a!.bars[1]!.y + CHART_METRICS.barHeight).toBeLessThan(b!.labelY);
    expect(layout.height).toBe(b!.bars[1]!.y + CHART_METRICS.barHeight);
  });

  it('gives an empty drawing for no rows', () => {
    expect(barChartLayout([])).toMatchObject({ height: 0, rows: [] });
  });
});
