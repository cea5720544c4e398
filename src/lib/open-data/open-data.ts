// The open-data downloads of /donnees/: results, editions and territories as CSV (each in the
// RFC 4180 dialect and in the French spreadsheet one), results and territories as JSON, placed
// territories as GeoJSON, and the results of each edition on their own. Pure serialisers of the
// atlas; each field of a file is declared once, with its constraints and the value it takes (a CSV
// column, a JSON key), and tables declare their keys, so that the data dictionary on /donnees/ and
// datapackage.json are written from the same lists as the files. Output is deterministic (no
// dates, fixed key order, rows sorted by year then slug) so that two builds of the same content
// give byte-identical files.
import { SLUG_PATTERN, confidenceSchema } from '../../schemas/common';
import type { Distinction } from '../../schemas/edition';
import { CODE_FORMATS, TERRITORY_KINDS } from '../../schemas/territory';
import type { Atlas, AtlasEdition, AtlasResult } from '../record/atlas';
import { FRENCH_SPREADSHEET, RFC_4180, cellText, toCsv, type CsvCell, type CsvDialect } from './csv';
import { POSITION_SOURCES, isApproximatePosition, type ResolvedTerritory } from '../content/territories';
import { paths, withBase } from '../urls';
import { frKnown } from '../../i18n/fr';
import type { FieldName, FieldType, OpenDataFileId } from './field-names';

import { LIST_STATUSES } from '../record/knowledge';

/** What every value of a field obeys, besides its type: the dictionary states it, datapackage.json declares it. */
export interface FieldConstraints {
  /** The only values allowed, in a meaningful order. */
  enum?: readonly string[];
  /** The shape of every value, matched against the whole value. */
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
}

export interface FieldSpec {
  /** Column name (CSV) or path of the key (JSON: `editions[].annee`). */
  path: string;
  /** Glossary entry describing the field. */
  name: FieldName;
  type: FieldType;
  /** The value may be empty (CSV) or null/absent (JSON). */
  optional?: boolean;
  constraints?: FieldConstraints;
}

/** Keys of a CSV table, as Table Schema declares them (datapackage.json). */
export interface TableKeys {
  /** Columns whose values together identify a row. */
  primaryKey: string[];
  /** Columns whose values are those of rows of another table (the RFC 4180 file of that table). */
  foreignKeys: Array<{ fields: string[]; table: 'editions' | 'territoires'; reference: string[] }>;
  /** Columns whose non-empty values are all different. */
  unique?: string[];
}

export interface OpenDataFile {
  /** What the file holds (description, dictionary). */
  id: OpenDataFileId;
  /** Path under /donnees/: `resultats.csv`, `editions/2025/resultats-tableur.csv`. Stable: reusers link to it. */
  path: string;
  /** Name of the file's resource in datapackage.json: `resultats`, `resultats-2025-tableur`. */
  resource: string;
  format: 'csv' | 'json' | 'geojson';
  mediaType: string;
  /** CSV files: how cells are separated and numbers written. */
  dialect?: CsvDialect;
  /** The edition the file is limited to; none for the whole record. */
  year?: number;
  /** For an edition's files: what the atlas knows of that edition (« 8 connues sur 36 distinguées »), said with the file. */
  knownOf?: string;
  fields: FieldSpec[];
  /** CSV files: primary and foreign keys. */
  keys?: TableKeys;
  /** CSV files: a value of each column that has one, as written in the file (its first non-empty value), for the Table Schema. */
  examples?: Record<string, string>;
  /** The file's content. */
  body: string;
}

/** Absolute addresses written into the files. */
export interface OpenDataUrls {
  /** The home page of the site. */
  home: string;
  /** Page of a territory on the site. */
  territory: (slug: string) => string;
  /** The /donnees/ page. */
  dataPage: string;
  /** A file under /donnees/, by its path there (`resultats.csv`). */
  file: (path: string) => string;
  /** Any page of the site, by its path without the base (`/statistiques/`). */
  page: (path: string) => string;
}

/** The absolute addresses for a site URL and base path (relative ones when no site is configured). */
export function openDataUrls(site: URL | undefined, base: string): OpenDataUrls {
  const absolute = (path: string) => (site ? new URL(withBase(path, base), site).href : withBase(path, base));
  return {
    home: absolute(paths.home()),
    territory: (slug) => absolute(paths.territory(slug)),
    dataPage: absolute(paths.data()),
    file: (path) => absolute(paths.dataFile(path)),
    page: absolute,
  };
}

/** Separator inside a CSV cell holding several values (mentions, jury, sources). */
export const LIST_SEPARATOR = ' | ';

export const DATA_LICENCE = {
  name: 'Licence Ouverte / Open Licence 2.0 (Etalab)',
  url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
  /** Its SPDX identifier. */
  spdx: 'etalab-2.0',
};

