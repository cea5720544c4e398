// Writes spreadsheet workbooks, Office Open XML (.xlsx) and OpenDocument (.ods), from typed cells.
// A CSV cannot say that a column is text: opened by a double-click, a spreadsheet turns the INSEE
// code 05074 into the number 5074 and the département 05 into 5. In a workbook each cell carries its
// type: codes are strings (and their cells are formatted as text, so that a code typed again keeps
// its zeros), counts and coordinates are numbers, true/false are booleans. A string cell is never a
// formula, so no apostrophe is needed here (unlike the CSV files).
// The XML is small and written here rather than by a library; fflate (pure JavaScript) zips it.
// Output is deterministic: fixed file order and a fixed date on every zip entry.
import { zipSync, strToU8, type Zippable } from 'fflate';

/** A cell: text, a number, a boolean, or nothing (an empty cell). */
export type WorkbookCell = string | number | boolean | null | undefined;

export interface WorkbookSheet {
  /** Tab name: at most 31 characters, none of []:*?/\ (a limit of Excel). */
  name: string;
  /** The first row is the header: bold, kept in view when scrolling. */
  rows: readonly (readonly WorkbookCell[])[];
}

export interface WorkbookOptions {
  /** The document's title, in its properties. */
  title: string;
  /** The document's language (BCP 47), in its properties; default `fr-FR`. */
  language?: string;
}

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const ODS_MEDIA_TYPE = 'application/vnd.oasis.opendocument.spreadsheet';

// Characters XML 1.0 forbids (C0 controls but tab, line feed and carriage return; U+FFFE, U+FFFF;
// lone surrogates): a parser stops at the first one, so they are left out.
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text as XML character data or attribute value: &, <, > and quotes escaped, forbidden characters left out. */
export function xmlText(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A date every zip entry carries, given as local time so that the bytes do not depend on the time zone. */
const ZIP_DATE = new Date(1980, 0, 1, 0, 0, 0);

const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/;

function checkSheets(sheets: readonly WorkbookSheet[]): void {
  if (sheets.length === 0) throw new Error('A workbook needs at least one sheet');
  const names = new Set<string>();
  for (const sheet of sheets) {
    if (sheet.name.length === 0 || sheet.name.length > 31 || SHEET_NAME_FORBIDDEN.test(sheet.name))
      throw new Error(`Sheet name « ${sheet.name} »: 1 to 31 characters, none of []:*?/\\`);
    if (names.has(sheet.name.toLowerCase())) throw new Error(`Two sheets are named « ${sheet.name} »`);
    names.add(sheet.name.toLowerCase());
    for (const row of sheet.rows)
      for (const cell of row)
        if (typeof cell === 'number' && !Number.isFinite(cell)) throw new Error(`Sheet « ${sheet.name} »: ${cell} is not a finite number`);
  }
}

/** Width of each column in characters: its longest value, between 6 and 60. */
export function columnWidths(rows: readonly (readonly WorkbookCell[])[]): number[] {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => {
      const longest =
        cell === null || cell === undefined
          ? 0
          : Math.max(
              ...String(cell)
                .split('\n')
                .map((line) => line.length),
            );
      widths[i] = Math.max(widths[i] ?? 6, Math.min(60, longest));
    });
  return widths;
}

