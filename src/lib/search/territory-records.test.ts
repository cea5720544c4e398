import { describe, expect, it } from 'vitest';
import { atlas, byslug, labels, reference } from '../../../tests/support/search-fixture';
import { territoryRecordHtml, territoryRecords, type RecordLabels } from './territory-records';

const recordLabels: RecordLabels = {
  ...labels,
  result: (name, year, distinction, mentions) => `${name}, ${year} : ${distinction}${mentions.length ? ` (${mentions.join(', ')})` : ''}`,
};

describe('territoryRecordHtml', () => {
  it('writes the name as a weighted title, the place, each result, and the filters, metadata and keywords of the page', () => {
    expect(territoryRecordHtml(byslug('saint-martin-d-uriage'), atlas, reference, recordLabels)).toBe(
      [
        '<!doctype html><html lang="fr"><body><main data-pagefind-body>',
        '<h1 data-pagefind-weight="10">Saint-Martin-d&#39;Uriage</h1>',
        '<p>Commune · Isère (38) · Auvergne-Rhône-Alpes</p>',
        '<ul><li>Saint-Martin-d&#39;Uriage, 2022 : Niveau 3</li></ul>',
        '<div hidden>',
        '<span data-pagefind-filter="edition:2022"></span>',
        '<span data-pagefind-filter="distinction:Niveau 3"></span>',
        '<span data-pagefind-filter="type:Commune"></span>',
        '<span data-pagefind-filter="region:Auvergne-Rhône-Alpes"></span>',
        '<span data-pagefind-filter="departement:Isère (38)"></span>',
        '<span data-pagefind-meta="kind:Commune"></span>',
        '<span data-pagefind-meta="place:Isère (38) · Auvergne-Rhône-Alpes"></span>',
        '<span data-pagefind-meta="distinction:Niveau 3"></span>',
        '<span data-pagefind-meta="year:2022"></span>',
        '<span data-pagefind-meta="tone:3"></span>',
        '<span data-pagefind-weight="2">saintmartinduriage 38422 38410</span>',
        '</div></main></body></html>',
      ].join(''),
    );
  });
});

describe('territoryRecords', () => {
  it('has one record per territory, at its page address', () => {
    const records = territoryRecords(atlas, reference, recordLabels);
    expect(records.length).toBe(atlas.territories.length);
    expect(records.map((r) => r.url)).toContain('/territoires/saint-martin-d-uriage/');
  });
});
