// The starting file of a new edition: the previous edition's scale and mentions (or a new scale
// given on the command line), the facts the editor supplied, and a comment listing what is left.
import { Document } from 'yaml';
import { z } from 'zod';
import { distinctionSchema, editionSchema, mentionSchema, type Distinction, type Edition, type Mention } from '../../src/schemas/edition';
import { slugify } from '../../src/lib/text';

/** The header that makes VS Code check the file against the generated JSON Schema. */
export const EDITION_HEADER = 'yaml-language-server: $schema=../../public/schemas/edition.schema.json';

export interface ScaffoldInput {
  year: number;
  /** The latest edition before `year`, if any. */
  previous?: Edition;
  /** `--echelle`: "badge:Badge,bronze:Bronze" (id:label, lowest first). */
  scale?: string;
  /** `--mentions`: "sobriete:Sobriété numérique,…"; an empty string means none. */
  mentions?: string;
  scheme?: string;
  announcedOn?: string;
  event?: string;
  place?: string;
  source?: string;
  jury?: string;
}

export interface Scaffold {
  text: string;
  /** Required fields left for the editor to fill in. */
  missing: string[];
  /** Where the scale and mentions came from, for the command's report. */
  scaleFrom: number | 'options';
  mentionsFrom: number | 'options' | 'none';
  scale: Distinction[];
  mentions: Mention[];
}

/** A mistake in the options: said in French, nothing written. */
export class ScaffoldError extends Error {}

const REQUIRED_FACTS = [
  ['announcedOn', 'date d’annonce des résultats, AAAA-MM-JJ (--date)'],
  ['event', 'événement de la remise (--evenement)'],
  ['place', 'lieu (--lieu)'],
  ['sources', 'au moins une source, adresse de la page du palmarès (--source)'],
] as const;

/** Builds the new edition file, or throws ScaffoldError when the options cannot make a valid scale. */
export function scaffoldEdition(input: ScaffoldInput): Scaffold {
  const scale = input.scale !== undefined ? parseList(input.scale, '--echelle', distinctionSchema) : input.previous?.scale;
  if (!scale)
    throw new ScaffoldError(
      `aucune édition avant ${input.year} dont reprendre l’échelle : donnez-la avec --echelle "id:Nom,…" (de la plus basse à la plus haute)`,
    );
  const mentions = input.mentions !== undefined ? parseList(input.mentions, '--mentions', mentionSchema) : (input.previous?.mentions ?? []);
  const scheme = input.scheme ?? (input.scale !== undefined ? scale.map((d) => d.id).join('-') : input.previous!.scheme);
  const facts: Record<string, unknown> = {
    year: input.year,
    announcedOn: input.announcedOn,
    event: input.event,
    place: input.place,
    scheme,
    scale: scale.map((d) => ({ ...d, id: yamlId(d.id) })),
    mentions,
    jury: input.jury
      ? input.jury
          .split(',')
          .map((j) => j.trim())
          .filter(Boolean)
      : undefined,
    sources: input.source ? [{ url: input.source }] : undefined,
    results: [],
  };
  const present = Object.fromEntries(Object.entries(facts).filter(([, value]) => value !== undefined));
  const checked = editionSchema.safeParse({ ...fillers(), ...present });
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new ScaffoldError(`${optionOf(issue.path)} : ${issue.message}`);
  }
  const missing = REQUIRED_FACTS.filter(([key]) => present[key] === undefined);
  const doc = new Document(present);
  // yaml writes each comment line after a bare `#`: the leading space gives `# yaml-language-server: …`.
  doc.commentBefore = [
    EDITION_HEADER,
    ...(missing.length
      ? ['À compléter avant de publier (npm run check:content les signale) :', ...missing.map(([k, what]) => `  ${k} : ${what}`)]
      : []),
  ]
    .map((line) => ` ${line}`)
    .join('\n');
  return {
    text: doc.toString({ lineWidth: 0 }),
    missing: missing.map(([key]) => key),
    scaleFrom: input.scale !== undefined ? 'options' : input.previous!.year,
    mentionsFrom: input.mentions !== undefined ? 'options' : input.previous ? input.previous.year : 'none',
    scale,
    mentions,
  };
}

/**
 * "id:Nom,id:Nom" (or just "Nom", the id then being its slug) checked against the item schema.
 * When the list starts with "id:", a comma only separates items before the next "id:", so that
 * a name may hold one ("promotion:Promotion, communication et sensibilisation aux logiciels libres").
 */
function parseList<S extends z.ZodType>(spec: string, option: string, schema: S): z.output<S>[] {
  const idFirst = /^\s*[a-z0-9]+(?:-[a-z0-9]+)*\s*:/.test(spec);
  const items = spec
    .split(idFirst ? /,(?=\s*[a-z0-9]+(?:-[a-z0-9]+)*\s*:)/ : ',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const colon = part.indexOf(':');
      const id = colon > 0 ? part.slice(0, colon).trim() : slugify(part);
      const label = colon > 0 ? part.slice(colon + 1).trim() : part;
      const parsed = schema.safeParse({ id, label });
      if (!parsed.success) throw new ScaffoldError(`${option} : « ${part} » : ${parsed.error.issues[0]!.message}`);
      return parsed.data as z.output<S> & { id: string };
    });
  const ids = items.map((item) => item.id);
  const twice = ids.find((id, index) => ids.indexOf(id) !== index);
  if (twice) throw new ScaffoldError(`${option} : l’identifiant « ${twice} » apparaît deux fois`);
  if (option === '--echelle' && items.length === 0) throw new ScaffoldError('--echelle : au moins une distinction attendue');
  return items;
}

/** Numeric ids are written as numbers, like the existing files (`distinction: 5`). */
export function yamlId(id: string): string | number {
  return /^[1-9]\d*$/.test(id) ? Number(id) : id;
}

/** Valid stand-ins for the facts left to the editor, so that only the given options are checked. */
function fillers() {
  return { announcedOn: '2000-01-01', event: 'x', place: 'x', sources: [{ url: 'https://example.org/' }] };
}

function optionOf(issuePath: PropertyKey[]): string {
  const options: Record<string, string> = {
    announcedOn: '--date',
    event: '--evenement',
    place: '--lieu',
    sources: '--source',
    scheme: '--bareme',
    jury: '--jury',
    year: 'année',
    scale: '--echelle',
    mentions: '--mentions',
  };
  return options[String(issuePath[0])] ?? String(issuePath.join('.'));
}
