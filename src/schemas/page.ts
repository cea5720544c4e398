// Schema of an editorial page (content/pages/*.mdx frontmatter): about, criteria, legal notice…
import { z } from 'zod';
import { isoDateSchema } from './common';

export const pageSchema = z.strictObject({
  /** Page title. */
  title: z.string().min(1),
  /** One sentence used as meta description. */
  description: z.string().min(1).max(200),
  /** Position in the footer menu. */
  order: z.number().int().default(100),
  /** Last substantial update (AAAA-MM-JJ). */
  updatedOn: isoDateSchema.optional(),
});

export type Page = z.output<typeof pageSchema>;
