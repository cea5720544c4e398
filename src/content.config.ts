// Registers the content collections: one loader and one schema each (schemas live in src/schemas).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { editionSchema } from './schemas/edition';
import { pageSchema } from './schemas/page';
import { territorySchema } from './schemas/territory';
import { testimonialSchema } from './schemas/testimonial';

export const collections = {
  editions: defineCollection({ loader: glob({ base: './content/editions', pattern: '*.yaml' }), schema: editionSchema }),
  territories: defineCollection({ loader: glob({ base: './content/territories', pattern: '*.yaml' }), schema: territorySchema }),
  testimonials: defineCollection({ loader: glob({ base: './content/testimonials', pattern: '*.mdx' }), schema: testimonialSchema }),
  pages: defineCollection({ loader: glob({ base: './content/pages', pattern: '*.mdx' }), schema: pageSchema }),
};
