// A small atlas for unit tests of the record: four editions (2021–2023 on the 1–5 scale, 2025 on
// Badge / Bronze / Argent / Or) with newcomers, returns, rises, drops, an unknown distinction,
// official counts, complete lists (2021, 2022) and partial ones (2023, 2025), so that history,
// palmarès and changes are tested on the same cases.
import { editionSchema, type EditionInput } from '../../src/schemas/edition';
import { territorySchema } from '../../src/schemas/territory';
import { buildAtlas } from '../../src/lib/record/atlas';
import { loadReference } from '../../src/lib/reference/reference-fs';

const levels = [1, 2, 3, 4, 5].map((n) => ({ id: n, label: `Niveau ${n}` }));
const medals = ['badge', 'bronze', 'argent', 'or'].map((id) => ({ id, label: id[0]!.toUpperCase() + id.slice(1) }));
const result = (territory: string, distinction: string | number) => ({
  territory,
  distinction,
  source: 'https://example.org/',
  confidence: 'high' as const,
});

function edition(
  year: number,
  scheme: string,
  scale: EditionInput['scale'],
  results: ReturnType<typeof result>[],
  extra: Partial<EditionInput> = {},
) {
  return {
    id: String(year),
    file: `content/editions/${year}.yaml`,
    data: editionSchema.parse({
      year,
      announcedOn: `${year}-12-01`,
      event: 'E',
      place: 'Paris',
      scheme,
      scale,
      sources: [{ url: 'https://example.org/' }],
      results,
      ...extra,
    }),
  };
}

const territories = [
  ['abbeville', '80001'],
  ['echirolles', '38151'],
  ['lyon', '69123'],
  ['boe', '47031'],
  ['albi', '81004'],
].map(([id, code]) => ({ id: id!, file: `content/territories/${id}.yaml`, data: territorySchema.parse({ kind: 'commune', code }) }));

export const historyAtlas = buildAtlas(
  {
    territories,
    testimonials: [],
    editions: [
      // 2021 and 2022 publish an official count that the known results reach: complete lists, so
      // that an absence from them is known. 2023 and 2025 publish none: partial lists.
      edition(2021, 'niveaux-1-5', levels, [result('echirolles', 4), result('lyon', 3), result('albi', 2)], { labelledCount: 3 }),
      edition(
        2022,
        'niveaux-1-5',
        levels,
        [result('echirolles', 5), result('lyon', 3), result('abbeville', 5), result('boe', 'inconnue')],
        { labelledCount: 4, countsByDistinction: { 5: 2, 4: 1, 1: 0 } },
      ),
      edition(2023, 'niveaux-1-5', levels, [result('echirolles', 4), result('albi', 2), result('boe', 5)]),
      edition(2025, 'badge-bronze-argent-or', medals, [result('echirolles', 'or'), result('abbeville', 'badge')]),
    ],
  },
  loadReference(),
);