/** The suffix of the French spreadsheet twin of a CSV file: `resultats.csv` → `resultats-tableur.csv`. */
export const SPREADSHEET_SUFFIX = '-tableur';

/** The path of a CSV file in a dialect: the RFC 4180 file keeps its name, its twin takes `-tableur`. */
export function csvPath(path: string, dialect: CsvDialect): string {
  return dialect === RFC_4180 ? path : path.replace(/\.csv$/, `${SPREADSHEET_SUFFIX}.csv`);
}

/** Where the files of one edition live under /donnees/ (`<année>` for the pattern). */
export function editionFolder(year: number | string): string {
  return `editions/${year}/`;
}

// ——— shared helpers ———

const bySlug = (a: { slug: string }, b: { slug: string }) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
const byTerritorySlug = (a: AtlasResult, b: AtlasResult) => bySlug(a.territory, b.territory);

/** Editions oldest first (only `year` when given), each with its results sorted by territory slug. */
function sortedEditions(atlas: Atlas, year?: number): Array<{ edition: AtlasEdition; results: AtlasResult[] }> {
  return [...atlas.editions]
    .filter((edition) => year === undefined || edition.year === year)
    .sort((a, b) => a.year - b.year)
    .map((edition) => ({ edition, results: [...edition.results].sort(byTerritorySlug) }));
}

/** 1-based rank of a result's distinction in its edition's scale (1 = lowest), null when unknown. */
function rankOf(result: Pick<AtlasResult, 'rank'>): number | null {
  return result.rank === null ? null : result.rank + 1;
}

/**
 * The INSEE code of a commune, and the SIREN of every body that has one: a commune's own (from the
 * reference), the code of the other bodies; départements and régions have their own columns.
 */
function officialCodes(t: ResolvedTerritory): { insee?: string; siren?: string } {
  return { ...(t.kind === 'commune' && { insee: t.code }), ...(t.siren && { siren: t.siren }) };
}

const list = (values: readonly string[]) => values.join(LIST_SEPARATOR);
const round5 = (value: number) => Math.round(value * 1e5) / 1e5;

/** A JSON document, two-space indented, ending with a newline. */
function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

interface CsvColumn<T> extends FieldSpec {
  value: (row: T) => CsvCell;
}

const fieldsOf = <T>(columns: CsvColumn<T>[]): FieldSpec[] =>
  columns.map(({ path, name, type, optional, constraints }) => ({
    path,
    name,
    type,
    ...(optional && { optional }),
    ...(constraints && { constraints }),
  }));

interface CsvTable<T> {
  id: OpenDataFileId;
  path: string;
  resource: string;
  year?: number;
  knownOf?: string;
  columns: CsvColumn<T>[];
  keys: TableKeys;
  rows: T[];
}

/** The first non-empty value of each column, as written in the dialect. */
function firstValues<T>(columns: CsvColumn<T>[], rows: T[], dialect: CsvDialect): Record<string, string> {
  const examples: Record<string, string> = {};
  for (const column of columns)
    for (const row of rows) {
      const text = cellText(column.value(row), dialect);
      if (text === '') continue;
      examples[column.path] = text;
      break;
    }
  return examples;
}

function csvFile<T>({ id, path, resource, year, knownOf, columns, keys, rows }: CsvTable<T>, dialect: CsvDialect): OpenDataFile {
  return {
    id,
    path: csvPath(path, dialect),
    resource: dialect === RFC_4180 ? resource : `${resource}${SPREADSHEET_SUFFIX}`,
    format: 'csv',
    mediaType: 'text/csv; charset=utf-8',
    dialect,
    ...(year !== undefined && { year }),
    ...(knownOf !== undefined && { knownOf }),
    fields: fieldsOf(columns),
    keys,
    examples: firstValues(columns, rows, dialect),
    body: toCsv(
      columns.map((c) => c.path),
      rows.map((row) => columns.map((c) => c.value(row))),
      { dialect },
    ),
  };
}

// ——— constraints shared by several files ———

const slug = { pattern: SLUG_PATTERN };
const codePattern = (kind: keyof typeof CODE_FORMATS) => ({ pattern: CODE_FORMATS[kind].pattern });
const kinds = { enum: TERRITORY_KINDS };
const positionSources = { enum: POSITION_SOURCES };
const confidences = { enum: confidenceSchema.options };
const listStatuses = { enum: LIST_STATUSES };
const officialWords = { enum: ['labellisees', 'distinguees'] };
const positive = { minimum: 1 };

// ——— resultats.csv ———

interface ResultRow {
  edition: AtlasEdition;
  result: AtlasResult;
}

