import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { jsonSchemaOf, jsonSchemaText, SCHEMA_DIR, SCHEMA_FILES } from './json-schemas';

const root = path.resolve(import.meta.dirname, '../..');
const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
const validators = new Map(SCHEMA_FILES.map((file) => [file.name, ajv.compile(jsonSchemaOf(file))]));

/** The YAML of a content file (an MDX file's frontmatter), parsed as the YAML language server does (YAML 1.2 core). */
function yamlOf(file: string): unknown {
  const text = readFileSync(path.join(root, file), 'utf8');
  return parse(file.endsWith('.mdx') ? /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)![1]! : text);
}

const contentFiles = (folder: string, ext: string) =>
  readdirSync(path.join(root, 'content', folder))
    .filter((name) => name.endsWith(ext))
    .map((name) => `content/${folder}/${name}`);

describe('generated JSON Schema files', () => {
  it.each(SCHEMA_FILES.map((file) => [file.name, file] as const))('%s.schema.json is up to date with its zod schema', (_name, file) => {
    const committed = readFileSync(path.join(root, SCHEMA_DIR, `${file.name}.schema.json`), 'utf8');
    expect(committed, 'lancez « npm run generate:schemas » et committez public/schemas/').toBe(jsonSchemaText(file));
  });

  it.each([
    ['edition', 'editions', '.yaml'],
    ['territory', 'territories', '.yaml'],
    ['testimonial', 'testimonials', '.mdx'],
    ['page', 'pages', '.mdx'],
  ] as const)('the %s schema accepts every real file of content/%s', (name, folder, ext) => {
    const validate = validators.get(name)!;
    for (const file of contentFiles(folder, ext)) {
      validate(yamlOf(file));
      expect(validate.errors ?? [], file).toEqual([]);
    }
  });

  it('rejects an unknown field and a wrong type, as the editor will while typing', () => {
    const validate = validators.get('edition')!;
    const edition = yamlOf('content/editions/2023.yaml') as Record<string, unknown>;
    expect(validate({ ...edition, anounced: '2023-12-06' })).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({ keyword: 'additionalProperties', params: { additionalProperty: 'anounced' } });
    expect(validate({ ...edition, year: '2023' })).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({ instancePath: '/year', keyword: 'type' });
  });

  it('describes every field, for hover help in the editor', () => {
    const undescribed: string[] = [];
    const walk = (schema: Record<string, unknown>, at: string) => {
      const properties = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
      for (const [key, property] of Object.entries(properties)) {
        if (typeof property.description !== 'string' || property.description.length < 10) undescribed.push(`${at}${key}`);
        walk(property, `${at}${key}.`);
        if (property.items) walk(property.items as Record<string, unknown>, `${at}${key}[].`);
      }
    };
    for (const file of SCHEMA_FILES) walk(jsonSchemaOf(file), `${file.name}:`);
    expect(undescribed).toEqual([]);
  });

  it('is what the YAML files of content/ point to in their first line', () => {
    for (const [folder, name] of [
      ['editions', 'edition'],
      ['territories', 'territory'],
    ] as const) {
      for (const file of contentFiles(folder, '.yaml'))
        expect(readFileSync(path.join(root, file), 'utf8').split('\n')[0], file).toBe(
          `# yaml-language-server: $schema=../../public/schemas/${name}.schema.json`,
        );
    }
  });
});
