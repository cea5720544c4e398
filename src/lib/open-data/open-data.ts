// The open-data downloads of /donnees/: results, editions and territories as CSV (each in the
// RFC 4180 dialect and in the French spreadsheet one), results and territories as JSON, placed
// territories as GeoJSON, and the results of each edition on their own. Pure serialisers of the
// atlas; each file also declares its fields (with their constraints) and, for tables, its keys,
// so that the data dictionary on /donnees/ and datapackage.json are written from the same lists
// as the files. Output is deterministic (no dates, fixed key order, rows sorted by year then slug)
// so that two builds of the same content give byte-identical files.
import { SLUG_PATTERN, confidenceSchema } from '../../schemas/common';
import type { Distinction } from '../../schemas/edition';
import { CODE_FORMATS, TERRITORY_KINDS } from '../../schemas/territory';
import type { Atlas, AtlasEdition, AtlasResult } from '../record/atlas';
import { FRENCH_SPREADSHEET, RFC_4180, toCsv, type CsvCell, type CsvDialect } from './csv';
import { POSITION_SOURCES, isApproximatePosition, type ResolvedTerritory } from '../content/territories';
import { paths, withBase } from '../urls';
import { frKnown } from '../../i18n/fr';
import { LIST_STATUSES } from '../record/knowledge';

/** Every field name used by the downloads; each has one French description in the i18n module. */
export type FieldName =
  | 'titre'
  | 'licence'
  | 'licence_url'
  | 'page_donnees'
  | 'annee'
  | 'bareme'
  | 'territoire'
  | 'nom'
  | 'nom_officiel'
  | 'anciens_noms'
  | 'type'
  | 'code_insee'
  | 'siren'
  | 'departement_code'
  | 'departement'
  | 'region_code'
  | 'region'
  | 'population'
  | 'codes_postaux'
  | 'membres'
  | 'latitude'
  | 'longitude'
  | 'position_source'
  | 'position_approximative'
  | 'site_web'
  | 'page'
  | 'distinction_id'
  | 'distinction'
  | 'rang'
  | 'rang_max'
  | 'mentions_ids'
  | 'mentions'
  | 'source'
  | 'fiabilite'
  | 'remarque'
  | 'date_annonce'
  | 'evenement'
  | 'lieu'
  | 'echelle_ids'
  | 'echelle'
  | 'echelle_objets'
  | 'mentions_declarees_ids'
  | 'mentions_declarees'
  | 'mentions_declarees_objets'
  | 'jury'
  | 'labellises_officiel'
  | 'candidats_officiel'
  | 'effectifs_officiels'
  | 'resultats_connus'
  | 'distinctions_connues'
  | 'resultats_deduits'
  | 'statut_liste'
  | 'officiel_mot'
  | 'connus_sur_officiel'
  | 'listes_par_distinction'
  | 'deduit'
  | 'statut_liste_edition'
  | 'remarque_edition'
  | 'sources'
  | 'sources_objets'
  | 'editions'
  | 'resultats_edition'
  | 'territoires'
  | 'resultats_territoire'
  | 'nombre_editions'
  | 'premiere_annee'
  | 'derniere_annee'
  | 'derniere_distinction_id'
  | 'derniere_distinction'
  | 'derniere_rang'
  | 'derniere_rang_max';

/** Value types shown in the data dictionary. */
export type FieldType = 'integer' | 'number' | 'text' | 'id' | 'date' | 'url' | 'boolean' | 'list' | 'object';

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

/** What a file holds: the key of its description and of its part of the data dictionary. */
export type OpenDataFileId =
  'resultats.csv' | 'editions.csv' | 'territoires.csv' | 'resultats.json' | 'territoires.json' | 'territoires.geojson';

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