const territoryColumns: CsvColumn<ResolvedTerritory>[] = [
  { path: 'territoire', name: 'territoire', type: 'id', constraints: slug, value: (t) => t.slug },
  { path: 'nom', name: 'nom', type: 'text', value: (t) => t.name },
  { path: 'type', name: 'type', type: 'id', constraints: kinds, value: (t) => t.kind },
  {
    path: 'code_insee',
    name: 'code_insee',
    type: 'id',
    optional: true,
    constraints: codePattern('commune'),
    value: (t) => officialCodes(t).insee,
  },
  { path: 'siren', name: 'siren', type: 'id', optional: true, constraints: codePattern('epci'), value: (t) => officialCodes(t).siren },
  {
    path: 'departement_code',
    name: 'departement_code',
    type: 'id',
    optional: true,
    constraints: codePattern('departement'),
    value: (t) => t.departement?.code,
  },
  { path: 'departement', name: 'departement', type: 'text', optional: true, value: (t) => t.departement?.name },
  {
    path: 'region_code',
    name: 'region_code',
    type: 'id',
    optional: true,
    constraints: codePattern('region'),
    value: (t) => t.region?.code,
  },
  { path: 'region', name: 'region', type: 'text', optional: true, value: (t) => t.region?.name },
];

/** The codes a result repeats from its territory: a foreign key makes sure they are that territory's. */
const TERRITORY_CODES = ['territoire', 'code_insee', 'siren', 'departement_code', 'region_code'];

const resultColumns: CsvColumn<ResultRow>[] = [
  { path: 'annee', name: 'annee', type: 'integer', value: ({ edition }) => edition.year },
  { path: 'bareme', name: 'bareme', type: 'id', constraints: slug, value: ({ edition }) => edition.scheme },
  ...territoryColumns.map((c): CsvColumn<ResultRow> => ({ ...c, value: ({ result }) => c.value(result.territory) })),
  {
    path: 'distinction_id',
    name: 'distinction_id',
    type: 'id',
    optional: true,
    constraints: slug,
    value: ({ result }) => result.distinction?.id,
  },
  { path: 'distinction', name: 'distinction', type: 'text', optional: true, value: ({ result }) => result.distinction?.label },
  { path: 'rang', name: 'rang', type: 'integer', optional: true, constraints: positive, value: ({ result }) => rankOf(result) },
  { path: 'rang_max', name: 'rang_max', type: 'integer', constraints: positive, value: ({ edition }) => edition.scale.length },
  {
    path: 'mentions_ids',
    name: 'mentions_ids',
    type: 'list',
    optional: true,
    value: ({ result }) => list(result.mentions.map((m) => m.id)),
  },
  { path: 'mentions', name: 'mentions', type: 'list', optional: true, value: ({ result }) => list(result.mentions.map((m) => m.label)) },
  { path: 'source', name: 'source', type: 'url', value: ({ result }) => result.source },
  { path: 'fiabilite', name: 'fiabilite', type: 'id', constraints: confidences, value: ({ result }) => result.confidence },
  { path: 'remarque', name: 'remarque', type: 'text', optional: true, value: ({ result }) => result.note },
  { path: 'deduit', name: 'deduit', type: 'boolean', value: ({ result }) => String(result.inferred) },
  {
    path: 'statut_liste_edition',
    name: 'statut_liste_edition',
    type: 'id',
    constraints: listStatuses,
    value: ({ edition }) => edition.knowledge.status,
  },
];

/** The rows of resultats.csv: every result (of one edition with `year`), oldest edition first, then by territory. */
function resultRows(atlas: Atlas, year?: number): ResultRow[] {
  return sortedEditions(atlas, year).flatMap(({ edition, results }) => results.map((result) => ({ edition, result })));
}

/** « 8 collectivités connues sur 36 distinguées (chiffre officiel) ; liste partielle. »: what an edition's files hold. */
export function editionKnownOf(edition: AtlasEdition): string {
  const k = edition.knowledge;
  return `${frKnown.edition(k)}${k.status === 'complete' ? '' : ` ; ${frKnown.status[k.status]}`}.`;
}

const resultKeys: TableKeys = {
  primaryKey: ['annee', 'territoire'],
  foreignKeys: [
    { fields: ['annee'], table: 'editions', reference: ['annee'] },
    { fields: TERRITORY_CODES, table: 'territoires', reference: TERRITORY_CODES },
  ],
};

/**
 * resultats.csv: one row per known result (edition × territory), oldest edition first; with
 * `year`, editions/<year>/resultats.csv, the rows of that edition only.
 */
export function resultsCsv(atlas: Atlas, dialect: CsvDialect = RFC_4180, year?: number): OpenDataFile {
  const rows = resultRows(atlas, year);
  const table =
    year === undefined
      ? { path: 'resultats.csv', resource: 'resultats' }
      : { path: `${editionFolder(year)}resultats.csv`, resource: `resultats-${year}`, year, knownOf: knownOfYear(atlas, year) };
  return csvFile({ id: 'resultats.csv', columns: resultColumns, keys: resultKeys, rows, ...table }, dialect);
}

