// Checks of the Frictionless descriptors of /donnees/, independent of the code that writes them:
// the descriptors against the published profiles (JSON Schema, vendored in
// tests/fixtures/frictionless-profiles/, see its README), and every CSV file against its Table
// Schema, with the rules of the Table Schema specification (v1): header = fields in order, values
// of the declared type, required values present, enum, pattern, minimum/maximum, unique values,
// primary key, foreign keys. Each problem is a French sentence naming the file, line and column.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import { parseCsv } from './parse-csv';

const PROFILES = path.resolve(import.meta.dirname, '../fixtures/frictionless-profiles');

export type Profile = 'data-package' | 'tabular-data-resource' | 'table-schema';

/** The published JSON Schema of a Frictionless profile, as vendored. */
export function profileSchema(profile: Profile): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(PROFILES, `${profile}.json`), 'utf8'));
}

// The profiles declare JSON Schema draft-04, whose meta-schema Ajv 8 does not ship: they are
// compiled without checking them against it (validateSchema: false). They use no keyword whose
// meaning changed after draft-04 (`id`, boolean `exclusiveMinimum`/`exclusiveMaximum`), which
// tests/build/frictionless.test.ts checks, so the result is that of a draft-04 validator.
const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false, validateSchema: false });
const validators = new Map<Profile, ReturnType<typeof ajv.compile>>();

const describeError = (e: ErrorObject) => `${e.instancePath || '/'} ${e.message ?? ''}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`;

/** What a descriptor breaks in a profile's JSON Schema; empty when it is valid. */
export function profileProblems(profile: Profile, descriptor: unknown): string[] {
  let validate = validators.get(profile);
  if (!validate) {
    validate = ajv.compile(profileSchema(profile));
    validators.set(profile, validate);
  }
  return validate(descriptor) ? [] : (validate.errors ?? []).map(describeError);
}

export interface TableSchema {
  fields: Array<{
    name: string;
    type: string;
    format?: string;
    decimalChar?: string;
    constraints?: { required?: boolean; unique?: boolean; enum?: unknown[]; pattern?: string; minimum?: number; maximum?: number };
  }>;
  missingValues?: string[];
  primaryKey?: string | string[];
  foreignKeys?: Array<{ fields: string | string[]; reference: { resource: string; fields: string | string[] } }>;
}

/** A CSV file read with its dialect: its header and rows of text cells. */
export interface CsvTable {
  name: string;
  header: string[];
  rows: string[][];
}

/** Reads a CSV file (BOM, CRLF, double quotes) with the delimiter of its dialect. */
export function readTable(name: string, text: string, delimiter: ',' | ';' = ','): CsvTable {
  const [header = [], ...rows] = parseCsv(text, delimiter);
  return { name, header, rows };
}

const asList = (value: string | string[]) => (Array.isArray(value) ? value : [value]);
const TRUE_VALUES = ['true', 'True', 'TRUE', '1'];
const FALSE_VALUES = ['false', 'False', 'FALSE', '0'];

