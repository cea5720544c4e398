import { describe, expect, it } from 'vitest';
import { historyAtlas as atlas } from '../../../tests/support/history-fixture';
import { allEditionChanges, editionChanges } from './changes';

describe('editionChanges', () => {
  const kinds = (year: number) => editionChanges(atlas.editions, year).changes.map((c) => `${c.kind}:${c.slug}`);

  it('says « new » and « not renewed » only where every list they rest on is complete (2021 and 2022)', () => {
    expect(kinds(2022)).toEqual(['new:abbeville', 'new:boe', 'up:echirolles', 'same:lyon', 'not-renewed:albi']);
  });

  it('says « returning » after a complete list, and only « previous only » before a partial one (2023)', () => {
    expect(kinds(2023)).toEqual(['returning:albi', 'down:echirolles', 'renewed:boe', 'previous-only:abbeville', 'previous-only:lyon']);
  });

  it('never crosses a partial list: an earlier result and none known before is « unknown previous » (2025)', () => {
    expect(kinds(2025)).toEqual(['unknown-previous:abbeville', 'renewed:echirolles', 'previous-only:albi', 'previous-only:boe']);
  });

  it('says « first known result », not « new », once an earlier list is partial', () => {
    const partialFirst = editionChanges(atlas.editions.slice(2), 2025);
    expect(partialFirst.changes.map((c) => `${c.kind}:${c.slug}`)).toEqual([
      'first-known:abbeville',
      'renewed:echirolles',
      'previous-only:albi',
      'previous-only:boe',
    ]);
  });

  it('does not compare distinctions across schemes', () => {
    expect(editionChanges(atlas.editions, 2025).changes.find((c) => c.slug === 'echirolles')?.kind).toBe('renewed');
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
      'previous-only:abbeville',
      'previous-only:lyon',
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
