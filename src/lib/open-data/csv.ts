// Writes the CSV files of the open-data downloads in two dialects: RFC 4180 (comma, CRLF, double
// quotes) for programs, and the French spreadsheet one (semicolon, decimal comma) that Excel and
// LibreOffice set to French open with a double-click. Only the spreadsheet dialect starts with a
// UTF-8 byte order mark: without it, Excel reads UTF-8 as Windows-1252 and turns « Échirolles »
// into « Ã‰chirolles ». The files for programs have none: the Frictionless JavaScript library,
// Python's csv and Node's fs read a BOM as part of the first column's name (« \ufeffannee »).
// A text cell that starts like a formula is written with a leading apostrophe (OWASP, « CSV
// Injection »), in both dialects, so that no spreadsheet runs a cell of the files.

/** A cell: text, a number, or nothing (an empty cell). */
export type CsvCell = string | number | null | undefined;

/** The UTF-8 byte order mark, as the first character of a string. */
export const BOM = '\uFEFF';

/** How cells are separated and numbers written. Lines always end with CRLF, quotes are doubled. */
export interface CsvDialect {
  delimiter: ',' | ';';
  /** Decimal separator of numbers. */
  decimalChar: '.' | ',';
  /** The file starts with a UTF-8 byte order mark. */
  bom: boolean;
}

/** RFC 4180, for programs: comma between cells, decimal point, no byte order mark. */
export const RFC_4180: CsvDialect = { delimiter: ',', decimalChar: '.', bom: false };

/** A spreadsheet set to French: semicolon between cells, decimal comma, a byte order mark for Excel. */
export const FRENCH_SPREADSHEET: CsvDialect = { delimiter: ';', decimalChar: ',', bom: true };

/** What a spreadsheet reads as the start of a formula (OWASP: =, +, -, @, tab, carriage return). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** The prefix that makes a spreadsheet show a formula-like text as text. */
export const FORMULA_GUARD = "'";

/**
 * A text cell as a spreadsheet will show it, never run it: a text starting with =, +, -, @, a tab
 * or a carriage return gets a leading apostrophe. Numbers are written as numbers, never prefixed.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `${FORMULA_GUARD}${text}` : text;
}

/** A number in the dialect: `45.18` or `45,18`. */
function formatNumber(value: number, dialect: CsvDialect): string {
  const text = String(value);
  return dialect.decimalChar === '.' ? text : text.replace('.', dialect.decimalChar);
}

/** A cell's value as a reader of the file gets it, once unquoted: numbers in the dialect, formula-like text neutralised. */
export function cellText(value: CsvCell, dialect: CsvDialect = RFC_4180): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'number' ? formatNumber(value, dialect) : neutraliseFormula(value);
}

/**
 * A cell as written in the file: formula-like text neutralised, then quoted when it holds the
 * delimiter, a double quote, a line break or leading/trailing spaces.
 */
export function csvCell(value: CsvCell, dialect: CsvDialect = RFC_4180): string {
  if (value === null || value === undefined) return '';
  const text = cellText(value, dialect);
  const needsQuotes = text.includes(dialect.delimiter) || /["\r\n]|^\s|\s$/.test(text);
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark (default: the dialect's). */
  bom?: boolean;
  /** Default: RFC 4180. */
  dialect?: CsvDialect;
}

/**
 * A whole CSV file: a header line, then one line per row, every line ending with CRLF.
 * Throws when a row has more or fewer cells than the header (a programming error).
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string {
  const dialect = options.dialect ?? RFC_4180;
  const line = (cells: readonly CsvCell[]) => cells.map((cell) => csvCell(cell, dialect)).join(dialect.delimiter);
  const lines = [line(header)];
  rows.forEach((row, index) => {
    if (row.length !== header.length) throw new Error(`CSV row ${index + 1} has ${row.length} cells, expected ${header.length}`);
    lines.push(line(row));
  });
  return `${(options.bom ?? dialect.bom) ? BOM : ''}${lines.join('\r\n')}\r\n`;
}
