// Parses one YAML document (a data file or the frontmatter of an MDX file) against its schema and
// turns every problem into a located message in French. Pure: the text comes in, problems go out.
// The source text is kept at hand so that hints say what the editor actually wrote (quotes, a code
// that lost its leading zero, a slug with capitals), not only what YAML made of it.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type YAMLError } from 'yaml';
import type { z } from 'zod';
import { pluralForm } from '../../i18n/fr';
import { describeCharacter, findInvisible, SLUG_PATTERN, zeroPadded } from '../../schemas/common';
import { closestMatches, slugify } from '../text';
import type { Problem } from './validate';

/** A YAML text and the number of lines before it in its file (the `---` of a frontmatter). */
export interface YamlSource {
  yaml: string;
  offset: number;
}

export interface ParsedEntry<T> {
  /** The data after the schema (defaults, transforms), when the document passes it. */
  data?: T;
  /** What YAML read, before the schema: what Astro's `parseData` expects. */
  raw?: unknown;
  problems: Problem[];
}

/** Parses one YAML document against a schema, turning every error into a located problem. */
export function parseEntry<S extends z.ZodType>(file: string, source: YamlSource | undefined, schema: S): ParsedEntry<z.output<S>> {
  if (!source)
    return { problems: [{ file, message: 'en-tête YAML (frontmatter) absent : le fichier doit commencer par une ligne « --- »' }] };
  if (!source.yaml.trim())
    return { problems: [{ file, message: 'fichier vide', suggestion: 'remplissez-le à partir d’un fichier voisin ou supprimez-le' }] };
  const lines = new LineCounter();
  const doc = parseDocument(source.yaml, { lineCounter: lines, prettyErrors: false });
  const lineAt = (offset: number) => lines.linePos(offset).line + source.offset;
  if (doc.errors.length > 0) return { problems: doc.errors.map((error) => yamlProblem(file, doc, error, lineAt)) };
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // The parser's own limits throw in English, without the file: said here for the editor.
    return { problems: [toJsProblem(file, error)] };
  }
  // reportInput: tells a missing field (input undefined) from a value of the wrong type.
  const result = schema.safeParse(raw, { reportInput: true });
  if (result.success) return { data: result.data, raw, problems: [] };
  const located = (issuePath: PropertyKey[]) => {
    const offset = offsetOf(doc, issuePath);
    return `${formatPath(issuePath)}${offset !== undefined ? ` (ligne ${lineAt(offset)})` : ''}`;
  };
  return {
    raw,
    problems: result.error.issues.flatMap((issue): Problem[] => {
      const issuePath = issue.path as PropertyKey[];
      if (issue.code !== 'unrecognized_keys') {
        const { message, suggestion } = describeIssue(issue, writtenAt(doc, source.yaml, issuePath));
        return [{ file, field: located(issuePath), message, ...(suggestion ? { suggestion } : {}) }];
      }
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

/** `results[3].distinction` from a zod path. */
export function formatPath(issuePath: readonly PropertyKey[]): string {
  return (
    issuePath.reduce<string>(
      (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
      '',
    ) || '(racine)'
  );
}

/**
 * How many times aliases (`*nom`) may be expanded. Content files need none; a few are harmless. A
 * « billion laughs » file (aliases of aliases) would expand to gigabytes: refused before that.
 */
const MAX_ALIAS_COUNT = 100;

/** What the conversion of a parsed document into data threw (an alias bomb…), said for an editor. */
function toJsProblem(file: string, error: unknown): Problem {
  if (error instanceof ReferenceError && /alias/i.test(error.message))
    return {
      file,
      message: `YAML refusé : trop d’alias (« *nom »), le fichier se développerait en un contenu démesuré (plus de ${MAX_ALIAS_COUNT} reprises)`,
      suggestion: 'n’utilisez ni ancres (« &nom ») ni alias (« *nom ») dans le contenu : recopiez les valeurs là où elles servent',
    };
  return {
    file,
    message: `YAML illisible : ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    suggestion: 'vérifiez le fichier (indentation, guillemets) ou repartez d’un fichier voisin',
  };
}

/** The YAML parser's errors that editors meet most, said in French. */
const YAML_ERRORS: Partial<Record<YAMLError['code'], string>> = {
  RESOURCE_EXHAUSTION:
    'structure trop profonde ou trop grande pour être lue (des milliers de niveaux d’imbrication) : ce n’est pas un fichier de contenu',
  BAD_ALIAS: 'alias (« *nom ») qui ne renvoie à aucune ancre (« &nom »)',
  MULTIPLE_DOCS: 'plusieurs documents séparés par « --- » : un fichier de contenu n’en contient qu’un',
  BLOCK_AS_IMPLICIT_KEY: 'deux-points « : » inattendu dans une valeur ou indentation décalée (mettez le texte entre guillemets)',
  MISSING_CHAR: 'guillemet, crochet ou deux-points manquant',
  TAB_AS_INDENT: 'tabulation utilisée pour l’indentation : utilisez des espaces',
  BAD_INDENT: 'indentation incorrecte : les champs d’un même niveau doivent commencer à la même colonne',
  MULTILINE_IMPLICIT_KEY: 'une ligne qui devrait être « champ: valeur » est mal indentée ou coupée',
  UNEXPECTED_TOKEN: 'caractère inattendu (indentation ou tiret « - » mal placé)',
};

function yamlProblem(file: string, doc: Document, error: YAMLError, lineAt: (offset: number) => number): Problem {
  if (error.code === 'DUPLICATE_KEY') {
    const duplicate = findDuplicateKey(doc, error.pos[0]);
    if (duplicate) {
      const { key, path, first } = duplicate;
      return {
        file,
        field: `${formatPath(path)} (ligne ${lineAt(error.pos[0])})`,
        message: `le champ « ${key} » apparaît deux fois (lignes ${lineAt(first)} et ${lineAt(error.pos[0])})`,
        suggestion: `gardez une seule ligne « ${key}: … » et supprimez l’autre`,
      };
    }
  }
  return {
    file,
    field: `ligne ${lineAt(error.pos[0])}`,
    message: `YAML invalide : ${YAML_ERRORS[error.code] ?? error.message.split('\n')[0]}`,
    suggestion: 'vérifiez l’indentation (espaces, pas de tabulations) et les guillemets autour des textes contenant « : »',
  };
}

/** The repeated key that starts at `offset`: its name, its path, and where it first appears. */
function findDuplicateKey(doc: Document, offset: number): { key: string; path: PropertyKey[]; first: number } | undefined {
  let found: { key: string; path: PropertyKey[]; first: number } | undefined;
  visit(doc, {
    Pair(_, pair, ancestors) {
      if (!isScalar(pair.key) || pair.key.range?.[0] !== offset) return undefined;
      const key = String(pair.key.value);
      const parent = ancestors.at(-1);
      const first = isMap(parent) ? parent.items.find((item) => isScalar(item.key) && String(item.key.value) === key)?.key : undefined;
      const path: PropertyKey[] = [];
      ancestors.forEach((node, index) => {
        if (isPair(node) && isScalar(node.key)) path.push(String(node.key.value));
        else if (isSeq(node)) path.push(node.items.indexOf(ancestors[index + 1] as never));
      });
      found = { key, path: [...path, key], first: (isScalar(first) ? first.range?.[0] : undefined) ?? offset };
      return visit.BREAK;
    },
  });
  return found;
}

/** What the editor wrote at a path: the exact source text of the scalar, and whether it was quoted. */
interface Written {
  text: string;
  quoted: boolean;
  /** The field name, or the index of a list item. */
  key: PropertyKey | undefined;
}

function writtenAt(doc: Document, source: string, issuePath: PropertyKey[]): Written | undefined {
  let node: unknown = doc.contents;
  for (const key of issuePath) {
    if (isMap(node)) node = node.items.find((item) => isScalar(item.key) && item.key.value === key)?.value;
    else if (isSeq(node) && typeof key === 'number') node = node.items[key];
    else return undefined;
  }
  if (!isScalar(node) || !node.range) return undefined;
  return {
    text: source.slice(node.range[0], node.range[1]),
    quoted: node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE',
    key: issuePath.at(-1),
  };
}

/** The message (and what to do) for one schema issue, using what was written when it helps. */
export function describeIssue(issue: z.core.$ZodIssue, written?: Written): { message: string; suggestion?: string } {
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_union') && issue.input === undefined)
    return {
      message:
        issue.code === 'invalid_type' ? `champ obligatoire manquant (attendu : ${typeName(issue.expected)})` : 'champ obligatoire manquant',
    };
  if (issue.code === 'invalid_type') {
    // A quoted number is a text for YAML; an unquoted word is simply not a number.
    const hint =
      issue.expected === 'number' && typeof issue.input === 'string' && written?.quoted ? ' (écrivez le nombre sans guillemets)' : '';
    return {
      message: `type invalide : attendu ${typeName(issue.expected)}, reçu ${typeName(typeOf(issue.input))} « ${preview(issue.input)} »${hint}`,
    };
  }
  const padded = paddedCode(issue);
  if (padded) return describeLostZero(issue, padded, written);
  if (
    issue.code === 'invalid_format' &&
    issue.format === 'regex' &&
    issue.pattern === String(SLUG_PATTERN) &&
    typeof issue.input === 'string'
  )
    return describeBadSlug(issue.input, issue.message, written);
  if (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) === 1) return { message: 'ne doit pas être vide' };
  if (issue.code === 'too_small' && issue.origin === 'array') return { message: `au moins ${issue.minimum} élément(s) attendu(s)` };
  // A schema's own rule may carry what to do (credentials in a URL, an invisible character…).
  const suggestion = (issue as { params?: { suggestion?: unknown } }).params?.suggestion;
  return { message: issue.message, ...(typeof suggestion === 'string' ? { suggestion } : {}) };
}

/** The zero-padded code an issue points to: given by the schema, or found from the expected pattern. */
function paddedCode(issue: z.core.$ZodIssue): string | undefined {
  const given = (issue as { params?: { padded?: unknown } }).params?.padded;
  if (typeof given === 'string') return given;
  if (issue.code !== 'invalid_format' || issue.format !== 'regex' || !issue.pattern || issue.pattern === String(SLUG_PATTERN))
    return undefined;
  const literal = /^\/(.*)\/([a-z]*)$/s.exec(issue.pattern);
  return literal ? zeroPadded(issue.input, new RegExp(literal[1]!, literal[2])) : undefined;
}

/** A code without its leading zero: either YAML dropped it (unquoted), or it was never written. */
function describeLostZero(issue: z.core.$ZodIssue, padded: string, written?: Written): { message: string; suggestion: string } {
  const line = (value: string) => (typeof written?.key === 'string' ? `${written.key}: ${value}` : `- ${value}`);
  const value = String(issue.input);
  if (written && !written.quoted && written.text !== value && /^0\d*$/.test(written.text))
    return {
      message: `le code ${written.text}, écrit sans guillemets, est lu comme le nombre ${value} : YAML retire son zéro initial`,
      suggestion: `mettez le code entre guillemets : ${line(`"${padded}"`)}`,
    };
  return {
    message: issue.message,
    suggestion: `vouliez-vous dire « ${padded} » ? écrivez ${line(`"${padded}"`)} (entre guillemets, pour garder le zéro)`,
  };
}

/** An identifier with capitals, accents, spaces or other characters: what is wrong, and its slug. */
function describeBadSlug(value: string, expected: string, written?: Written): { message: string; suggestion?: string } {
  const shown = written?.quoted ? written.text : `« ${written?.text ?? value} »`;
  const faults: string[] = [];
  if (/^\s|\s$/.test(value)) faults.push('espace au début ou à la fin');
  if (value !== value.toLowerCase()) faults.push('majuscules');
  if (/[\u0300-\u036f]/.test(value.normalize('NFD'))) faults.push('accents');
  if (/\S\s+\S/.test(value)) faults.push('espaces entre les mots');
  const others = [...new Set(value.normalize('NFD').replace(/[\p{L}\p{N}\s\u0300-\u036f-]/gu, ''))];
  // A character that does not show is named by its code: « » would tell the editor nothing.
  const shownChar = (c: string) => (findInvisible(c) ? describeCharacter(c) : `« ${c} »`);
  if (others.length) faults.push(`${pluralForm(others.length, 'caractère')} ${others.map(shownChar).join(', ')}`);
  if (/^-|-$|--/.test(value.trim())) faults.push('tirets en trop');
  const slug = slugify(value);
  return {
    message: `identifiant ${shown} invalide${faults.length ? ` (${faults.join(', ')})` : ''} : ${expected}`,
    ...(slug && slug !== value ? { suggestion: `vouliez-vous dire « ${slug} » ?` } : {}),
  };
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

/** The source offset of the YAML node at `issuePath`, or of its nearest existing parent. */
function offsetOf(doc: Document, issuePath: PropertyKey[]): number | undefined {
  let node: unknown = doc.contents;
  let offset: number | undefined = rangeStart(node);
  for (const key of issuePath) {
    if (isMap(node)) {
      const pair = node.items.find((item) => (item.key as { value?: unknown })?.value === key);
      if (!pair) break;
      offset = rangeStart(pair.key) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
      offset = rangeStart(node) ?? offset;
    } else break;
  }
  return offset;
}

function rangeStart(node: unknown): number | undefined {
  return (node as { range?: [number, number, number] } | null)?.range?.[0];
}