/** The INSEE code of a commune, the SIREN of the other bodies with a code; départements and régions have their own columns. */
function officialCodes(t: ResolvedTerritory): { insee?: string; siren?: string } {
  if (t.kind === 'commune') return { insee: t.code };
  if (t.kind === 'epci' || t.kind === 'syndicat' || t.kind === 'autre') return { siren: t.code };
  return {};
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
  const rows = sortedEditions(atlas, year).flatMap(({ edition, results }) => results.map((result) => ({ edition, result })));
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

// ——— JSON files ———

const metadataFields = (key: string): FieldSpec[] => [
  { path: 'titre', name: 'titre', type: 'text' },
  { path: 'licence', name: 'licence', type: 'text' },
  { path: 'licence_url', name: 'licence_url', type: 'url' },
  { path: 'page_donnees', name: 'page_donnees', type: 'url' },
  { path: key, name: key === 'editions' ? 'editions' : 'territoires', type: 'list' },
];

function metadata(title: string, urls: OpenDataUrls) {
  return { titre: title, licence: DATA_LICENCE.name, licence_url: DATA_LICENCE.url, page_donnees: urls.dataPage };
}

const scaleObject = (d: Distinction, index: number) => ({
  id: d.id,
  libelle: d.label,
  abrege: d.short ?? d.label,
  description: d.description ?? null,
  rang: index + 1,
  entree: d.entry ?? false,
});

const resultsJsonFields: FieldSpec[] = [
  ...metadataFields('editions'),
  { path: 'editions[].annee', name: 'annee', type: 'integer' },
  { path: 'editions[].bareme', name: 'bareme', type: 'id' },
  { path: 'editions[].date_annonce', name: 'date_annonce', type: 'date' },
  { path: 'editions[].evenement', name: 'evenement', type: 'text' },
  { path: 'editions[].lieu', name: 'lieu', type: 'text' },
  { path: 'editions[].echelle', name: 'echelle_objets', type: 'list' },
  { path: 'editions[].mentions', name: 'mentions_declarees_objets', type: 'list' },
  { path: 'editions[].jury', name: 'jury', type: 'list' },
  { path: 'editions[].labellises_officiel', name: 'labellises_officiel', type: 'integer', optional: true },
  { path: 'editions[].candidats_officiel', name: 'candidats_officiel', type: 'integer', optional: true },
  { path: 'editions[].effectifs_officiels', name: 'effectifs_officiels', type: 'object' },
  { path: 'editions[].resultats_connus', name: 'resultats_connus', type: 'integer' },
  { path: 'editions[].distinctions_connues', name: 'distinctions_connues', type: 'integer' },
  { path: 'editions[].resultats_deduits', name: 'resultats_deduits', type: 'integer' },
  { path: 'editions[].statut_liste', name: 'statut_liste', type: 'id' },
  { path: 'editions[].officiel_mot', name: 'officiel_mot', type: 'id' },
  { path: 'editions[].connus_sur_officiel', name: 'connus_sur_officiel', type: 'text' },
  { path: 'editions[].listes_par_distinction', name: 'listes_par_distinction', type: 'list' },
  { path: 'editions[].remarque', name: 'remarque_edition', type: 'text', optional: true },
  { path: 'editions[].sources', name: 'sources_objets', type: 'list' },
  { path: 'editions[].resultats', name: 'resultats_edition', type: 'list' },
  { path: 'editions[].resultats[].territoire', name: 'territoire', type: 'id' },
  { path: 'editions[].resultats[].nom', name: 'nom', type: 'text' },
  { path: 'editions[].resultats[].distinction_id', name: 'distinction_id', type: 'id', optional: true },
  { path: 'editions[].resultats[].rang', name: 'rang', type: 'integer', optional: true },
  { path: 'editions[].resultats[].mentions_ids', name: 'mentions_ids', type: 'list' },
  { path: 'editions[].resultats[].source', name: 'source', type: 'url' },
  { path: 'editions[].resultats[].fiabilite', name: 'fiabilite', type: 'id' },
  { path: 'editions[].resultats[].remarque', name: 'remarque', type: 'text', optional: true },
  { path: 'editions[].resultats[].deduit', name: 'deduit', type: 'boolean' },
];

/** Official counts per distinction id, in scale order whatever order the editor wrote them in. */
function officialCounts(edition: AtlasEdition): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const d of edition.scale) {
    const count = edition.countsByDistinction?.[d.id];
    if (count !== undefined) counts[d.id] = count;
  }
  return counts;
}

