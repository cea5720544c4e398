import { describe, expect, it } from 'vitest';
import { historyAtlas as atlas } from '../../../tests/support/history-fixture';
import { allEditionChanges, editionChanges } from './changes';

describe('editionChanges', () => {
  const kinds = (year: number) => editionChanges(atlas.editions, year).changes.map((c) => `${c.kind}:${c.slug}`);

  it('finds new, up, same, renewed (unknown level) and absent territories', () => {
    expect(kinds(2022)).toEqual(['new:abbeville', 'new:boe', 'up:echirolles', 'same:lyon', 'absent:albi']);
  });

  it('marks territories seen before the previous edition as returning, and drops as down', () => {
    expect(kinds(2023)).toEqual(['returning:albi', 'down:echirolles', 'renewed:boe', 'absent:abbeville', 'absent:lyon']);
  });

  it('does not compare distinctions across schemes', () => {
    expect(kinds(2025)).toEqual(['returning:abbeville', 'renewed:echirolles', 'absent:albi', 'absent:boe']);
  });

  it('has no previous edition for the first one', () => {
    const first = editionChanges(atlas.editions, 2021);
    expect(first.previous).toBeUndefined();
    expect(first.changes.every((c) => c.kind === 'new')).toBe(true);
  });
});

describe('allEditionChanges', () => {
  it('compares every edition in one pass, with the same answers as one edition at a time', () => {
    const all = allEditionChanges(atlas.editions);
    expect([...all.keys()]).toEqual([2021, 2022, 2023, 2025]);
    expect(all.get(2023)!.changes.map((c) => `${c.kind}:${c.slug}`)).toEqual([
      'returning:albi',
      'down:echirolles',
      'renewed:boe',
      'absent:abbeville',
      'absent:lyon',
    ]);
    expect(all.get(2023)!.previous?.year).toBe(2022);
  });

  it('is computed once per list of editions and shared by every caller', () => {
    expect(editionChanges(atlas.editions, 2022)).toBe(editionChanges(atlas.editions, 2022));
  });

  it('has no changes for a year without edition', () => {
    expect(editionChanges(atlas.editions, 2024)).toEqual({ changes: [] });
  });
});
