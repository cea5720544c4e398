// A small atlas for unit tests of exports and statistics: a 2022 edition on the 1–5 scale and a
// 2025 edition on a Badge / Bronze / Argent / Or scale with special mentions, so that code that
// assumed levels 1–5 fails. Territories cover every tricky case: no code, no position, a name with
// a comma and quotes, a note with a line break, a result whose distinction is unknown.
import { editionSchema, type EditionInput } from '../../src/schemas/edition';
import { territorySchema, type TerritoryInput } from '../../src/schemas/territory';
import { buildAtlas, type Atlas } from '../../src/lib/record/atlas';
import { loadReference } from '../../src/lib/reference/reference-fs';

const levels = [1, 2, 3, 4, 5].map((n) => ({ id: n, label: `Niveau ${n}`, short: String(n) }));
const medals = [
  { id: 'badge', label: 'Badge', description: 'Premier pas : une distinction d’entrée, pas le label lui-même.', entry: true },
  { id: 'bronze', label: 'Bronze' },
  { id: 'argent', label: 'Argent' },
  { id: 'or', label: 'Or' },
];

const territories: Record<string, TerritoryInput> = {
  abbeville: { kind: 'commune', code: '80001' },
  echirolles: { kind: 'commune', code: '38151' },
  lyon: { kind: 'commune', code: '69123' },
  'rennes-metropole': { kind: 'epci', code: '243500139' },
  bretagne: { kind: 'region', code: '53' },
  'syndicat-test': { kind: 'syndicat', name: 'Syndicat « Numérique », Isère', members: ['38151', '38185'] },
  'agence-nationale': { kind: 'autre', name: 'Agence nationale "test"' },
};

const source = 'https://example.org/palmares';

function edition(input: Omit<EditionInput, 'announcedOn' | 'event' | 'place' | 'sources'> & Partial<EditionInput>) {
  const data = editionSchema.parse({
    announcedOn: `${input.year}-12-06`,
    event: 'Open Source Experience',
    place: 'Paris',
    sources: [{ url: source, title: 'Palmarès' }],
    ...input,
  });
  return { id: String(data.year), file: `content/editions/${data.year}.yaml`, data };
}

const edition2022 = {
  year: 2022,
  scheme: 'niveaux-1-5',
  scale: levels,
  labelledCount: 23,
  countsByDistinction: { '5': 3, '1': 0 },
  notes: 'Il manque la plupart des noms.',
  citedTotals: [{ count: 72, quotedOn: '2023-03', quotedBy: 'Article partenaire', source }],
  results: [
    { territory: 'abbeville', distinction: 5, source, confidence: 'high' },
    { territory: 'echirolles', distinction: 5, source, confidence: 'high' },
    { territory: 'lyon', distinction: 4, source, confidence: 'medium' },
    {
      territory: 'syndicat-test',
      distinction: 'inconnue',
      source,
      confidence: 'low',
      note: 'Niveau cité « 3 ou 4 » selon la source,\nnon confirmé : "à vérifier".',
    },
  ],
} satisfies Parameters<typeof edition>[0];

export const fixtureEditions = [
  edition(edition2022),
  edition({
    year: 2025,
    scheme: 'badge-bronze-argent-or',
    scale: medals,
    mentions: [
      { id: 'sobriete-numerique', label: 'Sobriété numérique' },
      { id: 'meilleure-premiere-candidature', label: 'Meilleure première candidature' },
    ],
    labelledCount: 30,
    candidatesCount: 34,
    citedTotals: [{ count: 75, precision: 'plus-de', quotedBy: 'ADULLACT' }],
    results: [
      { territory: 'abbeville', distinction: 'or', mentions: ['sobriete-numerique'], source, confidence: 'high' },
      { territory: 'echirolles', distinction: 'argent', source, confidence: 'high' },
      {
        territory: 'rennes-metropole',
        distinction: 'badge',
        mentions: ['meilleure-premiere-candidature', 'sobriete-numerique'],
        source,
        confidence: 'high',
      },
      { territory: 'bretagne', distinction: 'bronze', source, confidence: 'high' },
      { territory: 'agence-nationale', distinction: 'bronze', source, confidence: 'medium' },
    ],
  }),
];

/** Corrections of the 2022 edition that its results allow (Lyon was at level 5, Bretagne withdrawn), for tests of corrections. */
export const fixtureCorrections2022: EditionInput['corrections'] = [
  {
    territory: 'lyon',
    correctedOn: '2023-02-01',
    from: { distinction: 5 },
    to: { distinction: 4 },
    reason: 'La ville indique le niveau 4 ; le palmarès relayé disait 5.',
    source: 'https://example.org/lyon-niveau-4',
    archive: 'https://web.archive.org/web/20230201000000/https://example.org/lyon-niveau-4',
  },
  {
    territory: 'bretagne',
    correctedOn: '2023-02-01',
    from: { distinction: 3 },
    reason: 'La région n’était pas candidate en 2022 : homonymie dans la source.',
    source: 'https://example.org/bretagne',
  },
];

/** The fixture atlas, built with the real reference data like the site; `corrections` go to its 2022 edition. */
export function fixtureAtlas(corrections: EditionInput['corrections'] = []): Atlas {
  return buildAtlas(
    {
      editions: corrections.length ? [edition({ ...edition2022, corrections }), ...fixtureEditions.slice(1)] : fixtureEditions,
      territories: Object.entries(territories).map(([id, data]) => ({
        id,
        file: `content/territories/${id}.yaml`,
        data: territorySchema.parse(data),
      })),
      testimonials: [],
    },
    loadReference(),
  );
}
