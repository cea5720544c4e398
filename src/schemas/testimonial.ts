// Schema of a testimonial (content/testimonials/*.mdx frontmatter): written in our own words,
// with at most a short attributed quote and the link to the source.
import { z } from 'zod';
import { isoDateSchema, slugSchema, sourceSchema, yearSchema } from './common';

export const testimonialSchema = z.strictObject({
  /** Slug of the territory the testimonial is about. */
  territory: slugSchema,
  /** Edition the testimonial relates to: the territory must have a result that year. */
  edition: yearSchema,
  /** Headline, in our own words. */
  title: z.string().min(1).max(120),
  /** One sentence for cards and meta descriptions. */
  summary: z.string().min(1).max(200),
  /** Who speaks: the body or a role, never a private person's name. */
  author: z.string().min(1),
  /** Publication date of the source (AAAA-MM-JJ), when known. */
  publishedOn: isoDateSchema.optional(),
  /** Where the facts come from. */
  source: sourceSchema,
  /** A short verbatim quote, attributed. */
  quote: z
    .strictObject({
      /** The quoted words, verbatim and short. */
      text: z.string().min(1).max(240, { message: 'une citation doit rester courte (240 caractères au plus)' }),
      /** Who said it (a role). */
      by: z.string().min(1),
    })
    .optional(),
});

export type Testimonial = z.output<typeof testimonialSchema>;