function knownOfYear(atlas: Atlas, year: number): string | undefined {
  const edition = atlas.editionByYear.get(year);
  return edition && editionKnownOf(edition);
}

// ——— editions.csv ———

const editionColumns: CsvColumn<AtlasEdition>[] = [
  { path: 'annee', name: 'annee', type: 'integer', value: (e) => e.year },
  { path: 'bareme', name: 'bareme', type: 'id', constraints: slug, value: (e) => e.scheme },
  { path: 'date_annonce', name: 'date_annonce', type: 'date', value: (e) => e.announcedOn },
  { path: 'evenement', name: 'evenement', type: 'text', value: (e) => e.event },
  { path: 'lieu', name: 'lieu', type: 'text', value: (e) => e.place },
  { path: 'echelle_ids', name: 'echelle_ids', type: 'list', value: (e) => list(e.scale.map((d) => d.id)) },
  { path: 'echelle', name: 'echelle', type: 'list', value: (e) => list(e.scale.map((d) => d.label)) },
  { path: 'rang_max', name: 'rang_max', type: 'integer', constraints: positive, value: (e) => e.scale.length },
  { path: 'mentions_ids', name: 'mentions_declarees_ids', type: 'list', optional: true, value: (e) => list(e.mentions.map((m) => m.id)) },
  { path: 'mentions', name: 'mentions_declarees', type: 'list', optional: true, value: (e) => list(e.mentions.map((m) => m.label)) },
  { path: 'jury', name: 'jury', type: 'list', optional: true, value: (e) => list(e.jury) },
  { path: 'labellises_officiel', name: 'labellises_officiel', type: 'integer', optional: true, value: (e) => e.labelledCount },
  { path: 'candidats_officiel', name: 'candidats_officiel', type: 'integer', optional: true, value: (e) => e.candidatesCount },
  { path: 'resultats_connus', name: 'resultats_connus', type: 'integer', value: (e) => e.results.length },
  { path: 'distinctions_connues', name: 'distinctions_connues', type: 'integer', value: (e) => e.knownDistinctionCount },
  { path: 'resultats_deduits', name: 'resultats_deduits', type: 'integer', value: (e) => e.knowledge.inferred },
  { path: 'statut_liste', name: 'statut_liste', type: 'id', constraints: listStatuses, value: (e) => e.knowledge.status },
  {
    path: 'officiel_mot',
    name: 'officiel_mot',
    type: 'id',
    constraints: officialWords,
    value: (e) => (e.knowledge.awards === 'label' ? 'labellisees' : 'distinguees'),
  },
  { path: 'connus_sur_officiel', name: 'connus_sur_officiel', type: 'text', value: (e) => editionKnownOf(e) },
  { path: 'remarque', name: 'remarque_edition', type: 'text', optional: true, value: (e) => e.notes },
  { path: 'sources', name: 'sources', type: 'list', value: (e) => list(e.sources.map((s) => s.url)) },
];

/** editions.csv: one row per edition, oldest first. */
export function editionsCsv(atlas: Atlas, dialect: CsvDialect = RFC_4180): OpenDataFile {
  const rows = sortedEditions(atlas).map(({ edition }) => edition);
  const keys: TableKeys = { primaryKey: ['annee'], foreignKeys: [] };
  return csvFile({ id: 'editions.csv', path: 'editions.csv', resource: 'editions', columns: editionColumns, keys, rows }, dialect);
}

// ——— territoires.csv ———

function territoryCsvColumns(urls: OpenDataUrls): CsvColumn<ResolvedTerritory>[] {
  return [
    ...territoryColumns,
    { path: 'nom_officiel', name: 'nom_officiel', type: 'text', optional: true, value: (t) => t.officialName },
    { path: 'anciens_noms', name: 'anciens_noms', type: 'list', optional: true, value: (t) => list(t.formerNames) },
    { path: 'population', name: 'population', type: 'integer', optional: true, constraints: { minimum: 0 }, value: (t) => t.population },
    {
      path: 'latitude',
      name: 'latitude',
      type: 'number',
      optional: true,
      constraints: { minimum: -90, maximum: 90 },
      value: (t) => t.position && round5(t.position.lat),
    },
    {
      path: 'longitude',
      name: 'longitude',
      type: 'number',
      optional: true,
      constraints: { minimum: -180, maximum: 180 },
      value: (t) => t.position && round5(t.position.lon),
    },
    {
      path: 'position_source',
      name: 'position_source',
      type: 'id',
      optional: true,
      constraints: positionSources,
      value: (t) => t.position?.source,
    },
    { path: 'position_approximative', name: 'position_approximative', type: 'boolean', value: (t) => String(isApproximatePosition(t)) },
    { path: 'site_web', name: 'site_web', type: 'url', optional: true, value: (t) => t.website },
    { path: 'page', name: 'page', type: 'url', value: (t) => urls.territory(t.slug) },
  ];
}

