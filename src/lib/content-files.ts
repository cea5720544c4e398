// Reads and validates the content/ folder straight from disk, with the same schemas as the
// build: used by the editor commands and the tests (getCollection is not available there).
// Every problem is collected, with the file, the field and the line when it can be found.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';
import type { z } from 'zod';
import { editionSchema, type Edition } from '../schemas/edition';
import { pageSchema } from '../schemas/page';
import { territorySchema, type Territory } from '../schemas/territory';
import { testimonialSchema, type Testimonial } from '../schemas/testimonial';
import { displayPath } from './content-dir';
import { closestMatches } from './text';
import type { ContentSet, Entry, Problem } from './validate';

export interface LoadedContent {
  content: ContentSet;
  problems: Problem[];
}

/**
 * Loads editions, territories, testimonials and pages from `contentDir` (default `<root>/content`;
 * relative paths are taken from `root`). Files are named relative to `root` in problems.
 */
export function loadContentFromDisk(root: string, contentDir = 'content'): LoadedContent {
  const problems: Problem[] = [];
  const read = <S extends z.ZodType>(folder: string, ext: string, schema: S) =>
    listFiles(path.resolve(root, contentDir, folder), ext).flatMap((name): Entry<z.output<S>>[] => {
      const full = path.resolve(root, contentDir, folder, name);
      const file = displayPath(root, full);
      const text = readFileSync(full, 'utf8');
      const parsed = parseEntry(file, ext === '.mdx' ? frontmatterOf(text) : { yaml: text, offset: 0 }, schema);
      problems.push(...parsed.problems);
      return parsed.data === undefined ? [] : [{ id: name.slice(0, -ext.length), file, data: parsed.data }];
    });
  const content: ContentSet = {
    editions: read('editions', '.yaml', editionSchema) as Entry<Edition>[],
    territories: read('territories', '.yaml', territorySchema) as Entry<Territory>[],
    testimonials: read('testimonials', '.mdx', testimonialSchema) as Entry<Testimonial>[],
  };
  read('pages', '.mdx', pageSchema);
  return { content, problems };
}

function listFiles(dir: string, ext: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith(ext))
      .sort();
  } catch {
    return [];
  }
}

/** The YAML frontmatter of an MDX file and the number of lines before it. */
function frontmatterOf(text: string): { yaml: string; offset: number } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return match ? { yaml: match[1]!, offset: 1 } : undefined;
}

/** Parses one YAML document against a schema, turning every error into a located problem. */
export function parseEntry<S extends z.ZodType>(
  file: string,
  source: { yaml: string; offset: number } | undefined,
  schema: S,
): { data?: z.output<S>; problems: Problem[] } {
  if (!source)
    return { problems: [{ file, message: 'en-tête YAML (frontmatter) absent : le fichier doit commencer par une ligne « --- »' }] };
  if (!source.yaml.trim())
    return { problems: [{ file, message: 'fichier vide', suggestion: 'remplissez-le à partir d’un fichier voisin ou supprimez-le' }] };
  const lines = new LineCounter();
  const doc = parseDocument(source.yaml, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((error) => ({
        file,
        field: `ligne ${lines.linePos(error.pos[0]).line + source.offset}`,
        message: `YAML invalide : ${YAML_ERRORS[error.code] ?? error.message.split('\n')[0]}`,
        suggestion: 'vérifiez l’indentation (espaces, pas de tabulations) et les guillemets autour des textes contenant « : »',
      })),
    };
  }
  // reportInput: tells a missing field (input undefined) from a value of the wrong type.
  const result = schema.safeParse(doc.toJS(), { reportInput: true });
  if (result.success) return { data: result.data, problems: [] };
  const located = (issuePath: PropertyKey[]) => {
    const line = lineOf(doc, lines, issuePath);
    return `${formatPath(issuePath)}${line ? ` (ligne ${line + source.offset})` : ''}`;
  };
  return {
    problems: result.error.issues.flatMap((issue): Problem[] => {
      const issuePath = issue.path as PropertyKey[];
      if (issue.code !== 'unrecognized_keys') return [{ file, field: located(issuePath), message: describeIssue(issue) }];
      // One problem per unknown field, located on the field itself, with the fields allowed there.
      const allowed = knownKeys(schema, issuePath);
      return issue.keys.map((key) => {
        const close = closestMatches(key, allowed, 1);
        return {
          file,
          field: located([...issuePath, key]),
          message: `champ inconnu « ${key} »`,
          suggestion: `${close.length ? `vouliez-vous dire « ${close[0]} » ? ` : ''}champs possibles ici : ${allowed.join(', ')}`,
        };
      });
    }),
  };
}

