import { describe, expect, it } from 'vitest';
import { groupNearby } from './static-markers';

describe('groupNearby', () => {
  it('groups markers closer than the distance, at the mean of their positions', () => {
    const groups = groupNearby(
      [
        { x: 100, y: 100, item: 'grenoble' },
        { x: 104, y: 103, item: 'echirolles' },
        { x: 300, y: 100, item: 'lyon' },
      ],
      20,
    );
    expect(groups).toEqual([
      { x: 102, y: 101.5, items: ['grenoble', 'echirolles'] },
      { x: 300, y: 100, items: ['lyon'] },
    ]);
  });

  it('finds a group across a grid cell border', () => {
    expect(
      groupNearby(
        [
          { x: 19, y: 0, item: 1 },
          { x: 21, y: 0, item: 2 },
        ],
        20,
      ),
    ).toHaveLength(1);
  });

  it('keeps markers exactly the distance apart separate', () => {
    expect(
      groupNearby(
        [
          { x: 0, y: 0, item: 1 },
          { x: 20, y: 0, item: 2 },
        ],
        20,
      ),
    ).toHaveLength(2);
  });

  it('puts each of 10,000 markers in exactly one group (its speed is measured by npm run bench:map)', () => {
    const points = Array.from({ length: 10_000 }, (_, i) => ({ x: (i * 7919) % 1000, y: (i * 104729) % 900, item: i }));
    const groups = groupNearby(points, 30);
    expect(groups.reduce((sum, g) => sum + g.items.length, 0)).toBe(10_000);
    expect(new Set(groups.flatMap((g) => g.items)).size).toBe(10_000);
  });
});
