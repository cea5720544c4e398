// Reads the cell grid of a workbook as the jury sends it, Excel (.xlsx) or LibreOffice (.ods):
// each sheet's rows of texts, as the spreadsheet shows them where it matters to the import (a code
// typed as text keeps its zeros, a date becomes AAAA-MM-JJ, a number its digits). Formulas are read
// by their last computed value. Nothing else (styles, formats, merged cells, macros) is read.
//
// Libraries: fflate (MIT, pure JavaScript, ~8 kB, no native build) opens the zip; fast-xml-parser
// (MIT, pure JavaScript) reads its XML, with the order of mixed text kept. The rest is here: the two
// formats are a few dozen lines each, while a full workbook library is a hundred times larger.
import { unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import { SpreadsheetError } from './spreadsheet';

export type WorkbookFormat = 'xlsx' | 'ods';

export interface Sheet {
  name: string;
  /** Rows from the first, each cell as text ('' when empty); trailing empty cells and rows left out. */
  rows: string[][];
}

export interface Workbook {
  format: WorkbookFormat;
  sheets: Sheet[];
}

/** A zip entry bigger than this once inflated is not a results table (and may be a zip bomb). */
const MAX_ENTRY_BYTES = 50 * 1024 * 1024;
/** Rows or columns past this are not read (an empty row repeated to the end of the sheet is common). */
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

/** The format of a workbook file, from its content: a zip holding an Excel or OpenDocument spreadsheet. */
export function workbookFormat(bytes: Uint8Array): WorkbookFormat | undefined {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return undefined;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 4096)));
  if (head.includes('application/vnd.oasis.opendocument.spreadsheet')) return 'ods';
  // An .xlsx has no mimetype entry; its parts are named from its beginning onwards.
  return 'xlsx';
}

/** Reads every sheet of an .xlsx or .ods file; throws a SpreadsheetError in French when it cannot. */
export function readWorkbook(bytes: Uint8Array): Workbook {
  const guess = workbookFormat(bytes);
  if (!guess) throw new SpreadsheetError('ce fichier n’est pas un classeur .xlsx ou .ods');
  const files = unzip(bytes, guess);
  // The parts decide: an OpenDocument may store its mimetype compressed, where the guess misses it.
  const format = files.has('xl/workbook.xml') ? 'xlsx' : files.has('content.xml') ? 'ods' : guess;
  return { format, sheets: format === 'ods' ? readOds(files) : readXlsx(files) };
}

function unzip(bytes: Uint8Array, format: WorkbookFormat): Map<string, string> {
  const wanted = (name: string) => name === 'content.xml' || /^xl\/.*\.xml$|^xl\/_rels\/workbook\.xml\.rels$/.test(name);
  let entries: Record<string, Uint8Array>;
  let tooBig: string | undefined;
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        if (!wanted(file.name)) return false;
        if (file.originalSize > MAX_ENTRY_BYTES) tooBig = file.name;
        return file.originalSize <= MAX_ENTRY_BYTES;
      },
    });
  } catch {
    throw new SpreadsheetError(
      `ce classeur .${format} est illisible (archive abîmée ou incomplète) : rouvrez-le dans votre tableur et enregistrez-le à nouveau`,
    );
  }
  if (tooBig)
    throw new SpreadsheetError(
      `ce classeur contient une feuille de plus de ${MAX_ENTRY_BYTES / 1024 / 1024} Mo une fois décompressée (${tooBig}) : ce n’est pas un palmarès ; vérifiez que c’est le bon fichier`,
    );
  const files = new Map<string, string>();
  for (const [name, data] of Object.entries(entries)) {
    const text = new TextDecoder('utf-8').decode(data);
    // No document type, no entity of its own: a spreadsheet has none, an entity bomb needs them.
    if (/<!DOCTYPE|<!ENTITY/i.test(text))
      throw new SpreadsheetError(
        `ce classeur contient une déclaration XML refusée (${name}) : enregistrez-le à nouveau depuis votre tableur`,
      );
    files.set(name, text);
  }
  return files;
}

// ---- A small view over fast-xml-parser's ordered output ----

type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
});

function parseXml(text: string): XmlNode[] {
  return parser.parse(text) as XmlNode[];
}

/** The tag of a node (`text:p`), or '#text'. */
function tagOf(node: XmlNode): string {
  return Object.keys(node).find((key) => key !== ':@')!;
}