/** The field names an object schema accepts at `issuePath` (through arrays, optionals, defaults and pipes). */
export function knownKeys(schema: z.ZodType, issuePath: PropertyKey[]): string[] {
  let current: z.core.$ZodType | undefined = schema;
  const unwrap = () => {
    for (let def: z.core.$ZodTypeDef | undefined = current?._zod.def; def; def = current?._zod.def) {
      if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') current = (def as z.core.$ZodOptionalDef).innerType;
      else if (def.type === 'pipe') current = (def as z.core.$ZodPipeDef).in;
      else break;
    }
  };
  for (const key of issuePath) {
    unwrap();
    const def: z.core.$ZodTypeDef | undefined = current?._zod.def;
    if (def?.type === 'array' && typeof key === 'number') current = (def as z.core.$ZodArrayDef).element;
    else if (def?.type === 'object' && typeof key === 'string') current = (def as z.core.$ZodObjectDef).shape[key];
    else return [];
  }
  unwrap();
  const def: z.core.$ZodTypeDef | undefined = current?._zod.def;
  return def?.type === 'object' ? Object.keys((def as z.core.$ZodObjectDef).shape) : [];
}

/** The YAML parser's errors that editors meet most, said in French. */
const YAML_ERRORS: Partial<Record<YAMLError['code'], string>> = {
  BLOCK_AS_IMPLICIT_KEY: 'deux-points « : » inattendu dans une valeur ou indentation décalée (mettez le texte entre guillemets)',
  MISSING_CHAR: 'guillemet, crochet ou deux-points manquant',
  DUPLICATE_KEY: 'le même champ apparaît deux fois',
  TAB_AS_INDENT: 'tabulation utilisée pour l’indentation : utilisez des espaces',
  BAD_INDENT: 'indentation incorrecte : les champs d’un même niveau doivent commencer à la même colonne',
  MULTILINE_IMPLICIT_KEY: 'une ligne qui devrait être « champ: valeur » est mal indentée ou coupée',
  UNEXPECTED_TOKEN: 'caractère inattendu (indentation ou tiret « - » mal placé)',
};

/** `results[3].distinction` from a zod path. */
export function formatPath(issuePath: PropertyKey[]): string {
  return (
    issuePath.reduce<string>(
      (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
      '',
    ) || '(racine)'
  );
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_union') && issue.input === undefined)
    return issue.code === 'invalid_type'
      ? `champ obligatoire manquant (attendu : ${typeName(issue.expected)})`
      : 'champ obligatoire manquant';
  if (issue.code === 'invalid_type') {
    const hint = issue.expected === 'number' && typeof issue.input === 'string' ? ' (écrivez le nombre sans guillemets)' : '';
    return `type invalide : attendu ${typeName(issue.expected)}, reçu ${typeName(typeOf(issue.input))} « ${preview(issue.input)} »${hint}`;
  }
  if (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) === 1) return 'ne doit pas être vide';
  if (issue.code === 'too_small' && issue.origin === 'array') return `au moins ${issue.minimum} élément(s) attendu(s)`;
  return issue.message;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'un texte',
  number: 'un nombre',
  int: 'un nombre entier',
  boolean: 'true ou false',
  array: 'une liste',
  object: 'des champs indentés (un objet)',
  date: 'une date',
  null: 'une valeur vide',
};

function typeName(type: string): string {
  return TYPE_NAMES[type] ?? type;
}

function typeOf(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (input instanceof Date) return 'date';
  return typeof input;
}

function preview(input: unknown): string {
  const text = input instanceof Date ? input.toISOString().slice(0, 10) : typeof input === 'object' ? JSON.stringify(input) : String(input);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** The line of the YAML node at `issuePath`, or of its nearest existing parent. */
function lineOf(doc: Document, lines: LineCounter, issuePath: PropertyKey[]): number | undefined {
  let node: unknown = doc.contents;
  let line: number | undefined = rangeLine(node, lines);
  for (const key of issuePath) {
    if (isMap(node)) {
      const pair = node.items.find((item) => (item.key as { value?: unknown })?.value === key);
      if (!pair) break;
      line = rangeLine(pair.key, lines) ?? line;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
      line = rangeLine(node, lines) ?? line;
    } else break;
  }
  return line;
}

function rangeLine(node: unknown, lines: LineCounter): number | undefined {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range ? lines.linePos(range[0]).line : undefined;
}
