import { describe, expect, it } from 'vitest';
import { groupPointsByCell, groupRadius } from './point-grid';

describe('groupPointsByCell', () => {
  it('draws one group per non-empty cell at the mean of its points, counting them', () => {
    const points = [
      { x: 1, y: 1 },
      { x: 3, y: 2 },
      { x: 15, y: 1 },
      { x: 2, y: 12 },
    ];
    expect(groupPointsByCell(points, 10)).toEqual([
      { x: 2, y: 1.5, count: 2 },
      { x: 15, y: 1, count: 1 },
      { x: 2, y: 12, count: 1 },
    ]);
  });

  it('keeps 10,000 points in at most one group per cell, every point counted once', () => {
    const points = Array.from({ length: 10_000 }, (_, i) => ({ x: (i * 7) % 1000, y: (i * 13) % 1000 }));
    const groups = groupPointsByCell(points, 50);
    expect(groups.length).toBeLessThanOrEqual(400);
    expect(groups.reduce((sum, g) => sum + g.count, 0)).toBe(10_000);
  });

  it('refuses a cell size that is not positive', () => {
    expect(() => groupPointsByCell([], 0)).toThrow('Taille de maille invalide : 0 (attendu un nombre positif).');
  });
});

describe('groupRadius', () => {
  it('draws one point at the smallest size and the largest group just under half a cell, area following the count', () => {
    expect(groupRadius(1, 400, 32, 4)).toBe(4);
    expect(groupRadius(400, 400, 32, 4)).toBe(14.4);
    // A quarter of the largest count: half of the way in radius (area ∝ count).
    expect(groupRadius(100.75, 400, 32, 4)).toBe(9.2);
  });

  it('keeps neighbouring marks apart and a lone group at the smallest size', () => {
    expect(2 * groupRadius(10_000, 10_000, 32, 4)).toBeLessThan(32);
    expect(groupRadius(1, 1, 32, 4)).toBe(4);
  });
});