function childrenOf(node: XmlNode): XmlNode[] {
  const value = node[tagOf(node)];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

function attr(node: XmlNode, name: string): string | undefined {
  return node[':@']?.[name];
}

/** The first descendant with this tag, depth first. */
function find(nodes: XmlNode[], tag: string): XmlNode | undefined {
  for (const node of nodes) {
    if (tagOf(node) === tag) return node;
    const inner = find(childrenOf(node), tag);
    if (inner) return inner;
  }
  return undefined;
}

function childrenNamed(node: XmlNode, tag: string): XmlNode[] {
  return childrenOf(node).filter((child) => tagOf(child) === tag);
}

// ---- Excel (.xlsx, Office Open XML) ----

function readXlsx(files: Map<string, string>): Sheet[] {
  const workbookXml = files.get('xl/workbook.xml');
  if (!workbookXml)
    throw new SpreadsheetError(
      'ce fichier .xlsx n’a pas de classeur (xl/workbook.xml manque) : enregistrez-le à nouveau depuis votre tableur',
    );
  const workbook = parseXml(workbookXml);
  const relations = new Map(
    parseXml(files.get('xl/_rels/workbook.xml.rels') ?? '<Relationships/>')
      .flatMap((n) => (tagOf(n) === 'Relationships' ? childrenNamed(n, 'Relationship') : []))
      .map((r) => [attr(r, 'Id')!, attr(r, 'Target')!]),
  );
  const date1904 = attr(find(workbook, 'workbookPr') ?? {}, 'date1904') === '1';
  const strings = sharedStrings(files.get('xl/sharedStrings.xml'));
  const dateStyles = dateStyleIndexes(files.get('xl/styles.xml'));
  const sheets = childrenNamed(find(workbook, 'sheets') ?? { sheets: [] }, 'sheet');
  return sheets.map((sheet) => {
    const target = relations.get(attr(sheet, 'r:id') ?? '') ?? '';
    const file = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
    const xml = files.get(file);
    return { name: attr(sheet, 'name') ?? '', rows: xml ? xlsxRows(xml, strings, dateStyles, date1904) : [] };
  });
}

function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  const sst = find(parseXml(xml), 'sst');
  // A rich text is several runs (<r><t>…</t></r>); phonetic hints (<rPh>) are not shown.
  return sst ? childrenNamed(sst, 'si').map((si) => textOf(si, (tag) => tag !== 'rPh')) : [];
}

/** The indexes of the cell styles that show a number as a date (built-in formats, or a custom one with d/m/y). */
function dateStyleIndexes(xml: string | undefined): Set<number> {
  if (!xml) return new Set();
  const styles = parseXml(xml);
  const custom = new Map(
    childrenNamed(find(styles, 'numFmts') ?? { numFmts: [] }, 'numFmt').map((f) => [
      Number(attr(f, 'numFmtId')),
      attr(f, 'formatCode') ?? '',
    ]),
  );
  const isDate = (id: number) => {
    if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47)) return true;
    const format = custom.get(id) ?? '';
    if (/^(General|Standard)$/i.test(format)) return false;
    const code = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
    return /[dy]/i.test(code) || /m/i.test(code.replace(/[hs]+:?m+|m+:?s+/gi, ''));
  };
  const xfs = childrenNamed(find(styles, 'cellXfs') ?? { cellXfs: [] }, 'xf');
  return new Set(xfs.flatMap((xf, index) => (isDate(Number(attr(xf, 'numFmtId') ?? 0)) ? [index] : [])));
}

function xlsxRows(xml: string, strings: string[], dateStyles: Set<number>, date1904: boolean): string[][] {
  const data = find(parseXml(xml), 'sheetData');
  const rows: string[][] = [];
  let next = 0;
  for (const row of data ? childrenNamed(data, 'row') : []) {
    const index = Number(attr(row, 'r') ?? next + 1) - 1;
    next = index + 1;
    if (index >= MAX_ROWS) break;
    const cells: string[] = [];
    let column = 0;
    for (const cell of childrenNamed(row, 'c')) {
      const ref = attr(cell, 'r');
      column = ref ? columnIndex(ref) : column;
      if (column < MAX_COLUMNS) cells[column] = xlsxValue(cell, strings, dateStyles, date1904);
      column++;
    }
    rows[index] = trimEnd(Array.from(cells, (c) => c ?? ''));
  }
  return trimRows(Array.from(rows, (r) => r ?? []));
}

function xlsxValue(cell: XmlNode, strings: string[], dateStyles: Set<number>, date1904: boolean): string {
  const type = attr(cell, 't') ?? 'n';
  if (type === 'inlineStr') return textOf(childrenNamed(cell, 'is')[0] ?? { is: [] });
  const v = childrenNamed(cell, 'v')[0];
  const raw = v ? textOf(v) : '';
  if (raw === '') return '';
  if (type === 's') return strings[Number(raw)] ?? '';
  if (type === 'n' && dateStyles.has(Number(attr(cell, 's') ?? 0))) return serialDate(Number(raw), date1904);
  if (type === 'n') return numberText(raw);
  return raw;
}