/**
 * resultats.json: every edition with its own scale, mentions, official counts and results; with
 * `year`, editions/<year>/resultats.json, the same document holding that edition only.
 */
export function resultsJson(atlas: Atlas, urls: OpenDataUrls, year?: number): OpenDataFile {
  const editions = sortedEditions(atlas, year).map(({ edition: e, results }) => ({
    annee: e.year,
    bareme: e.scheme,
    date_annonce: e.announcedOn,
    evenement: e.event,
    lieu: e.place,
    echelle: e.scale.map(scaleObject),
    mentions: e.mentions.map((m) => ({ id: m.id, libelle: m.label, description: m.description ?? null })),
    jury: e.jury,
    labellises_officiel: e.labelledCount ?? null,
    candidats_officiel: e.candidatesCount ?? null,
    effectifs_officiels: officialCounts(e),
    resultats_connus: e.results.length,
    distinctions_connues: e.knownDistinctionCount,
    resultats_deduits: e.knowledge.inferred,
    statut_liste: e.knowledge.status,
    officiel_mot: e.knowledge.awards === 'label' ? 'labellisees' : 'distinguees',
    connus_sur_officiel: editionKnownOf(e),
    // In scale order, lowest first, like `echelle`.
    listes_par_distinction: e.knowledge.distinctions
      .toReversed()
      .flatMap((d) =>
        d.distinction ? [{ distinction_id: d.distinction.id, connus: d.known, officiel: d.official ?? null, statut_liste: d.status }] : [],
      ),
    remarque: e.notes ?? null,
    sources: e.sources.map((s) => ({ url: s.url, titre: s.title ?? null, editeur: s.publisher ?? null })),
    resultats: results.map((r) => ({
      territoire: r.territory.slug,
      nom: r.territory.name,
      distinction_id: r.distinction?.id ?? null,
      rang: rankOf(r),
      mentions_ids: r.mentions.map((m) => m.id),
      source: r.source,
      fiabilite: r.confidence,
      remarque: r.note ?? null,
      deduit: r.inferred,
    })),
  }));
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
    fields: resultsJsonFields,
    body: json({ ...metadata(title, urls), editions }),
  };
}

const territoriesJsonFields: FieldSpec[] = [
  ...metadataFields('territoires'),
  ...fieldsOf(territoryColumns).map((c) => ({ ...c, path: `territoires[].${c.path}` })),
  { path: 'territoires[].nom_officiel', name: 'nom_officiel', type: 'text', optional: true },
  { path: 'territoires[].anciens_noms', name: 'anciens_noms', type: 'list' },
  { path: 'territoires[].population', name: 'population', type: 'integer', optional: true },
  { path: 'territoires[].codes_postaux', name: 'codes_postaux', type: 'list' },
  { path: 'territoires[].membres', name: 'membres', type: 'list' },
  { path: 'territoires[].latitude', name: 'latitude', type: 'number', optional: true },
  { path: 'territoires[].longitude', name: 'longitude', type: 'number', optional: true },
  { path: 'territoires[].position_source', name: 'position_source', type: 'id', optional: true },
  { path: 'territoires[].position_approximative', name: 'position_approximative', type: 'boolean' },
  { path: 'territoires[].site_web', name: 'site_web', type: 'url', optional: true },
  { path: 'territoires[].page', name: 'page', type: 'url' },
  { path: 'territoires[].resultats', name: 'resultats_territoire', type: 'list' },
];

