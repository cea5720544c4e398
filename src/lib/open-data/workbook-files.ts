// The workbooks of /donnees/, for people who open the data in a spreadsheet: the whole record
// (classeur.xlsx, classeur.ods: results, editions and collectivités, one sheet each) and each
// edition's results (editions/<année>/resultats.xlsx, .ods). Same columns and rows as the CSV
// files, with each cell typed: codes stay text (05074, 2A004), counts and coordinates are numbers.
// A last sheet says what the file is, its licence and where it comes from.
import type { Atlas } from '../record/atlas';
import type { CsvCell } from './csv';
import {
  DATA_LICENCE,
  editionFolder,
  editionKnownOf,
  editionsTable,
  resultsTable,
  territoriesTable,
  type FieldSpec,
  type OpenDataTable,
  type OpenDataUrls,
} from './open-data';
import type { OpenDataFileId } from './field-names';
import { ODS_MEDIA_TYPE, XLSX_MEDIA_TYPE, odsWorkbook, xlsxWorkbook, type WorkbookCell, type WorkbookSheet } from './workbook';

export type WorkbookFormat = 'xlsx' | 'ods';

export interface WorkbookFile {
  /** Path under /donnees/: `classeur.xlsx`, `editions/2025/resultats.ods`. Stable: reusers link to it. */
  path: string;
  /** Name of the file's resource in datapackage.json: `classeur-xlsx`, `resultats-2025-ods`. */
  resource: string;
  format: WorkbookFormat;
  mediaType: string;
  /** The edition the file is limited to; none for the whole record. */
  year?: number;
  /** For an edition's workbook: what the atlas knows of that edition (« 8 connues sur 36 distinguées »). */
  knownOf?: string;
  /** The CSV tables it holds, one sheet each. */
  tables: OpenDataFileId[];
  body: Uint8Array;
}

/** The sheet of each table, in the order of the workbook. */
const SHEET_NAMES: Partial<Record<OpenDataFileId, string>> = {
  'resultats.csv': 'Résultats',
  'editions.csv': 'Éditions',
  'territoires.csv': 'Collectivités',
};

export const ABOUT_SHEET = 'À propos';

/**
 * A cell of a CSV table as a typed workbook cell: numbers stay numbers, `true`/`false` of a boolean
 * field become booleans, everything else (codes included) is text; an empty value is an empty cell.
 */
export function workbookCell(value: CsvCell, field: FieldSpec): WorkbookCell {
  if (value === null || value === undefined || value === '') return null;
  if (field.type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

/** A table as a sheet: its column names, then its rows with typed cells. */
export function tableSheet(table: OpenDataTable): WorkbookSheet {
  return {
    name: SHEET_NAMES[table.id] ?? table.id,
    rows: [table.fields.map((f) => f.path), ...table.rows.map((row) => row.map((value, i) => workbookCell(value, table.fields[i]!)))],
  };
}

/** What every workbook says about itself: title, licence, the page that describes the columns, the caveat. */
function aboutSheet(title: string, urls: OpenDataUrls): WorkbookSheet {
  return {
    name: ABOUT_SHEET,
    rows: [
      ['information', 'valeur'],
      ['titre', title],
      ['licence', DATA_LICENCE.name],
      ['licence_url', DATA_LICENCE.url],
      ['page_donnees', urls.dataPage],
      ['dictionnaire', `${urls.dataPage}#dictionnaire`],
      [
        'avertissement',
        'Relevé incomplet : une collectivité absente d’une édition n’a pas forcément été refusée. Une cellule vide signifie « non connu » ou « non publié », jamais zéro.',
      ],
    ],
  };
}

function workbookFile(
  base: { path: string; resource: string; year?: number; knownOf?: string | undefined },
  format: WorkbookFormat,
  tables: OpenDataTable[],
  title: string,
  urls: OpenDataUrls,
): WorkbookFile {
  const sheets = [...tables.map(tableSheet), aboutSheet(title, urls)];
  const write = format === 'xlsx' ? xlsxWorkbook : odsWorkbook;
  return {
    path: `${base.path}.${format}`,
    resource: `${base.resource}-${format}`,
    format,
    mediaType: format === 'xlsx' ? XLSX_MEDIA_TYPE : ODS_MEDIA_TYPE,
    ...(base.year !== undefined && { year: base.year }),
    ...(base.knownOf !== undefined && { knownOf: base.knownOf }),
    tables: tables.map((t) => t.id),
    body: write(sheets, { title }),
  };
}

const FORMATS: WorkbookFormat[] = ['xlsx', 'ods'];

/** classeur.xlsx and classeur.ods: the results, the editions and the collectivités of the whole record. */
export function recordWorkbooks(atlas: Atlas, urls: OpenDataUrls): WorkbookFile[] {
  const tables = [resultsTable(atlas), editionsTable(atlas), territoriesTable(atlas, urls)];
  const title = 'Résultats, éditions et collectivités du label Territoire Numérique Libre';
  return FORMATS.map((format) => workbookFile({ path: 'classeur', resource: 'classeur' }, format, tables, title, urls));
}

/** editions/<année>/resultats.xlsx and .ods: the results of one edition. */
export function editionWorkbooks(atlas: Atlas, urls: OpenDataUrls, year: number): WorkbookFile[] {
  const title = `Résultats de l’édition ${year} du label Territoire Numérique Libre`;
  const edition = atlas.editionByYear.get(year);
  const knownOf = edition && editionKnownOf(edition);
  return FORMATS.map((format) =>
    workbookFile(
      { path: `${editionFolder(year)}resultats`, resource: `resultats-${year}`, year, knownOf },
      format,
      [resultsTable(atlas, year)],
      title,
      urls,
    ),
  );
}

/** Every workbook: the whole record, then each edition, oldest first. */
export function allWorkbooks(atlas: Atlas, urls: OpenDataUrls): WorkbookFile[] {
  const years = atlas.editions.map((e) => e.year).sort((a, b) => a - b);
  return [...recordWorkbooks(atlas, urls), ...years.flatMap((year) => editionWorkbooks(atlas, urls, year))];
}
