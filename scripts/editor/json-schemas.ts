// JSON Schema files generated from the zod schemas, for the YAML language server (completion and
// errors while typing in VS Code) and for anyone reusing the data. Published under /schemas/.
import { z } from 'zod';
import { editionSchema } from '../../src/schemas/edition';
import { pageSchema } from '../../src/schemas/page';
import { territorySchema } from '../../src/schemas/territory';
import { testimonialSchema } from '../../src/schemas/testimonial';

/** Where the generated files live (served as /schemas/ by the site). */
export const SCHEMA_DIR = 'public/schemas';

interface SchemaFile {
  /** File name without `.schema.json`. */
  name: string;
  source: string;
  schema: z.ZodType;
  title: string;
  description: string;
}

export const SCHEMA_FILES: readonly SchemaFile[] = [
  {
    name: 'edition',
    source: 'src/schemas/edition.ts',
    schema: editionSchema,
    title: 'Édition du label Territoire Numérique Libre',
    description: 'Un fichier content/editions/<année>.yaml : l’édition, son échelle de distinctions, ses mentions et ses résultats.',
  },
  {
    name: 'territory',
    source: 'src/schemas/territory.ts',
    schema: territorySchema,
    title: 'Collectivité',
    description: 'Un fichier content/territories/<nom>.yaml : une collectivité, identifiée par son code officiel.',
  },
  {
    name: 'testimonial',
    source: 'src/schemas/testimonial.ts',
    schema: testimonialSchema,
    title: 'Témoignage',
    description: 'L’en-tête (frontmatter) d’un fichier content/testimonials/*.mdx.',
  },
  {
    name: 'page',
    source: 'src/schemas/page.ts',
    schema: pageSchema,
    title: 'Page éditoriale',
    description: 'L’en-tête (frontmatter) d’un fichier content/pages/*.mdx.',
  },
];

const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
/** A year, a month or a day (citedTotals.quotedOn), which YAML may also read as a number. */
const PARTIAL_DATE_PATTERN = '^\\d{4}(-(0[1-9]|1[0-2])(-\\d{2})?)?$';

/**
 * The JSON Schema of what an editor writes (zod's input side: before transforms, defaults optional).
 * A date accepted as a YAML date or a string becomes one string with the date format.
 */
export function jsonSchemaOf(file: SchemaFile): Record<string, unknown> {
  const generated = z.toJSONSchema(file.schema, {
    // Draft 7: the dialect every YAML language server version understands.
    target: 'draft-7',
    io: 'input',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      const def = zodSchema._zod.def;
      const options = def.type === 'union' ? (def as z.core.$ZodUnionDef).options.map((o) => o._zod.def.type) : [];
      if (!options.includes('date')) return;
      delete jsonSchema.anyOf;
      if (options.includes('number'))
        Object.assign(jsonSchema, { anyOf: [{ type: 'string', pattern: PARTIAL_DATE_PATTERN }, { type: 'integer' }] });
      else Object.assign(jsonSchema, { type: 'string', format: 'date', pattern: DATE_PATTERN });
    },
  });
  const { $schema, ...rest } = withoutSafeIntegerBounds(generated) as Record<string, unknown>;
  return {
    $schema,
    title: file.title,
    description: file.description,
    $comment: `Généré par « npm run generate:schemas » depuis ${file.source} : ne pas modifier à la main.`,
    ...rest,
  };
}

/** The file's text: stable two-space JSON with a final newline. */
export function jsonSchemaText(file: SchemaFile): string {
  return `${JSON.stringify(jsonSchemaOf(file), null, 2)}\n`;
}

/** zod writes ±2^53 bounds on every integer: noise for editors, removed. */
function withoutSafeIntegerBounds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSafeIntegerBounds);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key, v]) => !((key === 'minimum' || key === 'maximum') && Math.abs(v as number) === Number.MAX_SAFE_INTEGER))
      .map(([key, v]) => [key, withoutSafeIntegerBounds(v)]),
  );
}
