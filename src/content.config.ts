// Registers the content collections: one loader and one schema each (schemas live in src/schemas).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDirectory } from './lib/content-dir';
import { editionSchema } from './schemas/edition';
import { pageSchema } from './schemas/page';
import { territorySchema } from './schemas/territory';
import { testimonialSchema } from './schemas/testimonial';

// ./content unless CONTENT_DIR names another folder (fixtures, previews).
const dir = contentDirectory();

export const collections = {
  editions: defineCollection({ loader: glob({ base: `${dir}/editions`, pattern: '*.yaml' }), schema: editionSchema }),
  territories: defineCollection({ loader: glob({ base: `${dir}/territories`, pattern: '*.yaml' }), schema: territorySchema }),
  testimonials: defineCollection({ loader: glob({ base: `${dir}/testimonials`, pattern: '*.mdx' }), schema: testimonialSchema }),
  pages: defineCollection({ loader: glob({ base: `${dir}/pages`, pattern: '*.mdx' }), schema: pageSchema }),
};
