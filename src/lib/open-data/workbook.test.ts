import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { columnLetters, columnWidths, odfParagraphs, odsWorkbook, xlsxWorkbook, xmlText, type WorkbookSheet } from './workbook';

const sheets: WorkbookSheet[] = [
  {
    name: 'Résultats',
    rows: [
      ['code_insee', 'annee', 'nom', 'approximative', 'vide'],
      ['05074', 2025, 'Lettret & <Co> "x"', true, null],
      ['=1+1', 45.18, 'deux  espaces\nligne 2', false, ''],
    ],
  },
  { name: 'À propos', rows: [['information', 'valeur']] },
];
const unzip = (bytes: Uint8Array) => Object.fromEntries(Object.entries(unzipSync(bytes)).map(([path, data]) => [path, strFromU8(data)]));

describe('xmlText', () => {
  it('escapes the five XML characters and leaves out those XML forbids', () => {
    expect(xmlText(`a & b < c > d "e" 'f'`)).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;');
    expect(xmlText('x\u0001y\u000Bz\uFFFE')).toBe('xyz');
    expect(xmlText('tab\tline\nreturn\r')).toBe('tab\tline\nreturn\r');
    expect(xmlText('emoji 😀, lone \uD800 surrogate')).toBe('emoji 😀, lone  surrogate');
  });
});

describe('columnLetters and columnWidths', () => {
  it('names columns as spreadsheets do', () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('gives each column its longest line, between 6 and 60 characters', () => {
    expect(columnWidths([['a', 'une valeur longue', 'x'.repeat(80), 'ligne\nune deuxième ligne plus longue']])).toEqual([6, 17, 60, 30]);
  });
});

describe('odfParagraphs', () => {
  it('writes one paragraph per line, and the spaces a paragraph would collapse as <text:s/>', () => {
    expect(odfParagraphs('a  b')).toBe('<text:p>a <text:s/>b</text:p>');
    expect(odfParagraphs('   a')).toBe('<text:p><text:s text:c="3"/>a</text:p>');
    expect(odfParagraphs('ligne 1\nligne 2')).toBe('<text:p>ligne 1</text:p><text:p>ligne 2</text:p>');
    expect(odfParagraphs('a\tb & c')).toBe('<text:p>a<text:tab/>b &amp; c</text:p>');
  });
});

describe('xlsxWorkbook', () => {
  const files = unzip(xlsxWorkbook(sheets, { title: 'Essai' }));

  it('holds the parts of an Office Open XML workbook, one worksheet per sheet', () => {
    expect(Object.keys(files)).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/core.xml',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
    ]);
    expect(files['xl/workbook.xml']).toContain(
      '<sheet name="Résultats" sheetId="1" r:id="rId1"/><sheet name="À propos" sheetId="2" r:id="rId2"/>',
    );
    expect(files['docProps/core.xml']).toContain('<dc:title>Essai</dc:title>');
  });

  it('types each cell: codes and texts as strings in text format, numbers as numbers, booleans as booleans, nothing for empty', () => {
    const sheet = files['xl/worksheets/sheet1.xml']!;
    expect(sheet).toContain('<c r="A2" s="2" t="inlineStr"><is><t xml:space="preserve">05074</t></is></c>');
    expect(sheet).toContain('<c r="B2"><v>2025</v></c>');
    expect(sheet).toContain(
      '<c r="C2" s="2" t="inlineStr"><is><t xml:space="preserve">Lettret &amp; &lt;Co&gt; &quot;x&quot;</t></is></c>',
    );
    expect(sheet).toContain('<c r="D2" t="b"><v>1</v></c></row>');
    expect(sheet).toContain(
      '<row r="3"><c r="A3" s="2" t="inlineStr"><is><t xml:space="preserve">=1+1</t></is></c><c r="B3"><v>45.18</v></c>',
    );
    expect(sheet).not.toContain('r="E2"');
    expect(sheet).toContain('<c r="A1" s="1" t="inlineStr">');
    expect(sheet).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
  });

  it('gives the same bytes for the same sheets, whatever the day or the time zone', () => {
    expect(xlsxWorkbook(sheets, { title: 'Essai' })).toEqual(xlsxWorkbook(sheets, { title: 'Essai' }));
  });
});

describe('odsWorkbook', () => {
  const bytes = odsWorkbook(sheets, { title: 'Essai' });
  const files = unzip(bytes);

  it('starts with its media type, stored, as OpenDocument requires', () => {
    expect(Object.keys(files)[0]).toBe('mimetype');
    expect(strFromU8(bytes.subarray(30, 38))).toBe('mimetype');
    expect(strFromU8(bytes.subarray(38, 38 + 46))).toBe('application/vnd.oasis.opendocument.spreadsheet');
    expect(files['META-INF/manifest.xml']).toContain('manifest:full-path="content.xml"');
  });

  it('types each cell: codes as strings, numbers as floats, booleans as booleans', () => {
    const content = files['content.xml']!;
    expect(content).toContain('<table:table table:name="Résultats">');
    expect(content).toContain(
      '<table:table-cell table:style-name="text" office:value-type="string"><text:p>05074</text:p></table:table-cell>',
    );
    expect(content).toContain('<table:table-cell office:value-type="float" office:value="2025"><text:p>2025</text:p></table:table-cell>');
    expect(content).toContain('office:value-type="boolean" office:boolean-value="true"');
    expect(content).toContain('<text:p>deux <text:s/>espaces</text:p><text:p>ligne 2</text:p>');
    expect(content).toContain(
      '<table:table-header-rows><table:table-row><table:table-cell table:style-name="header" office:value-type="string"><text:p>code_insee</text:p>',
    );
  });
});

describe('bad sheets', () => {
  it('refuses a sheet name a spreadsheet refuses, two sheets of the same name, and a number that is not finite', () => {
    expect(() => xlsxWorkbook([{ name: 'a/b', rows: [] }], { title: '' })).toThrow(
      'Sheet name « a/b »: 1 to 31 characters, none of []:*?/\\',
    );
    expect(() => odsWorkbook([{ name: 'x'.repeat(32), rows: [] }], { title: '' })).toThrow('1 to 31 characters');
    expect(() =>
      xlsxWorkbook(
        [
          { name: 'A', rows: [] },
          { name: 'a', rows: [] },
        ],
        { title: '' },
      ),
    ).toThrow('Two sheets are named « a »');
    expect(() => xlsxWorkbook([{ name: 'A', rows: [[Number.NaN]] }], { title: '' })).toThrow('Sheet « A »: NaN is not a finite number');
    expect(() => odsWorkbook([], { title: '' })).toThrow('A workbook needs at least one sheet');
  });
});
