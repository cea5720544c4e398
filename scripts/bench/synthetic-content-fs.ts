// Synthetic content for the benchmarks (scripts/bench/): `count` territories with real official codes
// (so that positions, départements and régions are real), or every commune and EPCI of the
// reference (`count: 'france'`), clearly named as synthetic (« Commune synthétique 00042 »), with
// valid results on each edition's own scale (the last one, 2025, on Badge / Bronze / Argent / Or,
// with mentions) and, on request, testimonials. Deterministic: two runs measure the same data.
// Written to a folder given by the caller, never to content/.
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
const MENTIONS = [
  { id: 'sobriete-synthetique', label: 'Sobriété numérique (synthétique)' },
  { id: 'donnees-synthetiques', label: 'Données ouvertes (synthétique)' },
];

interface SyntheticEdition {
  year: number;
  scheme: string;
  scale: string;
  ids: string[];
  mentions: typeof MENTIONS;
}

/** `count` editions: 2016 onwards on levels 1–5, the last one 2025 on Badge / Bronze / Argent / Or with mentions. */
export function syntheticEditions(count: number): SyntheticEdition[] {
  if (!Number.isInteger(count) || count < 1 || count > 10)
    throw new Error(`Le nombre d’éditions synthétiques doit être un entier de 1 à 10 (reçu : ${count}).`);
  return [
    ...Array.from({ length: count - 1 }, (_, i) => ({
      year: 2016 + i,
      scheme: 'niveaux-1-5',
      scale: LEVELS,
      ids: ['1', '2', '3', '4', '5'],
      mentions: [],
    })),
    { year: 2025, scheme: 'badge-bronze-argent-or', scale: MEDALS, ids: ['badge', 'bronze', 'argent', 'or'], mentions: MENTIONS },
  ];
}

export interface SyntheticOptions {
  /** Chance of a result in each edition (at least one result per territory). */
  share?: number;
  /** Number of editions (default 9, as the map and image benchmarks measure). */
  editions?: number;
  /** One testimonial per this many territories (none by default). */
  testimonialEvery?: number;
}

/**
 * Writes a content folder with `count` synthetic territories (real codes, so positions are real),
 * or every commune and EPCI of the reference for 'france'; each has a result in each edition with
 * probability `share` (at least one result).
 */
export function writeSyntheticContent(
  dir: string,
  count: number | 'france',
  options: SyntheticOptions = {},
): { territories: number; results: number; testimonials: number } {
  const share = options.share ?? 0.25;
  const editions = syntheticEditions(options.editions ?? 9);
  const next = random(42);
  const reference = loadReference();
  const communes = [...reference.communes.values()].filter((c) => c.centre);
  const epcis = [...reference.epcis.values()].filter((e) => e.centre);
  const departements = [...reference.departements.values()];
  const picks: Array<{ kind: string; code: string }> = [];
  if (count === 'france') {
    for (const e of epcis) picks.push({ kind: 'epci', code: e.code });
    for (const c of communes) picks.push({ kind: 'commune', code: c.code });
  } else {
    picks.push(
      ...departements.slice(0, 20).map((d) => ({ kind: 'departement', code: d.code })),
      ...epcis
        .filter((_, i) => i % 12 === 0)
        .slice(0, 80)
        .map((e) => ({ kind: 'epci', code: e.code })),
    );
    const stride = Math.max(1, Math.floor(communes.length / (count - picks.length)));
    for (let i = 0; picks.length < count && i < communes.length; i += stride) picks.push({ kind: 'commune', code: communes[i]!.code });
    if (picks.length < count) throw new Error(`Seulement ${picks.length} codes disponibles pour ${count} territoires synthétiques.`);
  }

  for (const folder of ['editions', 'territories', 'testimonials']) mkdirSync(path.join(dir, folder), { recursive: true });
  cpSync(path.join(root, 'content/pages'), path.join(dir, 'pages'), { recursive: true });
  const results = new Map<number, string[]>(editions.map((e) => [e.year, []]));
  let resultCount = 0;
  let testimonials = 0;
  const width = Math.max(5, String(picks.length).length);
  picks.forEach(({ kind, code }, index) => {
    const number = String(index + 1).padStart(width, '0');
    const slug = `synthetique-${number}`;
    const label = { commune: 'Commune', epci: 'Intercommunalité', departement: 'Département' }[kind];
    writeFileSync(
      path.join(dir, 'territories', `${slug}.yaml`),
      `# Territoire synthétique de scripts/bench/synthetic-content-fs.ts : ne jamais publier.\nkind: ${kind}\ncode: "${code}"\nname: ${label} synthétique ${number}\n`,
    );
    const chosen = editions.filter(() => next() < share);
    for (const edition of chosen.length > 0 ? chosen : [editions[Math.floor(next() * editions.length)]!]) {
      const distinction = next() < 0.1 ? 'inconnue' : edition.ids[Math.floor(next() * edition.ids.length)];
      const mention =
        edition.mentions.length > 0 && next() < 0.2 ? edition.mentions[Math.floor(next() * edition.mentions.length)] : undefined;
      results
        .get(edition.year)!
        .push(
          `  - territory: ${slug}\n    distinction: ${distinction}\n    source: https://example.org/synthetique\n    confidence: low${mention ? `\n    mentions: [${mention.id}]` : ''}`,
        );
      resultCount++;
      if (options.testimonialEvery && index % options.testimonialEvery === 0 && edition === (chosen[0] ?? edition)) {
        writeFileSync(path.join(dir, 'testimonials', `${slug}-${edition.year}.mdx`), testimonial(slug, label!, number, edition.year));
        testimonials++;
      }
    }
  });
  for (const edition of editions) {
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
        ...(edition.mentions.length > 0 ? ['mentions:', ...edition.mentions.map((m) => `  - id: ${m.id}\n    label: ${m.label}`)] : []),
        'sources:',
        '  - url: https://example.org/synthetique',
        'results:',
        ...results.get(edition.year)!,
        '',
      ].join('\n'),
    );
  }
  return { territories: picks.length, results: resultCount, testimonials };
}

function testimonial(slug: string, label: string, number: string, year: number): string {
  return [
    '---',
    `territory: ${slug}`,
    `edition: ${year}`,
    `title: "${label} synthétique ${number} : un témoignage synthétique"`,
    'summary: "Témoignage synthétique des mesures de performance : ne jamais publier."',
    'author: "Collectivité synthétique"',
    'source:',
    '  url: https://example.org/synthetique',
    '  title: "Source synthétique"',
    '---',
    '',
    'Texte synthétique des mesures de performance, de la longueur d’un témoignage réel : la collectivité décrit ses logiciels libres, ses données ouvertes et ce que le label a changé pour elle. '.repeat(
      6,
    ),
    '',
  ].join('\n');
}
