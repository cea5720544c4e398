// The table of a results file, whatever the jury sent: a workbook (.xlsx, .ods) read as it is, or a
// CSV export; with the line of « Lecture » that says how it was read.
import { foldText } from '../../src/lib/text';
import { decodeSpreadsheet, MAX_CSV_ROWS, parseTable, SpreadsheetError, type Table } from './spreadsheet';
import { readWorkbook, workbookFormat, type Sheet } from './workbook-reader';

export interface ReadTable {
  table: Table;
  /** « resultats.xlsx : classeur Excel (.xlsx), feuille « Palmarès » (1re sur 2), 27 lignes de résultats ». */
  description: string;
}

const FORMAT_NAMES = { xlsx: 'classeur Excel (.xlsx)', ods: 'classeur LibreOffice (.ods)' } as const;

/**
 * Reads a results file: a workbook's sheet (the one named `sheet`, or else the first that has
 * data), or a CSV. Throws a SpreadsheetError in French when it cannot.
 */
export function readResultsTable(file: string, bytes: Uint8Array, sheet?: string): ReadTable {
  const format = workbookFormat(bytes);
  if (!format) {
    if (sheet !== undefined) throw new SpreadsheetError(`--feuille « ${sheet} » : ce fichier est un CSV, il n’a pas de feuilles`);
    const { text, encoding } = decodeSpreadsheet(bytes);
    const table = parseTable(text);
    const separator = table.separator === '\t' ? 'tabulation' : `« ${table.separator} »`;
    return { table, description: `${file} : encodage ${encoding}, séparateur ${separator}, ${table.rows.length} ligne(s) de résultats` };
  }
  const { sheets, format: read } = readWorkbook(bytes);
  const chosen = chooseSheet(sheets, sheet);
  const table = sheetTable(chosen);
  const position = sheets.indexOf(chosen) + 1;
  const others =
    sheets.length > 1
      ? ` (${position === 1 ? '1re' : `${position}e`} sur ${sheets.length} : ${sheets.map((s) => `« ${s.name} »`).join(', ')} ; --feuille pour en choisir une autre)`
      : '';
  return {
    table,
    description: `${file} : ${FORMAT_NAMES[read]}, feuille « ${chosen.name} »${others}, ${table.rows.length} ligne(s) de résultats`,
  };
}

function chooseSheet(sheets: Sheet[], name: string | undefined): Sheet {
  const names = sheets.map((s) => `« ${s.name} »`).join(', ');
  if (name !== undefined) {
    const found = sheets.find((s) => foldText(s.name) === foldText(name));
    if (!found) throw new SpreadsheetError(`--feuille : aucune feuille « ${name} » dans ce classeur ; feuilles : ${names}`);
    return found;
  }
  const withData = sheets.find((s) => s.rows.some((row) => row.some((cell) => cell.trim() !== '')));
  if (!withData) throw new SpreadsheetError(`le classeur est vide : aucune de ses feuilles (${names || 'aucune'}) n’a de cellule remplie`);
  return withData;
}

/** A sheet as the import reads a CSV: the first non-empty row as header, then the rows with a value, numbered as in the spreadsheet. */
function sheetTable(sheet: Sheet): Table {
  const rows = sheet.rows
    .map((cells, index) => ({ line: index + 1, cells: cells.map((cell) => cell.trim()) }))
    .filter((row) => row.cells.some((cell) => cell !== ''));
  if (rows.length > MAX_CSV_ROWS + 1)
    throw new SpreadsheetError(
      `la feuille « ${sheet.name} » compte ${rows.length.toLocaleString('fr-FR')} lignes remplies : l’import en accepte ${MAX_CSV_ROWS.toLocaleString('fr-FR')} au plus, bien plus qu’un palmarès ; vérifiez que c’est le bon fichier, ou gardez seulement les lignes des résultats`,
    );
  const [header, ...data] = rows;
  if (!header) throw new SpreadsheetError(`la feuille « ${sheet.name} » est vide : aucune ligne d’en-tête`);
  return { header: header.cells, rows: data };
}
