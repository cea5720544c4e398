// Groups markers that would overlap on a static map (no zoom to pull them apart): five communes of
// the Grenoble area fall within a few pixels of each other on a map of France.

/** A marker in map units. */
export interface PlacedItem<T> {
  x: number;
  y: number;
  item: T;
}

/** Markers drawn as one: at the mean position of its members, in their input order. */
export interface MarkerGroup<T> {
  x: number;
  y: number;
  items: T[];
}

/**
 * Greedy grouping: each marker, in input order, joins the first group whose first member lies
 * closer than `distance`, or starts a new group. A grid of `distance`-wide cells keeps it linear,
 * so 10,000 markers group in a few milliseconds.
 */
export function groupNearby<T>(points: PlacedItem<T>[], distance: number): MarkerGroup<T>[] {
  const groups: Array<{ seed: PlacedItem<T>; members: PlacedItem<T>[] }> = [];
  const grid = new Map<string, number[]>();
  const cell = (x: number, y: number) => `${Math.floor(x / distance)}:${Math.floor(y / distance)}`;
  for (const point of points) {
    const [cx, cy] = [Math.floor(point.x / distance), Math.floor(point.y / distance)];
    let found: number | undefined;
    for (let dx = -1; dx <= 1 && found === undefined; dx++) {
      for (let dy = -1; dy <= 1 && found === undefined; dy++) {
        found = grid.get(`${cx + dx}:${cy + dy}`)?.find((g) => {
          const { seed } = groups[g]!;
          return Math.hypot(seed.x - point.x, seed.y - point.y) < distance;
        });
      }
    }
    if (found !== undefined) {
      groups[found]!.members.push(point);
      continue;
    }
    const key = cell(point.x, point.y);
    grid.set(key, [...(grid.get(key) ?? []), groups.length]);
    groups.push({ seed: point, members: [point] });
  }
  return groups.map(({ members }) => ({
    x: members.reduce((sum, m) => sum + m.x, 0) / members.length,
    y: members.reduce((sum, m) => sum + m.y, 0) / members.length,
    items: members.map((m) => m.item),
  }));
}
