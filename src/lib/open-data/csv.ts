// Writes CSV files as RFC 4180 describes them (comma, CRLF, double quotes), for the open-data
// downloads. The byte order mark is on by default: without it, Excel reads UTF-8 as Windows-1252
// and turns « Échirolles » into « Ã‰chirolles »; LibreOffice, pandas and csvkit skip it.

/** A cell: text, a number, or nothing (an empty cell). */
export type CsvCell = string | number | null | undefined;

/** The UTF-8 byte order mark, as the first character of a string. */
export const BOM = '\uFEFF';

/** Quotes a cell when it holds a comma, a double quote, a line break or leading/trailing spaces. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? String(value) : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark (default: true). */
  bom?: boolean;
}

/**
 * A whole CSV file: a header line, then one line per row, every line ending with CRLF.
 * Throws when a row has more or fewer cells than the header (a programming error).
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string {
  const lines = [header.map(csvCell).join(',')];
  rows.forEach((row, index) => {
    if (row.length !== header.length) throw new Error(`CSV row ${index + 1} has ${row.length} cells, expected ${header.length}`);
    lines.push(row.map(csvCell).join(','));
  });
  return `${options.bom === false ? '' : BOM}${lines.join('\r\n')}\r\n`;
}