/** territoires.csv: one row per territory of the record, by slug, with its codes, position and page. */
export function territoriesCsv(atlas: Atlas, urls: OpenDataUrls, dialect: CsvDialect = RFC_4180): OpenDataFile {
  const rows = [...atlas.territories].sort(bySlug);
  const keys: TableKeys = { primaryKey: ['territoire'], foreignKeys: [], unique: ['code_insee', 'siren'] };
  return csvFile(
    { id: 'territoires.csv', path: 'territoires.csv', resource: 'territoires', columns: territoryCsvColumns(urls), keys, rows },
    dialect,
  );
}

// ——— the tables as typed cells (the workbooks) ———

/** A CSV table as its fields and rows of typed cells, before any dialect: what the workbooks hold (workbook-files.ts). */
export interface OpenDataTable {
  /** The CSV file it is the table of. */
  id: OpenDataFileId;
  fields: FieldSpec[];
  rows: CsvCell[][];
}

const tableOf = <T>(id: OpenDataFileId, columns: CsvColumn<T>[], rows: T[]): OpenDataTable => ({
  id,
  fields: fieldsOf(columns),
  rows: rows.map((row) => columns.map((c) => c.value(row))),
});

/** The table of resultats.csv (of one edition with `year`). */
export function resultsTable(atlas: Atlas, year?: number): OpenDataTable {
  return tableOf('resultats.csv', resultColumns, resultRows(atlas, year));
}

/** The table of editions.csv. */
export function editionsTable(atlas: Atlas): OpenDataTable {
  return tableOf(
    'editions.csv',
    editionColumns,
    sortedEditions(atlas).map(({ edition }) => edition),
  );
}

/** The table of territoires.csv. */
export function territoriesTable(atlas: Atlas, urls: OpenDataUrls): OpenDataTable {
  return tableOf('territoires.csv', territoryCsvColumns(urls), [...atlas.territories].sort(bySlug));
}

// ——— JSON files ———

/** A value as JSON writes it. */
type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * One key of the objects of a JSON file, declared once with its value: the object written and the
 * fields of the data dictionary are both made from the same list, so that they cannot disagree.
 */
interface JsonField<T> extends Omit<FieldSpec, 'path'> {
  key: string;
  value: (row: T) => JsonValue;
  /** A list of objects whose keys the dictionary declares one by one: those keys (paths relative to each object). */
  items?: FieldSpec[];
}

/** The object written for a row: one key per field, in the order of the fields. */
function jsonObject<T>(fields: JsonField<T>[], row: T): { [key: string]: JsonValue } {
  return Object.fromEntries(fields.map((field) => [field.key, field.value(row)]));
}

/** The dictionary's fields for a list of keys, paths under `prefix`; the declared keys of a list's objects follow it. */
function jsonFieldSpecs<T>(fields: JsonField<T>[], prefix = ''): FieldSpec[] {
  return fields.flatMap(({ key, name, type, optional, constraints, items }) => [
    { path: `${prefix}${key}`, name, type, ...(optional && { optional }), ...(constraints && { constraints }) },
    ...(items ?? []).map((item) => ({ ...item, path: `${prefix}${key}[].${item.path}` })),
  ]);
}

/** A key holding a list of objects whose own keys are declared: `editions`, then `editions[].annee`… */
function objectList<T, U>(field: Omit<JsonField<T>, 'value' | 'items'>, rows: (row: T) => U[], fields: JsonField<U>[]): JsonField<T> {
  return { ...field, value: (row) => rows(row).map((item) => jsonObject(fields, item)), items: jsonFieldSpecs(fields) };
}

/** A CSV column as a JSON key of the same name and dictionary entry: an empty cell is written null. Only for scalar columns. */
function fromColumn<T, U>({ path, value, ...spec }: CsvColumn<U>, pick: (row: T) => U): JsonField<T> {
  return { ...spec, key: path, value: (row) => value(pick(row)) ?? null };
}

/** What a JSON document is written from: its title, its addresses and the rows of its list. */
interface JsonDocument<T> {
  title: string;
  urls: OpenDataUrls;
  rows: T[];
}

/** The keys every JSON document starts with: its title, licence and data page, then its list under `key`. */
function documentFields<T>(key: 'editions' | 'territoires', fields: JsonField<T>[]): JsonField<JsonDocument<T>>[] {
  return [
    { key: 'titre', name: 'titre', type: 'text', value: (d) => d.title },
    { key: 'licence', name: 'licence', type: 'text', value: () => DATA_LICENCE.name },
    { key: 'licence_url', name: 'licence_url', type: 'url', value: () => DATA_LICENCE.url },
    { key: 'page_donnees', name: 'page_donnees', type: 'url', value: (d) => d.urls.dataPage },
    objectList({ key, name: key, type: 'list' }, (d) => d.rows, fields),
  ];
}