/** The letters of a column in A1 references: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

const XML_HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function zip(files: Array<[string, string, { store?: boolean }?]>): Uint8Array {
  const entries: Zippable = {};
  for (const [path, text, options] of files) entries[path] = [strToU8(text), { level: options?.store ? 0 : 6, mtime: ZIP_DATE }];
  return zipSync(entries, { mtime: ZIP_DATE });
}

// ——— Office Open XML (.xlsx) ———

const SPREADSHEET_ML = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** Cell formats of styles.xml: 0 general, 1 bold (header), 2 text (numFmtId 49, « @ »). */
const XLSX_STYLES = `${XML_HEADER}<styleSheet xmlns="${SPREADSHEET_ML}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyNumberFormat="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

function xlsxCell(cell: WorkbookCell, ref: string, header: boolean): string {
  if (cell === null || cell === undefined || cell === '') return '';
  if (typeof cell === 'number') return `<c r="${ref}"><v>${cell}</v></c>`;
  if (typeof cell === 'boolean') return `<c r="${ref}" t="b"><v>${cell ? 1 : 0}</v></c>`;
  return `<c r="${ref}" s="${header ? 1 : 2}" t="inlineStr"><is><t xml:space="preserve">${xmlText(cell)}</t></is></c>`;
}

function xlsxSheet(sheet: WorkbookSheet): string {
  const cols = columnWidths(sheet.rows)
    .map((width, i) => `<col min="${i + 1}" max="${i + 1}" width="${width + 2}" customWidth="1"/>`)
    .join('');
  const rows = sheet.rows
    .map((row, r) => {
      const cells = row.map((cell, c) => xlsxCell(cell, `${columnLetters(c)}${r + 1}`, r === 0)).join('');
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join('');
  const pane =
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>';
  return `${XML_HEADER}<worksheet xmlns="${SPREADSHEET_ML}" xmlns:r="${RELATIONSHIPS}">${pane}${cols ? `<cols>${cols}</cols>` : ''}<sheetData>${rows}</sheetData></worksheet>`;
}

/** An .xlsx workbook (Office Open XML, ECMA-376), one worksheet per sheet, in order. */
export function xlsxWorkbook(sheets: readonly WorkbookSheet[], options: WorkbookOptions): Uint8Array {
  checkSheets(sheets);
  const sheetPaths = sheets.map((_, i) => `xl/worksheets/sheet${i + 1}.xml`);
  const contentTypes = `${XML_HEADER}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheetPaths.map((p) => `<Override PartName="/${p}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`;
  const rootRels = `${XML_HEADER}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`;
  const core = `${XML_HEADER}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${xmlText(options.title)}</dc:title><dc:language>${xmlText(options.language ?? 'fr-FR')}</dc:language></cp:coreProperties>`;
  const workbook = `${XML_HEADER}<workbook xmlns="${SPREADSHEET_ML}" xmlns:r="${RELATIONSHIPS}"><sheets>${sheets.map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`;
  const workbookRels = `${XML_HEADER}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">${sheetPaths.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;
  return zip([
    ['[Content_Types].xml', contentTypes],
    ['_rels/.rels', rootRels],
    ['docProps/core.xml', core],
    ['xl/workbook.xml', workbook],
    ['xl/_rels/workbook.xml.rels', workbookRels],
    ['xl/styles.xml', XLSX_STYLES],
    ...sheets.map((sheet, i): [string, string] => [sheetPaths[i]!, xlsxSheet(sheet)]),
  ]);
}

// ——— OpenDocument (.ods) ———

const ODF_NAMESPACES = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
  'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"',
  'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0"',
].join(' ');

/**
 * Text as OpenDocument paragraphs: one `<text:p>` per line; as in HTML, runs of spaces collapse, so
 * every space after the first of a run (and a leading one) is a `<text:s/>`, a tab a `<text:tab/>`.
 */
export function odfParagraphs(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => {
      const body = xmlText(line)
        .replace(/\t/g, '<text:tab/>')
        .replace(/(^| ) +/g, (run, first: string) => {
          const extra = run.length - first.length;
          return `${first}<text:s${extra > 1 ? ` text:c="${extra}"` : ''}/>`;
        });
      return `<text:p>${body}</text:p>`;
    })
    .join('');
}

function odsCell(cell: WorkbookCell, header: boolean): string {
  const style = header ? ' table:style-name="header"' : '';
  if (cell === null || cell === undefined || cell === '') return `<table:table-cell${style}/>`;
  if (typeof cell === 'number')
    return `<table:table-cell${style} office:value-type="float" office:value="${cell}"><text:p>${cell}</text:p></table:table-cell>`;
  if (typeof cell === 'boolean')
    return `<table:table-cell${style} office:value-type="boolean" office:boolean-value="${cell}"><text:p>${cell ? 'VRAI' : 'FAUX'}</text:p></table:table-cell>`;
  return `<table:table-cell table:style-name="${header ? 'header' : 'text'}" office:value-type="string">${odfParagraphs(cell)}</table:table-cell>`;
}

/** Column width in centimetres for a width in characters (11-point text). */
const centimetres = (characters: number) => `${((characters + 2) * 0.2).toFixed(2)}cm`;

/** An .ods workbook (OpenDocument 1.2 spreadsheet), one table per sheet, in order. */
export function odsWorkbook(sheets: readonly WorkbookSheet[], options: WorkbookOptions): Uint8Array {
  checkSheets(sheets);
  const widths = sheets.map((sheet) => columnWidths(sheet.rows));
  const distinct = [...new Set(widths.flat())].sort((a, b) => a - b);
  const columnStyle = (width: number) => `col${width}`;
  const styles = [
    ...distinct.map(
      (w) =>
        `<style:style style:name="${columnStyle(w)}" style:family="table-column"><style:table-column-properties style:column-width="${centimetres(w)}"/></style:style>`,
    ),
    // « @ »: a text cell stays text when edited, so a code typed again keeps its leading zeros.
    '<number:text-style style:name="as-text"><number:text-content/></number:text-style>',
    '<style:style style:name="text" style:family="table-cell" style:data-style-name="as-text"/>',
    '<style:style style:name="header" style:family="table-cell" style:data-style-name="as-text"><style:text-properties fo:font-weight="bold"/></style:style>',
  ].join('');
  const tables = sheets
    .map((sheet, s) => {
      const columns = widths[s]!.map((w) => `<table:table-column table:style-name="${columnStyle(w)}"/>`).join('');
      const [header, ...body] = sheet.rows;
      const row = (cells: readonly WorkbookCell[], isHeader: boolean) =>
        `<table:table-row>${cells.map((cell) => odsCell(cell, isHeader)).join('')}</table:table-row>`;
      const headerRows = header ? `<table:table-header-rows>${row(header, true)}</table:table-header-rows>` : '';
      return `<table:table table:name="${xmlText(sheet.name)}">${columns}${headerRows}${body.map((cells) => row(cells, false)).join('')}</table:table>`;
    })
    .join('');
  const content = `${XML_HEADER}<office:document-content ${ODF_NAMESPACES} office:version="1.2"><office:automatic-styles>${styles}</office:automatic-styles><office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body></office:document-content>`;
  const meta = `${XML_HEADER}<office:document-meta ${ODF_NAMESPACES} office:version="1.2"><office:meta><dc:title>${xmlText(options.title)}</dc:title><dc:language>${xmlText(options.language ?? 'fr-FR')}</dc:language></office:meta></office:document-meta>`;
  // The header row of each sheet stays in view when scrolling (LibreOffice's split settings).
  const frozen = sheets
    .map(
      (sheet) =>
        `<config:config-item-map-entry config:name="${xmlText(sheet.name)}"><config:config-item config:name="VerticalSplitMode" config:type="short">2</config:config-item><config:config-item config:name="VerticalSplitPosition" config:type="int">1</config:config-item><config:config-item config:name="ActiveSplitRange" config:type="short">2</config:config-item><config:config-item config:name="PositionBottom" config:type="int">1</config:config-item></config:config-item-map-entry>`,
    )
    .join('');
  const settings = `${XML_HEADER}<office:document-settings ${ODF_NAMESPACES} office:version="1.2"><office:settings><config:config-item-set config:name="ooo:view-settings"><config:config-item-map-indexed config:name="Views"><config:config-item-map-entry><config:config-item config:name="ViewId" config:type="string">view1</config:config-item><config:config-item-map-named config:name="Tables">${frozen}</config:config-item-map-named></config:config-item-map-entry></config:config-item-map-indexed></config:config-item-set></office:settings></office:document-settings>`;
  const manifest = `${XML_HEADER}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="${ODS_MEDIA_TYPE}"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="settings.xml" manifest:media-type="text/xml"/></manifest:manifest>`;
  // OpenDocument: `mimetype` first and stored uncompressed, so that a program recognises the file by its first bytes.
  return zip([
    ['mimetype', ODS_MEDIA_TYPE, { store: true }],
    ['META-INF/manifest.xml', manifest],
    ['meta.xml', meta],
    ['settings.xml', settings],
    ['content.xml', content],
  ]);
}
