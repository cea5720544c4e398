import { describe, expect, it } from 'vitest';
import { fixtureAtlas } from '../../../tests/support/atlas-fixture';
import { editionChanges } from './changes';
import { editionListPages, editionLists } from './edition-lists';

const atlas = fixtureAtlas();
const edition2025 = atlas.editionByYear.get(2025)!;
const changes = editionChanges(atlas.editions, 2025).changes;

describe('editionLists', () => {
  it('lists the palmarès and the changes on the edition’s page while each fits the limit', () => {
    const lists = editionLists(edition2025, changes, 7);
    expect([lists.palmaresInline, lists.changesInline]).toEqual([true, true]);
    expect(lists.palmares.map((g) => [g.slug, g.results.map((r) => r.territory.slug)])).toEqual([
      ['or', ['abbeville']],
      ['argent', ['echirolles']],
      ['bronze', ['agence-nationale', 'bretagne']],
      ['badge', ['rennes-metropole']],
    ]);
    expect(lists.changes.map((g) => [g.slug, g.items.map((c) => c.slug)])).toEqual([
      ['premiers-resultats', ['agence-nationale', 'bretagne', 'rennes-metropole']],
      ['renouvellements', ['abbeville', 'echirolles']],
      ['resultats-connus-avant', ['lyon', 'syndicat-test']],
    ]);
  });

  it('splits a list one row longer than the limit, and only that one', () => {
    const lists = editionLists(edition2025, changes, 4);
    expect([lists.palmaresInline, lists.changesInline]).toEqual([false, false]);
    expect([editionLists(edition2025, changes, 6).palmaresInline, editionLists(edition2025, changes, 6).changesInline]).toEqual([
      true,
      false,
    ]);
  });
});

describe('editionListPages', () => {
  it('has no page when the lists are on the edition’s page', () => {
    expect(editionListPages(edition2025, changes, 10, 1)).toEqual({ palmares: [], changes: [] });
  });

  it('gives each distinction and each kind of change its pages, every result and change on exactly one', () => {
    const pages = editionListPages(edition2025, changes, 4, 1);
    expect(pages.palmares.map(({ group, page }) => `${group.slug} ${page.number}/${page.count} ${page.items[0]!.territory.slug}`)).toEqual([
      'or 1/1 abbeville',
      'argent 1/1 echirolles',
      'bronze 1/2 agence-nationale',
      'bronze 2/2 bretagne',
      'badge 1/1 rennes-metropole',
    ]);
    expect(pages.changes.flatMap(({ page }) => page.items.map((c) => c.slug)).sort()).toEqual(changes.map((c) => c.slug).sort());
  });
});
