// /donnees/datapackage.json: the downloads described as a Frictionless Data Package (v1,
// https://specs.frictionlessdata.io/), so that frictionless, R's frictionless, CKAN or a notebook
// read every CSV with its types, constraints and keys instead of guessing them. Written from the
// same field lists as the files and the data dictionary (open-data.ts), never by hand.
import { createHash } from 'node:crypto';
import { fr } from '../../i18n/fr';
import { RFC_4180, type CsvDialect } from './csv';
import { DATA_LICENCE, SPREADSHEET_SUFFIX, byteSize, type FieldSpec, type OpenDataFile, type OpenDataUrls } from './open-data';
import type { FieldType } from './field-names';

/** Table Schema types of our field types; lists are texts whose values are separated by « | ». */
const TABLE_TYPES: Record<FieldType, { type: string; format?: string }> = {
  integer: { type: 'integer' },
  number: { type: 'number' },
  text: { type: 'string' },
  id: { type: 'string' },
  date: { type: 'date' },
  url: { type: 'string', format: 'uri' },
  boolean: { type: 'boolean' },
  list: { type: 'string' },
  object: { type: 'object' },
};

/**
 * A JavaScript regular expression as a Table Schema `pattern`: XML Schema syntax, which matches
 * the whole value without anchors and has no non-capturing groups. Throws on a pattern that is not
 * anchored at both ends or uses what XML Schema cannot say (a programming error).
 */