const scaleObject = (d: Distinction, index: number) => ({
  id: d.id,
  libelle: d.label,
  abrege: d.short ?? d.label,
  description: d.description ?? null,
  rang: index + 1,
  entree: d.entry ?? false,
});

/** Official counts per distinction id, in scale order whatever order the editor wrote them in. */
function officialCounts(edition: AtlasEdition): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const d of edition.scale) {
    const count = edition.countsByDistinction?.[d.id];
    if (count !== undefined) counts[d.id] = count;
  }
  return counts;
}

// ——— resultats.json ———

const editionResultFields: JsonField<AtlasResult>[] = [
  { key: 'territoire', name: 'territoire', type: 'id', value: (r) => r.territory.slug },
  { key: 'nom', name: 'nom', type: 'text', value: (r) => r.territory.name },
  { key: 'distinction_id', name: 'distinction_id', type: 'id', optional: true, value: (r) => r.distinction?.id ?? null },
  { key: 'rang', name: 'rang', type: 'integer', optional: true, value: (r) => rankOf(r) },
  { key: 'mentions_ids', name: 'mentions_ids', type: 'list', value: (r) => r.mentions.map((m) => m.id) },
  { key: 'source', name: 'source', type: 'url', value: (r) => r.source },
  { key: 'fiabilite', name: 'fiabilite', type: 'id', value: (r) => r.confidence },
  { key: 'remarque', name: 'remarque', type: 'text', optional: true, value: (r) => r.note ?? null },
  { key: 'deduit', name: 'deduit', type: 'boolean', value: (r) => r.inferred },
];

const editionJsonFields: JsonField<{ edition: AtlasEdition; results: AtlasResult[] }>[] = [
  { key: 'annee', name: 'annee', type: 'integer', value: ({ edition }) => edition.year },
  { key: 'bareme', name: 'bareme', type: 'id', value: ({ edition }) => edition.scheme },
  { key: 'date_annonce', name: 'date_annonce', type: 'date', value: ({ edition }) => edition.announcedOn },
  { key: 'evenement', name: 'evenement', type: 'text', value: ({ edition }) => edition.event },
  { key: 'lieu', name: 'lieu', type: 'text', value: ({ edition }) => edition.place },
  { key: 'echelle', name: 'echelle_objets', type: 'list', value: ({ edition }) => edition.scale.map(scaleObject) },
  {
    key: 'mentions',
    name: 'mentions_declarees_objets',
    type: 'list',
    value: ({ edition }) => edition.mentions.map((m) => ({ id: m.id, libelle: m.label, description: m.description ?? null })),
  },
  { key: 'jury', name: 'jury', type: 'list', value: ({ edition }) => edition.jury },
  {
    key: 'labellises_officiel',
    name: 'labellises_officiel',
    type: 'integer',
    optional: true,
    value: ({ edition }) => edition.labelledCount ?? null,
  },
  {
    key: 'candidats_officiel',
    name: 'candidats_officiel',
    type: 'integer',
    optional: true,
    value: ({ edition }) => edition.candidatesCount ?? null,
  },
  { key: 'effectifs_officiels', name: 'effectifs_officiels', type: 'object', value: ({ edition }) => officialCounts(edition) },
  { key: 'resultats_connus', name: 'resultats_connus', type: 'integer', value: ({ edition }) => edition.results.length },
  { key: 'distinctions_connues', name: 'distinctions_connues', type: 'integer', value: ({ edition }) => edition.knownDistinctionCount },
  { key: 'resultats_deduits', name: 'resultats_deduits', type: 'integer', value: ({ edition }) => edition.knowledge.inferred },
  { key: 'statut_liste', name: 'statut_liste', type: 'id', constraints: listStatuses, value: ({ edition }) => edition.knowledge.status },
  {
    key: 'officiel_mot',
    name: 'officiel_mot',
    type: 'id',
    constraints: officialWords,
    value: ({ edition }) => (edition.knowledge.awards === 'label' ? 'labellisees' : 'distinguees'),
  },
  { key: 'connus_sur_officiel', name: 'connus_sur_officiel', type: 'text', value: ({ edition }) => editionKnownOf(edition) },
  {
    key: 'listes_par_distinction',
    name: 'listes_par_distinction',
    type: 'list',
    // In scale order, lowest first, like `echelle`.
    value: ({ edition }) =>
      edition.knowledge.distinctions
        .toReversed()
        .flatMap((d) =>
          d.distinction
            ? [{ distinction_id: d.distinction.id, connus: d.known, officiel: d.official ?? null, statut_liste: d.status }]
            : [],
        ),
  },
  { key: 'remarque', name: 'remarque_edition', type: 'text', optional: true, value: ({ edition }) => edition.notes ?? null },
  {
    key: 'sources',
    name: 'sources_objets',
    type: 'list',
    value: ({ edition }) => edition.sources.map((s) => ({ url: s.url, titre: s.title ?? null, editeur: s.publisher ?? null })),
  },
  objectList({ key: 'resultats', name: 'resultats_edition', type: 'list' }, ({ results }) => results, editionResultFields),
];

