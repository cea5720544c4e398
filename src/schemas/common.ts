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

/** An absolute http(s) link. */
export const urlSchema = z.url({ protocol: /^https?$/, message: 'attendu : une adresse web complète (https://…)' });

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
  /** Title or short description of the source. */
  title: z.string().min(1).optional().describe('Titre ou courte description de la source.'),
  /** Site or publisher of the source. */
  publisher: z.string().min(1).optional().describe('Site ou éditeur de la source.'),
});

/** A label year: the label exists since 2016. */
export const yearSchema = z.number().int().min(2016, { message: 'le label existe depuis 2016' }).max(2100);

/** True when an AAAA-MM-JJ string names a day that exists (no 30 February). */
function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
