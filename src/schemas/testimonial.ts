// Schema of a testimonial (content/testimonials/*.mdx frontmatter): written in our own words,
// with at most a short attributed quote and the link to the source.
import { z } from 'zod';
import { isoDateSchema, nameSchema, slugSchema, sourceSchema, textSchema, yearSchema } from './common';
import { correctedResultSchema } from './edition';

export const testimonialSchema = z.strictObject({
  /** Slug of the territory the testimonial is about. */
  territory: slugSchema.describe('Nom du fichier du territoire concerné, sans .yaml (content/territories/<nom>.yaml).'),
  /** Edition the testimonial relates to: the territory must have a result that year. */
  edition: yearSchema.describe('Édition concernée : le territoire doit y avoir un résultat.'),
  /** Headline, in our own words; the browser tab adds « · Atlas TNL », and a page title stays under 90 characters. */
  title: textSchema
    .pipe(z.string().max(78, { message: 'titre trop long : 78 caractères au plus (l’onglet du navigateur y ajoute « · Atlas TNL »)' }))
    .describe('Titre, dans nos propres mots (78 caractères au plus).'),
  /** One sentence for cards and meta descriptions. */
  summary: textSchema
    .pipe(z.string().max(200))
    .describe('Une phrase pour les cartes et la description de la page (200 caractères au plus).'),
  /** Who speaks: the body or a role, never a private person's name. */
  author: nameSchema.describe('Qui s’exprime : la collectivité ou une fonction, jamais le nom d’une personne privée.'),
  /**
   * The result the testimonial speaks of, as the record gave it when it was written: if a correction
   * changes that result later, the check warns that the text may need rereading.
   */
  result: correctedResultSchema.describe(
    'Le résultat dont parle le témoignage (distinction et mentions), tel qu’il était quand il a été écrit : si une correction le change, la vérification le signale.',
  ),
  /** Publication date of the source (AAAA-MM-JJ), when known. */
  publishedOn: isoDateSchema.optional().describe('Date de publication de la source (AAAA-MM-JJ), si elle est connue.'),
  /** Where the facts come from. */
  source: sourceSchema.describe('D’où viennent les faits.'),
  /** A short verbatim quote, attributed. */
  quote: z
    .strictObject({
      /** The quoted words, verbatim and short. */
      text: textSchema
        .pipe(z.string().max(240, { message: 'une citation doit rester courte (240 caractères au plus)' }))
        .describe('Les mots cités, exacts et courts (240 caractères au plus).'),
      /** Who said it (a role). */
      by: nameSchema.describe('Qui l’a dit (une fonction).'),
    })
    .optional()
    .describe('Courte citation exacte, attribuée.'),
});

export type Testimonial = z.output<typeof testimonialSchema>;
