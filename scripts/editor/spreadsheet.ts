// Reads what spreadsheets really export as CSV: UTF-8 with or without BOM, UTF-16 ("texte
// Unicode"), Windows-1252 (Excel's "CSV" on French Windows), comma, semicolon or tab separators,
// CRLF, quoted fields with line breaks, trailing spaces and empty lines.

export type Encoding = 'UTF-8' | 'UTF-8 avec BOM' | 'UTF-16' | 'Windows-1252';

/** A file that cannot be read as a table, said for an editor. */
export class SpreadsheetError extends Error {}

/*
 * Limits, checked before parsing. A label edition has a few dozen laureates (37 in 2025) and the
 * whole record since 2016 is under a hundred rows: 10,000 rows is a hundred times that, still read
 * in well under a second, and 5 Mo holds 10,000 rows of 500 characters (a long source address and
 * a note). A bigger file is another file (the COG, a database export): reading it would only print
 * thousands of messages.
 */
export const MAX_CSV_BYTES = 5 * 1024 * 1024;
export const MAX_CSV_ROWS = 10_000;

const SAVE_AS_CSV =
  'ouvrez-le dans votre tableur et « Enregistrer sous » au format CSV (Excel : « CSV (séparateur : point-virgule) » ; LibreOffice : « Texte CSV »), puis importez le fichier .csv';

/** Workbook formats, by file extension. */
const WORKBOOK_EXTENSIONS: Record<string, string> = {
  xls: 'Excel (.xls)',
  xlsx: 'Excel (.xlsx)',
  xlsm: 'Excel (.xlsm)',
  ods: 'LibreOffice (.ods)',
  numbers: 'Numbers (.numbers)',
};

/** Refuses, before reading it, a file named like a workbook or too big to be a results table. */
export function checkSpreadsheetFile(name: string, size: number): void {
  const extension = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  const workbook = WORKBOOK_EXTENSIONS[extension];
  if (workbook) throw new SpreadsheetError(`ce fichier est un classeur ${workbook}, pas un CSV : ${SAVE_AS_CSV}`);
  checkSize(size);
}

function checkSize(size: number) {
  if (size > MAX_CSV_BYTES)
    throw new SpreadsheetError(
      `le fichier pèse ${megabytes(size)} : l’import en accepte ${megabytes(MAX_CSV_BYTES)} au plus, bien plus qu’un palmarès ; vérifiez que c’est le bon fichier, ou gardez seulement les lignes des résultats`,
    );
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`;

/** Decodes the bytes of a CSV export, guessing the encoding: invalid UTF-8 is read as Windows-1252. */
export function decodeSpreadsheet(bytes: Uint8Array): { text: string; encoding: Encoding } {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b)
    throw new SpreadsheetError(`ce fichier est un classeur (.xlsx, .ods ou .numbers), pas un CSV : ${SAVE_AS_CSV}`);
  if ([0xd0, 0xcf, 0x11, 0xe0].every((byte, i) => bytes[i] === byte))
    throw new SpreadsheetError(`ce fichier est un classeur Excel (.xls), pas un CSV : ${SAVE_AS_CSV}`);
  checkSize(bytes.length);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: utf8(bytes.subarray(3)), encoding: 'UTF-8 avec BOM' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'Windows-1252' };
  }
}

function utf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

export interface Table {
  separator: ',' | ';' | '\t';
  header: string[];
  /** Data rows, each with the line number where it starts in the file (the header is line 1 or later). */
  rows: { line: number; cells: string[] }[];
}

/** Splits CSV text into a header and rows; cells are trimmed; empty lines are skipped. */
export function parseTable(text: string): Table {
  // Lines of separators only (a sheet formatted far below its data) are not counted.
  const lines = text.split(/\r\n|\n|\r/).filter((line) => /[^\s,;"]/.test(line)).length;
  if (lines > MAX_CSV_ROWS + 1)
    throw new SpreadsheetError(
      `le fichier compte ${lines.toLocaleString('fr-FR')} lignes : l’import en accepte ${MAX_CSV_ROWS.toLocaleString('fr-FR')} au plus, bien plus qu’un palmarès ; vérifiez que c’est le bon fichier, ou gardez seulement les lignes des résultats`,
    );
  const separator = detectSeparator(text);
  const records = splitRecords(text, separator).filter((record) => record.cells.some((cell) => cell !== ''));
  const [header, ...rows] = records;
  if (!header) throw new SpreadsheetError('le fichier est vide : aucune ligne d’en-tête');
  return { separator, header: header.cells, rows };
}

/** The separator used in the first non-empty line, outside quotes: the most frequent of ; , and tab. */
function detectSeparator(text: string): Table['separator'] {
  const firstLine = text.split(/\r\n|\n|\r/).find((line) => line.trim() !== '') ?? '';
  const outsideQuotes = firstLine.replace(/"[^"]*"/g, '');
  const counts = ([';', ',', '\t'] as const).map((sep) => [sep, outsideQuotes.split(sep).length - 1] as const);
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best![1] > 0 ? best![0] : ',';
}

function splitRecords(text: string, separator: string): { line: number; cells: string[] }[] {
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  const endCell = () => {
    cells.push(cell.trim());
    cell = '';
  };
  const endRecord = () => {
    endCell();
    records.push({ line: recordLine, cells });
    cells = [];
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) line++;
        cell += char;
      }
    } else if (char === '"' && cell.trim() === '') {
      cell = '';
      quoted = true;
    } else if (char === separator) endCell();
    else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else cell += char;
  }
  if (quoted) throw new SpreadsheetError(`guillemet ouvert ligne ${recordLine} et jamais fermé : vérifiez les guillemets de cette ligne`);
  if (cell !== '' || cells.length > 0) endRecord();
  return records;
}