const resultsDocumentFields = documentFields('editions', editionJsonFields);

/**
 * resultats.json: every edition with its own scale, mentions, official counts and results; with
 * `year`, editions/<year>/resultats.json, the same document holding that edition only.
 */
export function resultsJson(atlas: Atlas, urls: OpenDataUrls, year?: number): OpenDataFile {
  const title =
    year === undefined
      ? 'Résultats du label Territoire Numérique Libre'
      : `Résultats de l’édition ${year} du label Territoire Numérique Libre`;
  return {
    id: 'resultats.json',
    path: year === undefined ? 'resultats.json' : `${editionFolder(year)}resultats.json`,
    resource: year === undefined ? 'resultats-json' : `resultats-${year}-json`,
    format: 'json',
    mediaType: 'application/json',
    ...(year !== undefined && { year }),
    ...(year !== undefined && { knownOf: knownOfYear(atlas, year) }),
    fields: jsonFieldSpecs(resultsDocumentFields),
    body: json(jsonObject(resultsDocumentFields, { title, urls, rows: sortedEditions(atlas, year) })),
  };
}

// ——— territoires.json ———

function territoryJsonFields(atlas: Atlas, urls: OpenDataUrls): JsonField<ResolvedTerritory>[] {
  return [
    ...territoryColumns.map((column) => fromColumn(column, (t: ResolvedTerritory) => t)),
    { key: 'nom_officiel', name: 'nom_officiel', type: 'text', optional: true, value: (t) => t.officialName ?? null },
    { key: 'anciens_noms', name: 'anciens_noms', type: 'list', value: (t) => t.formerNames },
    { key: 'population', name: 'population', type: 'integer', optional: true, value: (t) => t.population ?? null },
    { key: 'codes_postaux', name: 'codes_postaux', type: 'list', value: (t) => t.postalCodes },
    {
      key: 'membres',
      name: 'membres',
      type: 'list',
      value: (t) =>
        t.members.map((m) => ({
          code: m.code,
          nom: m.name,
          commune_actuelle: m.current ? { code: m.current.code, nom: m.current.name } : null,
        })),
    },
    { key: 'latitude', name: 'latitude', type: 'number', optional: true, value: (t) => (t.position ? round5(t.position.lat) : null) },
    { key: 'longitude', name: 'longitude', type: 'number', optional: true, value: (t) => (t.position ? round5(t.position.lon) : null) },
    { key: 'position_source', name: 'position_source', type: 'id', optional: true, value: (t) => t.position?.source ?? null },
    { key: 'position_approximative', name: 'position_approximative', type: 'boolean', value: (t) => isApproximatePosition(t) },
    { key: 'site_web', name: 'site_web', type: 'url', optional: true, value: (t) => t.website ?? null },
    { key: 'page', name: 'page', type: 'url', value: (t) => urls.territory(t.slug) },
    {
      key: 'resultats',
      name: 'resultats_territoire',
      type: 'list',
      value: (t) =>
        resultsOf(atlas, t.slug).map(({ edition, result }) => ({
          annee: edition.year,
          distinction_id: result.distinction?.id ?? null,
          distinction: result.distinction?.label ?? null,
          rang: rankOf(result),
          rang_max: edition.scale.length,
        })),
    },
  ];
}

/** territoires.json: every territory of the record, with derived identity, position and results. */
export function territoriesJson(atlas: Atlas, urls: OpenDataUrls): OpenDataFile {
  const fields = documentFields('territoires', territoryJsonFields(atlas, urls));
  const rows = [...atlas.territories].sort(bySlug);
  return {
    id: 'territoires.json',
    path: 'territoires.json',
    resource: 'territoires-json',
    format: 'json',
    mediaType: 'application/json',
    fields: jsonFieldSpecs(fields),
    body: json(jsonObject(fields, { title: 'Collectivités du label Territoire Numérique Libre', urls, rows })),
  };
}

/** A territory's results with their editions, oldest first. */
function resultsOf(atlas: Atlas, slug: string): ResultRow[] {
  return (atlas.resultsByTerritory.get(slug) ?? [])
    .flatMap((result) => {
      const edition = atlas.editionByYear.get(result.year);
      return edition ? [{ edition, result }] : [];
    })
    .sort((a, b) => a.edition.year - b.edition.year);
}

// ——— territoires.geojson ———

