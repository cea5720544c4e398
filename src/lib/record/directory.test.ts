import { describe, expect, it } from 'vitest';
import { groupByInitial } from './directory';

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
