// Schema of an editorial page (content/pages/*.mdx frontmatter): about, criteria, legal notice…
import { z } from 'zod';
import { isoDateSchema, textSchema } from './common';

export const pageSchema = z.strictObject({
  /** Page title. */
  title: textSchema.describe('Titre de la page.'),
  /** One sentence used as meta description. */
  description: textSchema.pipe(z.string().max(200)).describe('Une phrase pour la description de la page (200 caractères au plus).'),
  /** Position in the footer menu. */
  order: z.number().int().default(100).describe('Position dans le menu du pied de page.'),
  /** Last substantial update (AAAA-MM-JJ). */
  updatedOn: isoDateSchema.optional().describe('Dernière mise à jour importante (AAAA-MM-JJ).'),
});

export type Page = z.output<typeof pageSchema>;
