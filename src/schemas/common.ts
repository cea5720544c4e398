// Shared building blocks of the content schemas: slugs, years, sources, dates.
import { z } from 'zod';

// Messages zod writes itself (sizes, unions…) in French, like our own: editors read them.
z.config(z.locales.fr());

/** What a slug looks like: lowercase letters and digits, in words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A lowercase identifier made of letters, digits and hyphens (file names, scale ids, mentions). */
export const slugSchema = z.string().regex(SLUG_PATTERN, {
  message: 'attendu : minuscules sans accents, chiffres et tirets (ex. « saint-martin-d-uriage »)',
});

/**
 * The code with the leading zeros it lost (`1001` → `01001`: YAML reads `01001` as the number 1001),
 * when that gives the expected shape; undefined otherwise.
 */
export function zeroPadded(value: unknown, pattern: RegExp, maxLength = 9): string | undefined {
  const text = String(value);
  if (!/^\d+$/.test(text)) return undefined;
  for (let length = text.length + 1; length <= maxLength; length++) {
    const padded = text.padStart(length, '0');
    if (pattern.test(padded)) return padded;
  }
  return undefined;
}

/** An identifier that editors may type as a number in YAML (`distinction: 5`): kept as a string. */
export const idSchema = z
  .union([z.string(), z.number().int().nonnegative()])
  .transform((value) => String(value))
  .pipe(slugSchema);

/** A calendar date written `AAAA-MM-JJ` (YAML may already give a Date). Kept as the ISO string. */
export const isoDateSchema = z
  .union([z.string(), z.date()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
  .pipe(
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'attendu : une date AAAA-MM-JJ' })
      .refine((value) => !/^\d{4}-\d{2}-\d{2}$/.test(value) || isRealDate(value), {
        message: 'date inexistante (vérifiez le jour et le mois)',
      }),
  );

/**
 * An absolute http(s) link, never with a user name or password in it (`https://nom:secret@…` would
 * publish them as visible text). `http://` passes the schema; the content check warns about it.
 */
export const urlSchema = z
  .url({ protocol: /^https?$/, message: 'attendu : une adresse web complète (https://…)' })
  .superRefine((value, ctx) => {
    // Runs after the format check even when it failed: an address that does not parse is its issue.
    if (!URL.canParse(value)) return;
    const url = new URL(value);
    if (!url.username && !url.password) return;
    url.username = '';
    url.password = '';
    ctx.addIssue({
      code: 'custom',
      input: value,
      message: 'adresse avec un identifiant ou un mot de passe (« nom:motdepasse@ ») : tout ce qui est écrit ici est publié',
      params: { suggestion: `retirez-les : ${url.href}` },
    });
  });

/**
 * Characters that do not show but change a text: zero-width spaces and joiners, direction marks,
 * soft hyphens, byte-order marks, control characters. Copied from a web page or a PDF with a name,
 * they make two equal-looking names differ (search, duplicates, sorting). The no-break spaces of
 * French typography (U+00A0, U+202F) are visible spacing and stay allowed.
 */
const INVISIBLE = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF]/u;

const INVISIBLE_NAMES: Record<string, string> = {
  '\u00AD': 'trait d’union conditionnel',
  '\u200B': 'espace sans largeur',
  '\u200C': 'antiliant sans chasse',
  '\u200D': 'liant sans chasse',
  '\u200E': 'marque gauche-à-droite',
  '\u200F': 'marque droite-à-gauche',
  '\u2060': 'gluon de mots',
  '\uFEFF': 'indicateur d’ordre des octets',
};

/** « U+200B (espace sans largeur) »: how messages name a character that does not show. */
export function describeCharacter(char: string): string {
  const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const name =
    INVISIBLE_NAMES[char] ?? (/[\u0000-\u001F\u007F-\u009F]/.test(char) ? 'caractère de contrôle' : 'caractère de mise en forme');
  return `${code} (${name})`;
}

/** The first invisible character of a text, with where it is; undefined when there is none. */
export function findInvisible(value: string): { char: string; index: number } | undefined {
  const match = INVISIBLE.exec(value);
  return match ? { char: match[0], index: match.index } : undefined;
}

/** The text without its invisible characters (what a suggestion proposes to write). */
export function withoutInvisible(value: string): string {
  return value.replace(new RegExp(INVISIBLE.source, 'gu'), '');
}

function refuseInvisible(value: string, ctx: z.RefinementCtx) {
  const found = findInvisible(value);
  if (!found) return;
  const before = value.slice(Math.max(0, found.index - 20), found.index);
  ctx.addIssue({
    code: 'custom',
    input: value,
    message: `caractère invisible ${describeCharacter(found.char)} ${before ? `après « ${before} »` : 'au début du texte'} : il ne se voit pas mais fait d’un nom un autre nom (recherche, doublons, tri)`,
    params: { suggestion: `supprimez-le (effacez et retapez le texte) : « ${withoutInvisible(value)} »` },
  });
}

/**
 * A text of the content (a name, a title, a label): not empty, without invisible characters, and
 * normalised to the composed form (NFC), so that « é » typed as e + accent equals « é ».
 */
export const textSchema = z
  .string()
  .min(1)
  .superRefine(refuseInvisible)
  .transform((value) => value.normalize('NFC'));

/** What only digits, spaces and date punctuation make: a date or a number, never a name. */
const DATE_OR_NUMBER = /^[\d\s.,:/+-]+$/;

/**
 * The name of a place, a body or an event: a text that is not a date or a number (`place:
 * "2024-12-04"`, `name: "38"` are a field filled with the wrong column).
 */
export const nameSchema = z
  .string()
  .min(1)
  .superRefine((value, ctx) => {
    refuseInvisible(value, ctx);
    if (DATE_OR_NUMBER.test(value.trim()))
      ctx.addIssue({
        code: 'custom',
        input: value,
        message: `« ${value} » est ${/^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? 'une date' : 'un nombre'}, pas un nom`,
        params: {
          suggestion:
            'écrivez ici un nom en lettres (une ville, une collectivité, un organisme), et la valeur dans le champ qui lui correspond',
        },
      });
  })
  .transform((value) => value.normalize('NFC'));

/** How sure we are of a fact, from the kind of source that states it. */
export const confidenceSchema = z.enum(['high', 'medium', 'low'], {
  message: 'attendu : high (site officiel ou ADULLACT), medium (presse, collectivité) ou low (indirect)',
});
/** `high`, `medium` or `low`: the type of a result's confidence, wherever the code names one. */
export type Confidence = z.output<typeof confidenceSchema>;

/** A public source: where a fact can be checked. */
export const sourceSchema = z.strictObject({
  /** Address of the page or document. */
  url: urlSchema.describe('Adresse de la page ou du document.'),
  /** A lasting copy of the page, in a web archive, in case the page changes or disappears. */
  archive: urlSchema
    .optional()
    .describe(
      'Copie archivée de la page (ex. https://web.archive.org/web/…), au cas où elle change ou disparaît ; « npm run check:sources » en propose une.',
    ),
  /** Title or short description of the source. */
  title: textSchema.optional().describe('Titre ou courte description de la source.'),
  /** Site or publisher of the source. */
  publisher: nameSchema.optional().describe('Site ou éditeur de la source.'),
});

/** A label year: the label exists since 2016. */
export const yearSchema = z.number().int().min(2016, { message: 'le label existe depuis 2016' }).max(2100);

/** True when an AAAA-MM-JJ string names a day that exists (no 30 February). */
function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
