// Registers the content collections: one loader and one schema each (schemas live in src/schemas).
// The loader reads files exactly as `npm run check:content` does (src/lib/content/loader-fs.ts).
import { defineCollection } from 'astro:content';
import { contentLoader } from './lib/content/loader-fs';
import { editionSchema } from './schemas/edition';
import { pageSchema } from './schemas/page';
import { territorySchema } from './schemas/territory';
import { testimonialSchema } from './schemas/testimonial';

export const collections = {
  editions: defineCollection({ loader: contentLoader('editions'), schema: editionSchema }),
  territories: defineCollection({ loader: contentLoader('territories'), schema: territorySchema }),
  testimonials: defineCollection({ loader: contentLoader('testimonials'), schema: testimonialSchema }),
  pages: defineCollection({ loader: contentLoader('pages'), schema: pageSchema }),
};