/** territoires.json: every territory of the record, with derived identity, position and results. */
export function territoriesJson(atlas: Atlas, urls: OpenDataUrls): OpenDataFile {
  const territories = [...atlas.territories].sort(bySlug).map((t) => ({
    territoire: t.slug,
    nom: t.name,
    type: t.kind,
    code_insee: officialCodes(t).insee ?? null,
    siren: officialCodes(t).siren ?? null,
    departement_code: t.departement?.code ?? null,
    departement: t.departement?.name ?? null,
    region_code: t.region?.code ?? null,
    region: t.region?.name ?? null,
    nom_officiel: t.officialName ?? null,
    anciens_noms: t.formerNames,
    population: t.population ?? null,
    codes_postaux: t.postalCodes,
    membres: t.members.map((m) => ({
      code: m.code,
      nom: m.name,
      commune_actuelle: m.current ? { code: m.current.code, nom: m.current.name } : null,
    })),
    latitude: t.position ? round5(t.position.lat) : null,
    longitude: t.position ? round5(t.position.lon) : null,
    position_source: t.position?.source ?? null,
    position_approximative: isApproximatePosition(t),
    site_web: t.website ?? null,
    page: urls.territory(t.slug),
    resultats: resultsOf(atlas, t.slug).map(({ edition, result }) => ({
      annee: edition.year,
      distinction_id: result.distinction?.id ?? null,
      distinction: result.distinction?.label ?? null,
      rang: rankOf(result),
      rang_max: edition.scale.length,
    })),
  }));
  return {
    id: 'territoires.json',
    path: 'territoires.json',
    resource: 'territoires-json',
    format: 'json',
    mediaType: 'application/json',
    fields: territoriesJsonFields,
    body: json({ ...metadata('Collectivités du label Territoire Numérique Libre', urls), territoires: territories }),
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

const geoJsonFields: FieldSpec[] = [
  ...fieldsOf(territoryColumns)
    .filter((c) => c.name !== 'departement' && c.name !== 'region')
    .map((c) => ({ ...c, path: `properties.${c.path}` })),
  { path: 'properties.position_source', name: 'position_source', type: 'id' },
  { path: 'properties.position_approximative', name: 'position_approximative', type: 'boolean' },
  { path: 'properties.nombre_editions', name: 'nombre_editions', type: 'integer' },
  { path: 'properties.premiere_annee', name: 'premiere_annee', type: 'integer', optional: true },
  { path: 'properties.derniere_annee', name: 'derniere_annee', type: 'integer', optional: true },
  { path: 'properties.derniere_distinction_id', name: 'derniere_distinction_id', type: 'id', optional: true },
  { path: 'properties.derniere_distinction', name: 'derniere_distinction', type: 'text', optional: true },
  { path: 'properties.derniere_rang', name: 'derniere_rang', type: 'integer', optional: true },
  { path: 'properties.derniere_rang_max', name: 'derniere_rang_max', type: 'integer', optional: true },
  { path: 'properties.page', name: 'page', type: 'url' },
];

/** territoires.geojson: one Point feature per territory that has a map position. */
export function territoriesGeoJson(atlas: Atlas, urls: OpenDataUrls): OpenDataFile {
  const features = [...atlas.territories]
    .sort(bySlug)
    .flatMap((t) => (t.position ? [{ territory: t, position: t.position }] : []))
    .map(({ territory: t, position }) => {
      const results = resultsOf(atlas, t.slug);
      const latest = results.at(-1);
      return {
        type: 'Feature',
        id: t.slug,
        geometry: { type: 'Point', coordinates: [round5(position.lon), round5(position.lat)] },
        properties: {
          territoire: t.slug,
          nom: t.name,
          type: t.kind,
          code_insee: officialCodes(t).insee ?? null,
          siren: officialCodes(t).siren ?? null,
          departement_code: t.departement?.code ?? null,
          region_code: t.region?.code ?? null,
          position_source: position.source,
          position_approximative: isApproximatePosition(t),
          nombre_editions: results.length,
          premiere_annee: results[0]?.edition.year ?? null,
          derniere_annee: latest?.edition.year ?? null,
          derniere_distinction_id: latest?.result.distinction?.id ?? null,
          derniere_distinction: latest?.result.distinction?.label ?? null,
          derniere_rang: latest ? rankOf(latest.result) : null,
          derniere_rang_max: latest?.edition.scale.length ?? null,
          page: urls.territory(t.slug),
        },
      };
    });
  return {
    id: 'territoires.geojson',
    path: 'territoires.geojson',
    resource: 'territoires-geojson',
    format: 'geojson',
    mediaType: 'application/geo+json',
    fields: geoJsonFields,
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
