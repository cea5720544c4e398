import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readResultsTable } from './results-table';
import { SpreadsheetError } from './spreadsheet';
import { readWorkbook, workbookFormat } from './workbook-reader';

const fixture = (name: string) => readFileSync(path.resolve(import.meta.dirname, '../../tests/fixtures/import', name));

/** The grid of tests/fixtures/import/jury-2025.csv, as LibreOffice 7.4 saved it in both formats. */
const JURY_2025 = [
  ['N°', 'Collectivité', 'Code INSEE/SIREN', 'Nature juridique', 'Département', 'Distinction', 'Mentions', 'Date de remise'],
  ['1', 'Boé', '47031', 'Commune', '47', 'Or', '', '2025-11-19'],
  ['2', 'Échirolles', '38151', 'Commune', '38', 'Or', 'Promotion, communication et sensibilisation aux logiciels libres', '2025-11-19'],
  ['3', 'Morbihan Énergies', '', 'Syndicat mixte', '56', 'Or', '', '2025-11-19'],
  ['4', 'CA du Sud', '249740085', "Communauté d'agglomération", '974', 'Badge', '', '2025-11-19'],
  ['5', 'Clermont Auvergne Métropole', '246300701', 'Métropole', '63', 'Badge', '', '2025-11-19'],
  ['6', 'Eurométropole de Strasbourg', '246700488', 'Métropole', '67', 'Badge', '', '2025-11-19'],
  ['7', 'Colomiers', '31149', 'Commune', '31', '', 'Sobriété numérique : durabilité des équipements', '2025-11-19'],
  [
    '8',
    'Parc national des Écrins',
    '130006257',
    'Établissement public',
    '05',
    '',
    'Meilleure première candidature, Mutualisation',
    '2025-11-19',
  ],
];

describe('readWorkbook on workbooks saved by LibreOffice', () => {
  it('reads the .xlsx and the .ods of the same table to the same grid: codes with their zeros, the date as AAAA-MM-JJ', () => {
    for (const name of ['jury-2025.xlsx', 'jury-2025.ods']) {
      const workbook = readWorkbook(fixture(name));
      expect(workbook.format).toBe(name.endsWith('.ods') ? 'ods' : 'xlsx');
      expect(workbook.sheets.map((s) => s.name)).toEqual(['jury-2025']);
      expect(workbook.sheets[0]!.rows).toEqual(JURY_2025);
    }
  });

  it('tells a workbook from a CSV by its content, not its name', () => {
    expect(workbookFormat(fixture('jury-2025.ods'))).toBe('ods');
    expect(workbookFormat(fixture('jury-2025.xlsx'))).toBe('xlsx');
    expect(workbookFormat(fixture('jury-2025.csv'))).toBeUndefined();
  });
});