/** « AA12 » → 26. */
function columnIndex(ref: string): number {
  const letters = /^[A-Z]+/i.exec(ref)?.[0].toUpperCase() ?? 'A';
  return [...letters].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1;
}

/** An Excel date serial as AAAA-MM-JJ (the 1900 system counts from 30 December 1899). */
function serialDate(serial: number, date1904: boolean): string {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return new Date(epoch + Math.round(serial * 86_400) * 1000).toISOString().slice(0, 10);
}

// ---- LibreOffice (.ods, OpenDocument) ----

function readOds(files: Map<string, string>): Sheet[] {
  const content = files.get('content.xml');
  if (!content)
    throw new SpreadsheetError('ce fichier .ods n’a pas de contenu (content.xml manque) : enregistrez-le à nouveau depuis votre tableur');
  const spreadsheet = find(parseXml(content), 'office:spreadsheet');
  return (spreadsheet ? childrenNamed(spreadsheet, 'table:table') : []).map((table) => ({
    name: attr(table, 'table:name') ?? '',
    rows: odsRows(table),
  }));
}

function odsRows(table: XmlNode): string[][] {
  const rows: string[][] = [];
  // Empty rows are counted, and written only when a row with a value follows: the run of empty rows
  // repeated to the end of the sheet (a million of them) is never materialised.
  let empty = 0;
  const visit = (node: XmlNode) => {
    for (const child of childrenOf(node)) {
      const tag = tagOf(child);
      if (tag === 'table:table-row') {
        const cells = odsCells(child);
        const repeat = Number(attr(child, 'table:number-rows-repeated') ?? 1);
        if (cells.length === 0) empty += repeat;
        else {
          if (rows.length + empty + repeat > MAX_ROWS) return;
          for (; empty > 0; empty--) rows.push([]);
          for (let i = 0; i < repeat; i++) rows.push([...cells]);
        }
      } else if (tag === 'table:table-header-rows' || tag === 'table:table-row-group' || tag === 'table:table-rows') visit(child);
    }
  };
  visit(table);
  return rows;
}

function odsCells(row: XmlNode): string[] {
  const cells: string[] = [];
  // The same for cells: the run of empty cells that ends most rows is counted, not written.
  let empty = 0;
  for (const cell of childrenOf(row)) {
    const tag = tagOf(cell);
    if (tag !== 'table:table-cell' && tag !== 'table:covered-table-cell') continue;
    const value = odsValue(cell);
    const repeat = Number(attr(cell, 'table:number-columns-repeated') ?? 1);
    if (value.trim() === '') empty += repeat;
    else {
      if (cells.length + empty + repeat > MAX_COLUMNS) break;
      for (; empty > 0; empty--) cells.push('');
      for (let i = 0; i < repeat; i++) cells.push(value);
    }
  }
  return cells;
}

function odsValue(cell: XmlNode): string {
  const type = attr(cell, 'office:value-type');
  if (type === 'date') return (attr(cell, 'office:date-value') ?? '').slice(0, 10);
  if (type === 'float' || type === 'percentage' || type === 'currency') return numberText(attr(cell, 'office:value') ?? '');
  // What the cell shows: its paragraphs, one line each.
  return childrenNamed(cell, 'text:p')
    .map((p) => textOf(p))
    .join('\n');
}

// ---- Shared ----

/** The text of a node: its text nodes in order, with OpenDocument's spaces, tabs and line breaks. */
function textOf(node: XmlNode, keep: (tag: string) => boolean = () => true): string {
  let text = '';
  for (const child of childrenOf(node)) {
    const tag = tagOf(child);
    if (tag === '#text') text += String(child['#text']);
    else if (tag === 'text:s') text += ' '.repeat(Number(attr(child, 'text:c') ?? 1));
    else if (tag === 'text:tab') text += '\t';
    else if (tag === 'text:line-break') text += '\n';
    else if (keep(tag)) text += textOf(child, keep);
  }
  return text;
}

/** A number's digits as a spreadsheet stores them, without the float noise of 0.1 + 0.2. */
function numberText(raw: string): string {
  const value = Number(raw);
  return Number.isFinite(value) ? String(Number(value.toPrecision(15))) : raw;
}

function trimEnd(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1]!.trim() === '') end--;
  return cells.slice(0, end);
}

function trimRows(rows: string[][]): string[][] {
  let end = rows.length;
  while (end > 0 && rows[end - 1]!.length === 0) end--;
  return rows.slice(0, end);
}
