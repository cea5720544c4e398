// A small atlas for the unit tests of the search (facets, coverage): communes, an EPCI, a syndicat
// with member communes, a département and a région, on two scales.
import { editionSchema, type EditionInput } from '../../src/schemas/edition';
import { territorySchema, type TerritoryInput } from '../../src/schemas/territory';
import { buildAtlas } from '../../src/lib/record/atlas';
import { loadReference } from '../../src/lib/reference/reference-fs';

export const reference = loadReference();
const source = 'https://example.org/palmares';
export const labels = {
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
export const atlas = buildAtlas(
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
export const byslug = (slug: string) => atlas.territoryBySlug.get(slug)!;
export const resultsOf = (slug: string) => atlas.resultsByTerritory.get(slug)!;
