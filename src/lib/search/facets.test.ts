import { describe, expect, it } from 'vitest';
import { editionSchema, type EditionInput } from '../../schemas/edition';
import { territorySchema, type TerritoryInput } from '../../schemas/territory';
import { buildAtlas } from '../record/atlas';
import { resolveCoverage } from './coverage';
import { buildCoverageIndex } from './lookup-files';
import { loadReference } from '../reference/reference-fs';
import { editionFilters, filterOptions, territoryFilters, territoryKeywords, territoryMeta } from './facets';

const reference = loadReference();
const source = 'https://example.org/palmares';
const labels = {
  kinds: {
    commune: 'Commune',
    epci: 'Intercommunalité',
    departement: 'Département',
    region: 'Région',
    syndicat: 'Syndicat',
    autre: 'Autre organisme public',
  },
  unknownDistinction: 'Distinction non connue',
};

function edition(input: Pick<EditionInput, 'year' | 'scheme' | 'scale' | 'results'>) {
  const data = editionSchema.parse({
    announcedOn: `${input.year}-12-06`,
    event: 'OSXP',
    place: 'Paris',
    sources: [{ url: source }],
    ...input,
  });
  return { id: String(data.year), file: `${data.year}.yaml`, data };
}
function territory(id: string, input: TerritoryInput) {
  return { id, file: `${id}.yaml`, data: territorySchema.parse(input) };
}

// Two schemes: levels 1–5, then Badge / Bronze / Argent / Or: nothing may assume 1–5.
const atlas = buildAtlas(
  {
    territories: [
      territory('echirolles', { kind: 'commune', code: '38151' }),
      territory('rennes-metropole', { kind: 'epci', code: '243500139' }),
      territory('gironde', { kind: 'departement', code: '33', name: 'Département de la Gironde' }),
      territory('sitiv', { kind: 'syndicat', name: 'SITIV', members: ['69259', '69149'] }),
      territory('saint-martin-d-uriage', { kind: 'commune', code: '38422' }),
    ],
    editions: [
      edition({
        year: 2022,
        scheme: 'niveaux-1-5',
        scale: [1, 2, 3, 4, 5].map((n) => ({ id: n, label: `Niveau ${n}` })),
        results: [
          { territory: 'echirolles', distinction: 5, source, confidence: 'high' },
          { territory: 'sitiv', distinction: 'inconnue', source, confidence: 'low' },
          { territory: 'saint-martin-d-uriage', distinction: 3, source, confidence: 'high' },
        ],
      }),
      edition({
        year: 2025,
        scheme: 'badge-bronze-argent-or',
        scale: ['Badge', 'Bronze', 'Argent', 'Or'].map((label) => ({ id: label.toLowerCase(), label })),
        results: [
          { territory: 'echirolles', distinction: 'argent', source, confidence: 'high' },
          { territory: 'rennes-metropole', distinction: 'or', source, confidence: 'high' },
          { territory: 'gironde', distinction: 'badge', source, confidence: 'high' },
        ],
      }),
    ],
    testimonials: [],
  },
  reference,
);
const byslug = (slug: string) => atlas.territoryBySlug.get(slug)!;
const resultsOf = (slug: string) => atlas.resultsByTerritory.get(slug)!;

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

describe('resolveCoverage', () => {
  const index = buildCoverageIndex(reference, atlas);
  const commune = (code: string) => {
    const c = reference.communes.get(code)!;
    return { code, departement: c.departement, epci: c.epci ? { code: c.epci } : undefined };
  };

  it('lists what covers a commune from the closest to the widest, with each latest distinction', () => {
    const coverage = resolveCoverage(commune('69259'), index);
    expect(coverage.items.map((i) => [i.relation, i.territory.name, i.territory.distinction])).toEqual([['syndicat', 'SITIV', null]]);
    const rennes = resolveCoverage(commune('35238'), index);
    expect(rennes.items.map((i) => [i.relation, i.territory.distinction, i.territory.year])).toEqual([['epci', 'Or', 2025]]);
  });

  it('covers every commune of a labelled département', () => {
    const bordeaux = resolveCoverage(commune('33063'), index);
    expect(bordeaux.items.map((i) => `${i.relation}: ${i.territory.name} (${i.territory.distinction})`)).toEqual([
      'departement: Département de la Gironde (Badge)',
    ]);
  });

  it('answers nothing, with the names of the département and région, for a commune nothing covers', () => {
    expect(resolveCoverage(commune('29019'), index)).toEqual({
      items: [],
      nearby: [],
      departement: { code: '29', name: 'Finistère' },
      region: { code: '53', name: 'Bretagne' },
    });
  });
});
