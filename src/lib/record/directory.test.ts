import { describe, expect, it } from 'vitest';
import { directoryPages, groupByInitial } from './directory';

describe('groupByInitial', () => {
  it('groups by first letter with accents folded, letters in order, items kept in order', () => {
    const groups = groupByInitial([{ name: 'Échirolles' }, { name: 'Abbeville' }, { name: 'Angoulême' }, { name: '3 Vallées' }]);
    expect(groups.map((g) => [g.letter, g.items.map((i) => i.name)])).toEqual([
      ['#', ['3 Vallées']],
      ['A', ['Abbeville', 'Angoulême']],
      ['E', ['Échirolles']],
    ]);
  });
});

describe('directoryPages', () => {
  const names = (...list: string[]) => list.map((name) => ({ name }));

  it('cuts the A–Z list into pages, a letter running over two pages, and says where each letter starts', () => {
    const index = directoryPages(names('Brest', 'Angers', 'Arles', 'Avignon', 'Cahors'), 2);
    expect(index.pages.map((p) => [p.number, p.first.name, p.last.name, p.groups.map((g) => `${g.letter}:${g.items.length}`)])).toEqual([
      [1, 'Angers', 'Arles', ['A:2']],
      [2, 'Avignon', 'Brest', ['A:1', 'B:1']],
      [3, 'Cahors', 'Cahors', ['C:1']],
    ]);
    expect(index.letters).toEqual([
      { letter: 'A', page: 1 },
      { letter: 'B', page: 2 },
      { letter: 'C', page: 3 },
    ]);
  });

  it('puts 10,000 names on 20 pages of 500, each name on exactly one page', () => {
    const items = Array.from({ length: 10_000 }, (_, i) => ({ name: `Commune ${String(i).padStart(5, '0')}` }));
    const index = directoryPages(items, 500);
    expect(index.pages.length).toBe(20);
    expect(index.pages.flatMap((p) => p.groups.flatMap((g) => g.items))).toEqual(items);
  });

  it('has no page for an empty directory, and refuses a page size that is not a positive integer', () => {
    expect(directoryPages([], 10)).toEqual({ pages: [], letters: [] });
    expect(() => directoryPages(names('Arles'), 0)).toThrow('Taille de page invalide : 0 (attendu un entier positif).');
  });
});
