// Schema of one collectivité (content/territories/<slug>.yaml). Names, région, population and
// position are derived from reference data at build time; only what references cannot give is typed.
import { z } from 'zod';
import { urlSchema, zeroPadded } from './common';

/** Kinds of collectivité, in the order used by filters. */
export const TERRITORY_KINDS = ['commune', 'epci', 'departement', 'region', 'syndicat', 'autre'] as const;
export type TerritoryKind = (typeof TERRITORY_KINDS)[number];

/** The kinds that are also areas with their own palmarès page and feed (/regions/<code>/, /departements/<code>/). */
export type AreaKind = Extract<TerritoryKind, 'region' | 'departement'>;

/** Kinds whose official code is listed in the Code officiel géographique, hence required. */
export const COG_KINDS: readonly TerritoryKind[] = ['commune', 'epci', 'departement', 'region'];

const inseeCommune = /^(\d{5}|2[AB]\d{3})$/;
/** The shape of the official code of each kind (INSEE, SIREN, département or région code). */
export const CODE_FORMATS: Record<TerritoryKind, { pattern: RegExp; expected: string }> = {
  commune: { pattern: inseeCommune, expected: 'un code INSEE de commune à 5 caractères (ex. 38151)' },
  epci: { pattern: /^\d{9}$/, expected: 'un SIREN à 9 chiffres (ex. 243500139)' },
  departement: { pattern: /^(\d{2}|2[AB]|97\d)$/, expected: 'un code de département (ex. 22, 2A, 974)' },
  region: { pattern: /^\d{2}$/, expected: 'un code de région à 2 chiffres (ex. 44)' },
  syndicat: { pattern: /^\d{9}$/, expected: 'un SIREN à 9 chiffres' },
  autre: { pattern: /^\d{9}$/, expected: 'un SIREN à 9 chiffres' },
};

/** A code that YAML may read as a number (`code: 38151`): kept as a string. */
const codeSchema = z.union([z.string(), z.number().int()]).transform((value) => String(value).trim());

/** A département code (`38`, `2A`, `974`). */
export const departementCodeSchema = codeSchema.pipe(
  z.string().regex(/^(\d{2}|2[AB]|97\d)$/, { message: 'attendu : un code de département (ex. 05, 2A, 974)' }),
);

/** An INSEE commune code. */
export const communeCodeSchema = codeSchema.pipe(
  z.string().regex(inseeCommune, { message: 'attendu : un code INSEE de commune à 5 caractères (ex. 69259)' }),
);

export const territorySchema = z
  .strictObject({
    /** Kind of collectivité: commune, epci, departement, region, syndicat or autre. */
    kind: z
      .enum(TERRITORY_KINDS, { message: `attendu : ${TERRITORY_KINDS.join(', ')}` })
      .describe('Nature de la collectivité : commune, epci, departement, region, syndicat ou autre.'),
    /** Official code: INSEE (commune), SIREN (EPCI, syndicat, autre), département or région code. */
    code: codeSchema
      .optional()
      .describe(
        'Code officiel : INSEE (commune), SIREN (EPCI, syndicat, autre), code de département ou de région. Entre guillemets pour garder les zéros ("05074").',
      ),
    /** Name shown to readers; derived from the official code when omitted (required without one). */
    name: z.string().min(1).optional().describe('Nom affiché ; déduit du code officiel s’il est omis (obligatoire sans code).'),
    /** Names under which the body appeared in past results (before a merger or renaming). */
    formerNames: z
      .array(z.string().min(1))
      .default([])
      .describe('Noms sous lesquels la collectivité figurait dans d’anciens palmarès (avant une fusion ou un changement de nom).'),
    /** Département code, for bodies without an official code; must agree with the code otherwise. */
    departement: departementCodeSchema
      .optional()
      .describe('Code du département, pour un organisme sans code officiel ; s’il est donné avec un code, il doit concorder.'),
    /** Région code, for bodies acting at régional level without an official code. */
    region: codeSchema
      .pipe(z.string().regex(/^\d{2}$/, { message: 'attendu : un code de région à 2 chiffres' }))
      .optional()
      .describe('Code de la région, pour un organisme d’échelle régionale sans code officiel.'),
    /** INSEE code of the commune where the body has its seat: gives its position on maps. */
    seat: communeCodeSchema.optional().describe('Code INSEE de la commune siège : donne la position sur la carte.'),
    /** INSEE codes of member communes (a syndicat): their centre gives the position. */
    members: z
      .array(communeCodeSchema)
      .default([])
      .describe('Codes INSEE des communes membres (syndicat) : leur centre donne la position.'),
    /** Explicit position, for a body that references cannot place. */
    position: z
      .strictObject({
        lat: z.number().min(-90).max(90).describe('Latitude, en degrés décimaux.'),
        lon: z.number().min(-180).max(180).describe('Longitude, en degrés décimaux.'),
      })
      .optional()
      .describe('Position explicite, pour un organisme que les références ne savent pas placer.'),
    /** Official website. */
    website: urlSchema.optional().describe('Site web officiel.'),
    /** One or two sentences presenting the body, in French (useful for syndicats and others). */
    description: z
      .string()
      .min(1)
      .optional()
      .describe('Une ou deux phrases de présentation, en français (utile pour les syndicats et autres organismes).'),
  })
  .superRefine((territory, ctx) => {
    const format = CODE_FORMATS[territory.kind];
    if (territory.code === undefined) {
      if (COG_KINDS.includes(territory.kind)) {
        ctx.addIssue({
          code: 'custom',
          path: ['code'],
          message: `code officiel obligatoire pour « ${territory.kind} » : attendu ${format.expected}`,
        });
      }
      if (!territory.name) {
        ctx.addIssue({ code: 'custom', path: ['name'], message: 'nom obligatoire quand aucun code officiel ne permet de le retrouver' });
      }
    } else if (!format.pattern.test(territory.code)) {
      const padded = zeroPadded(territory.code, format.pattern);
      ctx.addIssue({
        code: 'custom',
        path: ['code'],
        message: `code « ${territory.code} » invalide : attendu ${format.expected}`,
        input: territory.code,
        ...(padded ? { params: { padded } } : {}),
      });
    }
  });

export type TerritoryInput = z.input<typeof territorySchema>;
export type Territory = z.output<typeof territorySchema>;
