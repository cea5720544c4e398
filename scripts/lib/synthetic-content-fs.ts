// Synthetic content for the benchmarks (scripts/bench/): `count` territories with real official codes
// (so that positions, départements and régions are real), clearly named as synthetic (« Commune
// synthétique 00042 »), with results on nine editions of two scales. Deterministic: two runs
// measure the same data. Written to a folder given by the caller, never to content/.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadReference } from '../../src/lib/reference/reference-fs';

const root = path.resolve(import.meta.dirname, '../..');

/** A small deterministic generator, so that two runs measure the same data. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const LEVELS = [1, 2, 3, 4, 5].map((n) => `  - id: ${n}\n    label: Niveau ${n}\n    short: "${n}"`).join('\n');
const MEDALS = ['badge:Badge', 'bronze:Bronze', 'argent:Argent', 'or:Or']
  .map((s) => `  - id: ${s.split(':')[0]}\n    label: ${s.split(':')[1]}`)
  .join('\n');
const EDITIONS = [
  ...[2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023].map((year) => ({
    year,
    scheme: 'niveaux-1-5',
    scale: LEVELS,
    ids: ['1', '2', '3', '4', '5'],
  })),
  { year: 2025, scheme: 'badge-bronze-argent-or', scale: MEDALS, ids: ['badge', 'bronze', 'argent', 'or'] },
];

/**
 * Writes a content folder with `count` synthetic territories (real codes, so positions are real);
 * each has a result in each edition with probability `share` (at least one result).
 */
export function writeSyntheticContent(
  dir: string,
  count: number,
  options: { share?: number } = {},
): { territories: number; results: number } {
  const share = options.share ?? 0.25;
  const next = random(42);
  const reference = loadReference();
  const communes = [...reference.communes.values()].filter((c) => c.centre);
  const epcis = [...reference.epcis.values()].filter((e) => e.centre);
  const departements = [...reference.departements.values()];
  const picks = [
    ...departements.slice(0, 20).map((d) => ({ kind: 'departement', code: d.code })),
    ...epcis
      .filter((_, i) => i % 12 === 0)
      .slice(0, 80)
      .map((e) => ({ kind: 'epci', code: e.code })),
  ];
  const stride = Math.max(1, Math.floor(communes.length / (count - picks.length)));
  for (let i = 0; picks.length < count && i < communes.length; i += stride) picks.push({ kind: 'commune', code: communes[i]!.code });
  if (picks.length < count) throw new Error(`Seulement ${picks.length} codes disponibles pour ${count} territoires synthétiques.`);

  for (const folder of ['editions', 'territories', 'testimonials']) mkdirSync(path.join(dir, folder), { recursive: true });
  cpSync(path.join(root, 'content/pages'), path.join(dir, 'pages'), { recursive: true });
  const results = new Map<number, string[]>(EDITIONS.map((e) => [e.year, []]));
  let resultCount = 0;
  picks.forEach(({ kind, code }, index) => {
    const slug = `synthetique-${String(index + 1).padStart(5, '0')}`;
    const label = { commune: 'Commune', epci: 'Intercommunalité', departement: 'Département' }[kind];
    writeFileSync(
      path.join(dir, 'territories', `${slug}.yaml`),
      `# Territoire synthétique de scripts/lib/synthetic-content-fs.ts : ne jamais publier.\nkind: ${kind}\ncode: "${code}"\nname: ${label} synthétique ${String(index + 1).padStart(5, '0')}\n`,
    );
    const editions = EDITIONS.filter(() => next() < share);
    for (const edition of editions.length > 0 ? editions : [EDITIONS[Math.floor(next() * EDITIONS.length)]!]) {
      const distinction = next() < 0.1 ? 'inconnue' : edition.ids[Math.floor(next() * edition.ids.length)];
      results
        .get(edition.year)!
        .push(`  - territory: ${slug}\n    distinction: ${distinction}\n    source: https://example.org/synthetique\n    confidence: low`);
      resultCount++;
    }
  });
  for (const edition of EDITIONS) {
    writeFileSync(
      path.join(dir, 'editions', `${edition.year}.yaml`),
      [
        `year: ${edition.year}`,
        `announcedOn: ${edition.year}-12-01`,
        'event: Édition synthétique',
        'place: Nulle part',
        `scheme: ${edition.scheme}`,
        'scale:',
        edition.scale,
        'sources:',
        '  - url: https://example.org/synthetique',
        'results:',
        ...results.get(edition.year)!,
        '',
      ].join('\n'),
    );
  }
  return { territories: picks.length, results: resultCount };
}