export function tableSchemaPattern(pattern: RegExp): string {
  const source = pattern.source;
  const body = source.slice(1, -1).replace(/\(\?:/g, '(');
  if (pattern.flags !== '' || !source.startsWith('^') || !source.endsWith('$') || /\(\?|\\[bB]|(^|[^\\[])[\^$]/.test(body))
    throw new Error(`Pattern ${pattern} has no XML Schema equivalent: anchor it at both ends, without flags, assertions or inner anchors.`);
  return body;
}

export interface TableSchemaField {
  name: string;
  type: string;
  format?: string;
  decimalChar?: string;
  description: string;
  /** A value of the field as written in the file (Validata and schema.data.gouv.fr ask for one). */
  example?: string;
  constraints?: {
    required?: boolean;
    unique?: boolean;
    enum?: string[];
    pattern?: string;
    minimum?: number;
    maximum?: number;
  };
}

/** One column as a Table Schema field, with its description from the data dictionary. */
export function tableSchemaField(field: FieldSpec, dialect: CsvDialect = RFC_4180, unique = false, example?: string): TableSchemaField {
  const { type, format } = TABLE_TYPES[field.type];
  const c = field.constraints ?? {};
  const constraints = {
    ...(!field.optional && { required: true }),
    ...(unique && { unique: true }),
    ...(c.enum && { enum: [...c.enum] }),
    ...(c.pattern && { pattern: tableSchemaPattern(c.pattern) }),
    ...(c.minimum !== undefined && { minimum: c.minimum }),
    ...(c.maximum !== undefined && { maximum: c.maximum }),
  };
  return {
    name: field.path,
    type,
    ...(format && { format }),
    ...(type === 'number' && dialect.decimalChar !== '.' && { decimalChar: dialect.decimalChar }),
    description: fr.openData.fields[field.name],
    ...(example !== undefined && { example }),
    ...(Object.keys(constraints).length > 0 && { constraints }),
  };
}

/**
 * The Table Schema of a CSV file: its columns in order, empty cells as missing values, its keys.
 * Every file of a table in a dialect shares it: resultats.csv and each edition's resultats.csv.
 */
export function tableSchema(file: OpenDataFile) {
  const dialect = file.dialect ?? RFC_4180;
  const unique = new Set(file.keys?.unique ?? []);
  const foreignKeys = (file.keys?.foreignKeys ?? []).map((key) => ({
    fields: key.fields,
    reference: { resource: key.table, fields: key.reference },
  }));
  return {
    fields: file.fields.map((field) => tableSchemaField(field, dialect, unique.has(field.path), file.examples?.[field.path])),
    missingValues: [''],
    ...(file.keys && { primaryKey: file.keys.primaryKey }),
    ...(foreignKeys.length > 0 && { foreignKeys }),
  };
}

/** Where the Table Schema of a CSV file is published under /donnees/: `schemas/resultats-tableur.schema.json`. */
export function tableSchemaPath(file: OpenDataFile): string {
  const table = file.id.replace(/\.csv$/, '');
  return `schemas/${table}${file.dialect && file.dialect !== RFC_4180 ? SPREADSHEET_SUFFIX : ''}.schema.json`;
}

/** A published JSON file: its path under /donnees/ and its content. */
export interface JsonFile {
  path: string;
  body: string;
}

const jsonText = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** What the package and each Table Schema say of themselves besides their content: version, dates, who publishes them. */
export interface PackageMetadata {
  /** MAJOR.MINOR.PATCH (changelog.ts: datasetVersion). */
  version: string;
  /** AAAA-MM-JJ: the first publication of the files. */
  created: string;
  /** AAAA-MM-JJ: the newest change the changelog lists. */
  modified: string;
  /** Who publishes the site and its data (site settings), when known. */
  publisher?: string;
  /** How to reach them: `mailto:…` or a web address. */
  contact?: string;
}

const dateTime = (day: string) => `${day}T00:00:00Z`;

/** The package's contributors: the atlas as author, the publisher of this deployment when known. */
function contributors(urls: OpenDataUrls, metadata?: PackageMetadata) {
  return [
    { title: fr.siteName, path: urls.home, role: 'author' },
    ...(metadata?.publisher
      ? [
          {
            title: metadata.publisher,
            role: 'publisher',
            ...(metadata.contact?.startsWith('mailto:') ? { email: metadata.contact.slice('mailto:'.length) } : {}),
            ...(metadata.contact && !metadata.contact.startsWith('mailto:') ? { path: metadata.contact } : {}),
          },
        ]
      : []),
  ];
}

/**
 * The metadata schema.data.gouv.fr and Validata read at the top of a Table Schema: name, title,
 * description, version, dates, homepage, its own address, licence, contributors.
 */
function tableSchemaMetadata(file: OpenDataFile, path: string, urls: OpenDataUrls, metadata: PackageMetadata) {
  const twin = file.dialect && file.dialect !== RFC_4180;
  return {
    $schema: 'https://frictionlessdata.io/schemas/table-schema.json',
    name: `${file.id.replace(/\.csv$/, '')}${twin ? SPREADSHEET_SUFFIX : ''}`,
    title: `${fr.openData.tableTitles[file.id] ?? file.id}${twin ? ' (version pour tableur)' : ''}`,
    description: fileDescription({ ...file, year: undefined }),
    countryCode: 'FR',
    homepage: urls.dataPage,
    path: urls.file(path),
    version: metadata.version,
    created: metadata.created,
    lastModified: metadata.modified,
    licenses: [{ name: DATA_LICENCE.spdx, path: DATA_LICENCE.url, title: DATA_LICENCE.name }],
    contributors: contributors(urls, metadata),
  };
}

/** The Table Schema files of the CSV files, once each, in the order of the files; with `metadata`, each describes itself too. */
export function tableSchemaFiles(files: OpenDataFile[], urls?: OpenDataUrls, metadata?: PackageMetadata): JsonFile[] {
  const byPath = new Map<string, JsonFile>();
  for (const file of files.filter((f) => f.format === 'csv')) {
    const path = tableSchemaPath(file);
    if (byPath.has(path)) continue;
    const head = urls && metadata ? tableSchemaMetadata(file, path, urls, metadata) : {};
    byPath.set(path, { path, body: jsonText({ ...head, ...tableSchema(file) }) });
  }
  return [...byPath.values()];
}

/** What a file is, in words: its dictionary entry, its dialect, the edition it is limited to. */
export function fileDescription(file: OpenDataFile): string {
  const parts = [fr.openData.files[file.id]];
  if (file.year !== undefined) parts.push(fr.openData.editionOnly(file.year, file.knownOf));
  if (file.dialect && file.dialect !== RFC_4180) parts.push(fr.openData.spreadsheetTwin);
  return parts.join(' ');
}

function resource(file: OpenDataFile) {
  const common = {
    name: file.resource,
    path: file.path,
    description: fileDescription(file),
    format: file.format,
    mediatype: file.mediaType.replace(/;.*$/, ''),
    encoding: 'utf-8',
    bytes: byteSize(file),
    hash: `sha256:${createHash('sha256').update(file.body, 'utf8').digest('hex')}`,
  };
  if (file.format !== 'csv') return { profile: 'data-resource', ...common };
  const dialect = file.dialect ?? RFC_4180;
  return {
    profile: 'tabular-data-resource',
    ...common,
    dialect: { delimiter: dialect.delimiter, lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
    schema: tableSchemaPath(file),
  };
}

/** The package's title and description, shared with the page and its schema.org markup. */
export interface DatasetText {
  title: string;
  description: string;
}

/** A file the package describes without a Table Schema: a workbook, the collectivités' files. */
export interface OtherResource {
  name: string;
  path: string;
  description: string;
  format: string;
  mediaType: string;
  body: string | Uint8Array;
}

function otherResource(file: OtherResource) {
  const bytes = typeof file.body === 'string' ? new TextEncoder().encode(file.body) : file.body;
  return {
    profile: 'data-resource',
    name: file.name,
    path: file.path,
    description: file.description,
    format: file.format,
    mediatype: file.mediaType.replace(/;.*$/, ''),
    ...(typeof file.body === 'string' && { encoding: 'utf-8' }),
    bytes: bytes.length,
    hash: `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
  };
}

/**
 * Whether a file is for programs and so in datapackage.json. The spreadsheet twins are not: their
 * byte order mark, which Excel needs, is read by the Frictionless libraries as part of the first
 * column's name, so that no reader of the package could read them as the tables they are. They
 * are listed on /donnees/ and in the DCAT catalogue.
 */
export const inDataPackage = (file: Pick<OpenDataFile, 'dialect'>) => !file.dialect?.bom;

export interface DataPackageOptions {
  /** Version, dates and publisher. */
  metadata?: PackageMetadata;
  /** Files without a Table Schema, after the others. */
  others?: OtherResource[];
}

/**
 * datapackage.json for the files of /donnees/ meant for programs (every file but itself, the
 * Table Schemas and the spreadsheet twins), in their order, then `others`; each CSV resource names
 * its Table Schema file, relative to the package.
 */
export function dataPackage(files: OpenDataFile[], urls: OpenDataUrls, text: DatasetText, options: DataPackageOptions = {}): string {
  const { metadata, others = [] } = options;
  return jsonText({
    profile: 'data-package',
    name: 'label-territoire-numerique-libre',
    id: urls.file('datapackage.json'),
    title: text.title,
    description: text.description,
    homepage: urls.dataPage,
    ...(metadata && { version: metadata.version, created: dateTime(metadata.created), modified: dateTime(metadata.modified) }),
    keywords: [...fr.openData.keywords],
    licenses: [{ name: DATA_LICENCE.spdx, path: DATA_LICENCE.url, title: DATA_LICENCE.name }],
    contributors: contributors(urls, metadata),
    sources: [{ title: fr.openData.labelSite.title, path: fr.openData.labelSite.url }, { title: fr.footer.geoAttribution }],
    resources: [...files.filter(inDataPackage).map(resource), ...others.map(otherResource)],
  });
}
