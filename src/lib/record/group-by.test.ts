import { describe, expect, it } from 'vitest';
import { groupBy } from './group-by';

describe('groupBy', () => {
  it('files each item under its key, in input order, keys in order of first appearance', () => {
    const groups = groupBy(['boe:a', 'sitiv:b', 'boe:c'], (s) => s.split(':')[0]);
    expect([...groups]).toEqual([
      ['boe', ['boe:a', 'boe:c']],
      ['sitiv', ['sitiv:b']],
    ]);
  });

  it('is empty for no items', () => {
    expect(groupBy([], String).size).toBe(0);
  });
});