/** A placed territory, with its results oldest first. */
interface PlacedTerritory {
  territory: ResolvedTerritory;
  position: NonNullable<ResolvedTerritory['position']>;
  results: ResultRow[];
}

function geoJsonPropertyFields(urls: OpenDataUrls): JsonField<PlacedTerritory>[] {
  const latest = (p: PlacedTerritory) => p.results.at(-1);
  return [
    ...territoryColumns
      .filter((c) => c.name !== 'departement' && c.name !== 'region')
      .map((column) => fromColumn(column, (p: PlacedTerritory) => p.territory)),
    { key: 'position_source', name: 'position_source', type: 'id', value: (p) => p.position.source },
    { key: 'position_approximative', name: 'position_approximative', type: 'boolean', value: (p) => isApproximatePosition(p.territory) },
    { key: 'nombre_editions', name: 'nombre_editions', type: 'integer', value: (p) => p.results.length },
    { key: 'premiere_annee', name: 'premiere_annee', type: 'integer', optional: true, value: (p) => p.results[0]?.edition.year ?? null },
    { key: 'derniere_annee', name: 'derniere_annee', type: 'integer', optional: true, value: (p) => latest(p)?.edition.year ?? null },
    {
      key: 'derniere_distinction_id',
      name: 'derniere_distinction_id',
      type: 'id',
      optional: true,
      value: (p) => latest(p)?.result.distinction?.id ?? null,
    },
    {
      key: 'derniere_distinction',
      name: 'derniere_distinction',
      type: 'text',
      optional: true,
      value: (p) => latest(p)?.result.distinction?.label ?? null,
    },
    {
      key: 'derniere_rang',
      name: 'derniere_rang',
      type: 'integer',
      optional: true,
      value: (p) => {
        const last = latest(p);
        return last ? rankOf(last.result) : null;
      },
    },
    {
      key: 'derniere_rang_max',
      name: 'derniere_rang_max',
      type: 'integer',
      optional: true,
      value: (p) => latest(p)?.edition.scale.length ?? null,
    },
    { key: 'page', name: 'page', type: 'url', value: (p) => urls.territory(p.territory.slug) },
  ];
}

/** territoires.geojson: one Point feature per territory that has a map position, its properties declared in the dictionary. */
export function territoriesGeoJson(atlas: Atlas, urls: OpenDataUrls): OpenDataFile {
  const properties = geoJsonPropertyFields(urls);
  const features = [...atlas.territories]
    .sort(bySlug)
    .flatMap((territory) =>
      territory.position ? [{ territory, position: territory.position, results: resultsOf(atlas, territory.slug) }] : [],
    )
    .map((placed) => ({
      type: 'Feature',
      id: placed.territory.slug,
      geometry: { type: 'Point', coordinates: [round5(placed.position.lon), round5(placed.position.lat)] },
      properties: jsonObject(properties, placed),
    }));
  return {
    id: 'territoires.geojson',
    path: 'territoires.geojson',
    resource: 'territoires-geojson',
    format: 'geojson',
    mediaType: 'application/geo+json',
    fields: jsonFieldSpecs(properties, 'properties.'),
    body: json({ type: 'FeatureCollection', features }),
  };
}

// ——— the catalogue ———

const DIALECTS = [RFC_4180, FRENCH_SPREADSHEET];

/** The whole-record files, in the order the /donnees/ page presents them: each CSV beside its spreadsheet twin. */
export function openDataFiles(atlas: Atlas, urls: OpenDataUrls): OpenDataFile[] {
  return [
    ...DIALECTS.map((d) => resultsCsv(atlas, d)),
    ...DIALECTS.map((d) => editionsCsv(atlas, d)),
    ...DIALECTS.map((d) => territoriesCsv(atlas, urls, d)),
    resultsJson(atlas, urls),
    territoriesJson(atlas, urls),
    territoriesGeoJson(atlas, urls),
  ];
}

/** The files of one edition, under editions/<year>/: its results in both CSV dialects and in JSON. */
export function editionFiles(atlas: Atlas, urls: OpenDataUrls, year: number): OpenDataFile[] {
  return [...DIALECTS.map((d) => resultsCsv(atlas, d, year)), resultsJson(atlas, urls, year)];
}

/** Every file under /donnees/ but datapackage.json: the whole record, then each edition, oldest first. */
export function openDataCatalogue(atlas: Atlas, urls: OpenDataUrls): OpenDataFile[] {
  const years = atlas.editions.map((e) => e.year).sort((a, b) => a - b);
  return [...openDataFiles(atlas, urls), ...years.flatMap((year) => editionFiles(atlas, urls, year))];
}

/** Size of a file's content in bytes (UTF-8). */
export function byteSize(file: Pick<OpenDataFile, 'body'>): number {
  return new TextEncoder().encode(file.body).length;
}
