import { describe, expect, it } from 'vitest';
import { pageSegment, splitIntoPages } from './pagination';

describe('splitIntoPages', () => {
  it('keeps the order and puts at most `size` items on each page', () => {
    expect(splitIntoPages(['a', 'b', 'c', 'd', 'e'], 2)).toEqual([
      { number: 1, items: ['a', 'b'] },
      { number: 2, items: ['c', 'd'] },
      { number: 3, items: ['e'] },
    ]);
  });

  it('gives one page to a list that fits, and one empty page to an empty list', () => {
    expect(splitIntoPages(['a', 'b'], 2)).toEqual([{ number: 1, items: ['a', 'b'] }]);
    expect(splitIntoPages([], 2)).toEqual([{ number: 1, items: [] }]);
  });

  it('splits 10,000 items into 25 pages of 400, every item on exactly one page', () => {
    const items = Array.from({ length: 10_000 }, (_, i) => i);
    const pages = splitIntoPages(items, 400);
    expect(pages.length).toBe(25);
    expect(pages.every((p) => p.items.length === 400)).toBe(true);
    expect(pages.flatMap((p) => p.items)).toEqual(items);
  });

  it('refuses a page size that is not a positive integer', () => {
    expect(() => splitIntoPages([1], 0)).toThrow('Taille de page invalide : 0 (attendu un entier positif).');
    expect(() => splitIntoPages([1], 1.5)).toThrow('Taille de page invalide : 1.5 (attendu un entier positif).');
  });
});

describe('pageSegment', () => {
  it('leaves the first page at the list’s own address and numbers the others', () => {
    expect([pageSegment(1), pageSegment(2), pageSegment(12)]).toEqual(['', '2/', '12/']);
  });
});