/** The number a cell stands for, or undefined when it is not one of the type (decimal separator of the field). */
function numberOf(text: string, type: string, decimalChar = '.'): number | undefined {
  if (type === 'integer') return /^-?\d+$/.test(text) ? Number(text) : undefined;
  const escaped = decimalChar.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^-?\\d+(${escaped}\\d+)?$`).test(text) ? Number(text.replace(decimalChar, '.')) : undefined;
}

/** Why a non-empty cell is not a value of its field's type, or undefined when it is. */
function typeProblem(text: string, field: TableSchema['fields'][number]): string | undefined {
  switch (field.type) {
    case 'integer':
      return numberOf(text, 'integer') === undefined ? 'n’est pas un entier' : undefined;
    case 'number':
      return numberOf(text, 'number', field.decimalChar) === undefined
        ? `n’est pas un nombre (séparateur décimal « ${field.decimalChar ?? '.'} »)`
        : undefined;
    case 'boolean':
      return TRUE_VALUES.includes(text) || FALSE_VALUES.includes(text) ? undefined : 'n’est pas un booléen';
    case 'date': {
      const valid = /^\d{4}-\d{2}-\d{2}$/.test(text) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);
      return valid ? undefined : 'n’est pas une date AAAA-MM-JJ';
    }
    case 'string':
      if (field.format === 'uri' && !URL.canParse(text)) return 'n’est pas une adresse (URI)';
      return undefined;
    default:
      return `a un type « ${field.type} » que ce contrôle ne sait pas lire`;
  }
}

/**
 * Every way a CSV table departs from its Table Schema. `others` holds the tables its foreign keys
 * refer to, by resource name.
 */
export function tableProblems(table: CsvTable, schema: TableSchema, others: Record<string, CsvTable> = {}): string[] {
  const problems: string[] = [];
  const names = schema.fields.map((f) => f.name);
  if (table.header.join(',') !== names.join(','))
    return [`${table.name} : en-tête « ${table.header.join(',')} », attendu « ${names.join(',')} » (les champs du schéma, dans l’ordre).`];
  const missing = new Set(schema.missingValues ?? ['']);
  const seen = new Map<string, Map<string, number>>();
  table.rows.forEach((row, index) => {
    const line = index + 2;
    schema.fields.forEach((field, column) => {
      const text = row[column]!;
      const where = `${table.name}, ligne ${line}, colonne ${field.name}`;
      const c = field.constraints ?? {};
      if (missing.has(text)) {
        if (c.required) problems.push(`${where} : valeur obligatoire absente.`);
        return;
      }
      const typeError = typeProblem(text, field);
      if (typeError) {
        problems.push(`${where} : « ${text} » ${typeError}.`);
        return;
      }
      if (c.enum && !c.enum.map(String).includes(text))
        problems.push(`${where} : « ${text} » n’est pas une des valeurs permises (${c.enum.join(', ')}).`);
      if (c.pattern && !new RegExp(`^(?:${c.pattern})$`).test(text))
        problems.push(`${where} : « ${text} » ne suit pas le motif ${c.pattern}.`);
      const number = field.type === 'integer' || field.type === 'number' ? numberOf(text, field.type, field.decimalChar) : undefined;
      if (number !== undefined && c.minimum !== undefined && number < c.minimum)
        problems.push(`${where} : ${text} est inférieur au minimum ${c.minimum}.`);
      if (number !== undefined && c.maximum !== undefined && number > c.maximum)
        problems.push(`${where} : ${text} est supérieur au maximum ${c.maximum}.`);
      if (c.unique) {
        const values = seen.get(field.name) ?? new Map<string, number>();
        const first = values.get(text);
        if (first !== undefined) problems.push(`${where} : « ${text} » figure déjà ligne ${first} (valeurs uniques).`);
        else values.set(text, line);
        seen.set(field.name, values);
      }
    });
  });
  const column = (name: string) => names.indexOf(name);
  const tuple = (row: string[], fields: string[], header: string[]) => JSON.stringify(fields.map((f) => row[header.indexOf(f)]));
  if (schema.primaryKey) {
    const key = asList(schema.primaryKey);
    const lines = new Map<string, number>();
    table.rows.forEach((row, index) => {
      const value = tuple(row, key, names);
      const first = lines.get(value);
      if (key.some((f) => missing.has(row[column(f)]!)))
        problems.push(`${table.name}, ligne ${index + 2} : clé primaire (${key.join(', ')}) incomplète.`);
      else if (first !== undefined) problems.push(`${table.name}, ligne ${index + 2} : clé primaire ${value} déjà vue ligne ${first}.`);
      else lines.set(value, index + 2);
    });
  }
  for (const foreignKey of schema.foreignKeys ?? []) {
    const fields = asList(foreignKey.fields);
    const reference = foreignKey.reference.resource === '' ? table : others[foreignKey.reference.resource];
    if (!reference) {
      problems.push(
        `${table.name} : la clé étrangère (${fields.join(', ')}) renvoie à « ${foreignKey.reference.resource} », table non fournie.`,
      );
      continue;
    }
    const referenced = asList(foreignKey.reference.fields);
    const absent = referenced.filter((f) => !reference.header.includes(f));
    if (absent.length > 0) {
      problems.push(`${table.name} : la clé étrangère renvoie à des colonnes absentes de ${reference.name} : ${absent.join(', ')}.`);
      continue;
    }
    const targets = new Set(reference.rows.map((row) => tuple(row, referenced, reference.header)));
    table.rows.forEach((row, index) => {
      if (fields.every((f) => missing.has(row[column(f)]!))) return;
      const value = tuple(row, fields, names);
      if (!targets.has(value))
        problems.push(
          `${table.name}, ligne ${index + 2} : (${fields.join(', ')}) = ${value} ne correspond à aucune ligne de ${reference.name}.`,
        );
    });
  }
  return problems;
}
