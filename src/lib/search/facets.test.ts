import { describe, expect, it } from 'vitest';
import { atlas, byslug, labels, reference, resultsOf } from '../../../tests/support/search-fixture';
import { editionFilters, filterOptions, territoryFilters, territoryKeywords, territoryMeta } from './facets';

describe('territoryFilters', () => {
  it('gives the editions, the latest distinction in its own scale, the kind and the place', () => {
    expect(territoryFilters(byslug('echirolles'), resultsOf('echirolles'), labels)).toEqual({
      edition: ['2022', '2025'],
      distinction: ['Argent'],
      type: ['Commune'],
      region: ['Auvergne-Rhône-Alpes'],
      departement: ['Isère (38)'],
    });
  });

  it('says when the latest distinction is not known', () => {
    expect(territoryFilters(byslug('sitiv'), resultsOf('sitiv'), labels).distinction).toEqual(['Distinction non connue']);
  });

  it('gives an edition page its year', () => {
    expect(editionFilters({ year: 2025 })).toEqual({ edition: ['2025'] });
  });
});

describe('territoryMeta', () => {
  it('describes the result card with the tone of the distinction in its scale', () => {
    expect(territoryMeta(byslug('rennes-metropole'), resultsOf('rennes-metropole'), atlas, labels)).toEqual({
      kind: 'Intercommunalité',
      place: 'Ille-et-Vilaine (35) · Bretagne',
      distinction: 'Or',
      year: '2025',
      tone: '5',
    });
    expect(territoryMeta(byslug('gironde'), resultsOf('gironde'), atlas, labels)).toMatchObject({ distinction: 'Badge', tone: '1' });
  });
});

describe('territoryKeywords', () => {
  it('adds joined spellings, the code and the postal codes, not the words of the name again', () => {
    const words = territoryKeywords(byslug('saint-martin-d-uriage'), reference).split(' ');
    expect(words).toEqual(['saintmartinduriage', '38422', '38410']);
  });

  it('adds the member communes of an EPCI and of a syndicat, with their postal codes', () => {
    const epci = territoryKeywords(byslug('rennes-metropole'), reference).split(' ');
    expect(epci).toEqual(expect.arrayContaining(['cesson', 'sevigne', '35051', '35510', 'rennesmetropole']));
    expect(epci).not.toContain('rennes');
    const syndicat = territoryKeywords(byslug('sitiv'), reference).split(' ');
    expect(syndicat).toEqual(expect.arrayContaining(['venissieux', 'oullins', 'pierre', 'benite', '69200']));
  });
});

describe('filterOptions', () => {
  it('lists distinctions as the newest scales order them, highest first, and only those in use', () => {
    expect(filterOptions(atlas, labels)).toEqual({
      edition: ['2025', '2022'],
      distinction: ['Or', 'Argent', 'Badge', 'Niveau 3', 'Distinction non connue'],
      type: ['Commune', 'Intercommunalité', 'Département', 'Syndicat'],
      region: ['Auvergne-Rhône-Alpes', 'Bretagne', 'Nouvelle-Aquitaine'],
      departement: ['Gironde (33)', 'Ille-et-Vilaine (35)', 'Isère (38)', 'Rhône (69)'],
    });
  });
});