/** A minimal .xlsx written by hand: what Excel itself writes that LibreOffice does not. */
function xlsx(sheets: Record<string, string>, extra: Record<string, string> = {}): Uint8Array {
  const names = Object.keys(sheets);
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<Types/>'),
    'xl/workbook.xml': strToU8(
      `<workbook xmlns:r="r"><sheets>${names.map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<Relationships>${names.map((_, i) => `<Relationship Id="rId${i + 1}" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`,
    ),
  };
  names.forEach(
    (n, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(`<worksheet><sheetData>${sheets[n]}</sheetData></worksheet>`)),
  );
  for (const [name, text] of Object.entries(extra)) files[name] = strToU8(text);
  return zipSync(files);
}

describe('readWorkbook on what Excel writes', () => {
  it('reads shared and rich strings, inline strings, sparse cells, formulas by their value, built-in date formats and numbers', () => {
    const bytes = xlsx(
      {
        Palmarès: [
          '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>Date</t></is></c></row>',
          '<row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3"><f>0.1+0.2</f><v>0.30000000000000004</v></c><c r="C3" s="1"><v>45980</v></c></row>',
        ].join(''),
      },
      {
        'xl/sharedStrings.xml':
          '<sst><si><t>Collectivité</t></si><si><r><t>Saint-</t></r><r><t xml:space="preserve">Martin-d&apos;Uriage</t></r><rPh><t>セント</t></rPh></si></sst>',
        'xl/styles.xml': '<styleSheet><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>',
      },
    );
    expect(readWorkbook(bytes).sheets).toEqual([
      {
        name: 'Palmarès',
        rows: [['Collectivité', '', 'Date'], [], ["Saint-Martin-d'Uriage", '0.3', '2025-11-19']],
      },
    ]);
  });

  it('refuses an XML entity declaration (an entity bomb), a damaged archive, an archive without workbook, in French', () => {
    const bomb = xlsx(
      { F: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' },
      { 'xl/sharedStrings.xml': '<!DOCTYPE x [<!ENTITY a "aaaa">]><sst><si><t>&a;</t></si></sst>' },
    );
    expect(() => readWorkbook(bomb)).toThrow(
      new SpreadsheetError(
        'ce classeur contient une déclaration XML refusée (xl/sharedStrings.xml) : enregistrez-le à nouveau depuis votre tableur',
      ),
    );
    const damaged = fixture('jury-2025.xlsx').subarray(0, 2000);
    expect(() => readWorkbook(damaged)).toThrow(
      'ce classeur .xlsx est illisible (archive abîmée ou incomplète) : rouvrez-le dans votre tableur et enregistrez-le à nouveau',
    );
    expect(() => readWorkbook(zipSync({ 'a.txt': strToU8('x') }))).toThrow(
      'ce fichier .xlsx n’a pas de classeur (xl/workbook.xml manque) : enregistrez-le à nouveau depuis votre tableur',
    );
  });
});

/** A minimal .ods: its mimetype first, then content.xml with the given table rows. */
function ods(tables: Record<string, string>): Uint8Array {
  const body = Object.entries(tables)
    .map(([name, rows]) => `<table:table table:name="${name}">${rows}</table:table>`)
    .join('');
  return zipSync({
    mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'),
    'content.xml': strToU8(
      `<office:document-content><office:body><office:spreadsheet>${body}</office:spreadsheet></office:body></office:document-content>`,
    ),
  });
}

describe('readWorkbook on what LibreOffice writes by hand', () => {
  it('expands repeated cells and rows with values, and never the empty run to the end of the sheet', () => {
    const rows = [
      '<table:table-row><table:table-cell office:value-type="string"><text:p>Nom</text:p></table:table-cell><table:table-cell table:number-columns-repeated="2"/><table:table-cell office:value-type="string"><text:p>Niveau</text:p></table:table-cell><table:table-cell table:number-columns-repeated="16380"/></table:table-row>',
      '<table:table-row table:number-rows-repeated="2"><table:table-cell office:value-type="string"><text:p>Saint<text:s text:c="2"/>Denis</text:p><text:p>(La Réunion)</text:p></table:table-cell><table:covered-table-cell/><table:table-cell office:value-type="float" office:value="4" table:number-columns-repeated="2"><text:p>4,00</text:p></table:table-cell><table:table-cell office:value-type="date" office:date-value="2025-11-19T00:00:00"><text:p>19/11/25</text:p></table:table-cell></table:table-row>',
      '<table:table-row table:number-rows-repeated="1048573"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>',
    ].join('');
    expect(readWorkbook(ods({ Feuille1: rows })).sheets).toEqual([
      {
        name: 'Feuille1',
        rows: [
          ['Nom', '', '', 'Niveau'],
          ['Saint  Denis\n(La Réunion)', '', '4', '4', '2025-11-19'],
          ['Saint  Denis\n(La Réunion)', '', '4', '4', '2025-11-19'],
        ],
      },
    ]);
  });
});

describe('readResultsTable', () => {
  const twoSheets = ods({
    Consignes: '',
    Palmarès:
      '<table:table-row><table:table-cell><text:p>Collectivité</text:p></table:table-cell></table:table-row><table:table-row/><table:table-row><table:table-cell><text:p>Boé</text:p></table:table-cell></table:table-row>',
    Candidatures: '<table:table-row><table:table-cell><text:p>Nom</text:p></table:table-cell></table:table-row>',
  });

  it('reads the first sheet with data, numbering rows as the spreadsheet does, and says which', () => {
    expect(readResultsTable('jury.ods', twoSheets)).toEqual({
      table: { header: ['Collectivité'], rows: [{ line: 3, cells: ['Boé'] }] },
      description:
        'jury.ods : classeur LibreOffice (.ods), feuille « Palmarès » (2e sur 3 : « Consignes », « Palmarès », « Candidatures » ; --feuille pour en choisir une autre), 1 ligne(s) de résultats',
    });
  });

  it('reads the sheet asked for, and lists the sheets when it does not exist', () => {
    expect(readResultsTable('jury.ods', twoSheets, 'candidatures').table.header).toEqual(['Nom']);
    expect(() => readResultsTable('jury.ods', twoSheets, 'Lauréats')).toThrow(
      '--feuille : aucune feuille « Lauréats » dans ce classeur ; feuilles : « Consignes », « Palmarès », « Candidatures »',
    );
    expect(() => readResultsTable('jury.csv', fixture('jury-2025.csv'), 'Palmarès')).toThrow(
      '--feuille « Palmarès » : ce fichier est un CSV, il n’a pas de feuilles',
    );
  });

  it('reads a CSV as before, with its encoding and separator', () => {
    expect(readResultsTable('jury-2025.csv', fixture('jury-2025.csv')).description).toBe(
      'jury-2025.csv : encodage UTF-8, séparateur « ; », 8 ligne(s) de résultats',
    );
  });
});
