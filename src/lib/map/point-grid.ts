// Groups map points by square cells of the SVG map, so that a map preview of any number of
// territories draws a bounded number of marks (one per non-empty cell) instead of one per territory.
/** A point of the SVG map, in viewBox units. */
export interface SvgPoint {
  x: number;
  y: number;
}

export interface PointGroup extends SvgPoint {
  /** How many points fell in the cell; the group is drawn at their mean position. */
  count: number;
}

/** One group per non-empty `cell` × `cell` square, at the mean of its points (0.1 units), in row order. */
export function groupPointsByCell(points: readonly SvgPoint[], cell: number): PointGroup[] {
  if (!(cell > 0)) throw new Error(`Taille de maille invalide : ${cell} (attendu un nombre positif).`);
  const cells = new Map<string, { x: number; y: number; count: number; row: number; column: number }>();
  for (const { x, y } of points) {
    const row = Math.floor(y / cell);
    const column = Math.floor(x / cell);
    const key = `${row}:${column}`;
    const found = cells.get(key);
    if (found) {
      found.x += x;
      found.y += y;
      found.count++;
    } else cells.set(key, { x, y, count: 1, row, column });
  }
  return [...cells.values()]
    .sort((a, b) => a.row - b.row || a.column - b.column)
    .map(({ x, y, count }) => ({ x: Math.round((x / count) * 10) / 10, y: Math.round((y / count) * 10) / 10, count }));
}

/**
 * The radius of a group's mark: its area grows with its share of the largest group, from `min` (one
 * point) to just under half a cell (the largest), so that neighbouring marks never touch and a map of
 * thousands of territories reads as density rather than as one block of equal discs.
 */
export function groupRadius(count: number, largest: number, cell: number, min: number): number {
  const max = cell * 0.45;
  if (largest <= 1) return Math.round(Math.min(min, max) * 10) / 10;
  const share = Math.sqrt((count - 1) / (largest - 1));
  return Math.round((min + (max - min) * share) * 10) / 10;
}
