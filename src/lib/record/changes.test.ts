import { describe, expect, it } from 'vitest';
import { historyAtlas as atlas } from '../../../tests/support/history-fixture';
import { editionChanges } from './changes';

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
