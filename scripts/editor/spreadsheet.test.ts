import { describe, expect, it } from 'vitest';
import { checkSpreadsheetFile, decodeSpreadsheet, MAX_CSV_BYTES, parseTable, SpreadsheetError } from './spreadsheet';

const cp1252 = (text: string) =>
  Uint8Array.from([...text].map((c) => ({ é: 0xe9, è: 0xe8, ô: 0xf4, É: 0xc9, œ: 0x9c, '’': 0x92 })[c] ?? c.charCodeAt(0)));

describe('decodeSpreadsheet', () => {
  it('reads UTF-8 with and without a byte order mark', () => {
    const bytes = new TextEncoder().encode('Échirolles;Isère');
    expect(decodeSpreadsheet(bytes)).toEqual({ text: 'Échirolles;Isère', encoding: 'UTF-8' });
    expect(decodeSpreadsheet(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]))).toEqual({
      text: 'Échirolles;Isère',
      encoding: 'UTF-8 avec BOM',
    });
  });

  it('reads Windows-1252 when the bytes are not valid UTF-8, including œ and the curly apostrophe', () => {
    expect(decodeSpreadsheet(cp1252('Échirolles;Isère;Cœur;l’Ain'))).toEqual({
      text: 'Échirolles;Isère;Cœur;l’Ain',
      encoding: 'Windows-1252',
    });
  });

  it('reads UTF-16 "texte Unicode" exports', () => {
    const text = 'Nom\tNiveau\r\nBoé\t5';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    [...text].forEach((c, i) => bytes.set([c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8], 2 + i * 2));
    expect(decodeSpreadsheet(bytes)).toEqual({ text, encoding: 'UTF-16' });
  });

  it('refuses a workbook by its signature, an .xlsx, .ods or .numbers (zip) or a legacy .xls (OLE2), saying how to export it as CSV', () => {
    const saveAs =
      'ouvrez-le dans votre tableur et « Enregistrer sous » au format CSV (Excel : « CSV (séparateur : point-virgule) » ; LibreOffice : « Texte CSV »), puis importez le fichier .csv';
    expect(() => decodeSpreadsheet(Uint8Array.from([0x50, 0x4b, 3, 4]))).toThrow(SpreadsheetError);
    expect(() => decodeSpreadsheet(Uint8Array.from([0x50, 0x4b, 3, 4]))).toThrow(
      `ce fichier est un classeur (.xlsx, .ods ou .numbers), pas un CSV : ${saveAs}`,
    );
    expect(() => decodeSpreadsheet(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toThrow(
      `ce fichier est un classeur Excel (.xls), pas un CSV : ${saveAs}`,
    );
  });

  it('refuses a workbook by its extension, and a file too big to be a results table, before reading it', () => {
    expect(() => checkSpreadsheetFile('resultats-2024.XLS', 100)).toThrow(
      'ce fichier est un classeur Excel (.xls), pas un CSV : ouvrez-le',
    );
    expect(() => checkSpreadsheetFile('~/palmares.xlsx', 100)).toThrow('classeur Excel (.xlsx)');
    expect(() => checkSpreadsheetFile('palmares.ods', 100)).toThrow('classeur LibreOffice (.ods)');
    expect(() => checkSpreadsheetFile('palmares.numbers', 100)).toThrow('classeur Numbers (.numbers)');
    expect(() => checkSpreadsheetFile('resultats.csv', MAX_CSV_BYTES)).not.toThrow();
    expect(() => checkSpreadsheetFile('resultats.csv', 7.3 * 1024 * 1024)).toThrow(
      'le fichier pèse 7,3 Mo : l’import en accepte 5 Mo au plus, bien plus qu’un palmarès ; vérifiez que c’est le bon fichier, ou gardez seulement les lignes des résultats',
    );
    expect(() => decodeSpreadsheet(new Uint8Array(MAX_CSV_BYTES + 1))).toThrow('l’import en accepte 5 Mo au plus');
  });
});

describe('parseTable', () => {
  it('detects a semicolon separator and trims cells', () => {
    expect(parseTable('Collectivité ; Niveau \r\nBoé ; 5 \r\n')).toEqual({
      separator: ';',
      header: ['Collectivité', 'Niveau'],
      rows: [{ line: 2, cells: ['Boé', '5'] }],
    });
  });

  it('detects commas and tabs', () => {
    expect(parseTable('a,b\n1,2').separator).toBe(',');
    expect(parseTable('a\tb\n1\t2').rows[0]!.cells).toEqual(['1', '2']);
  });

  it('keeps separators, doubled quotes and line breaks inside quoted fields, counting lines right', () => {
    const table = parseTable(
      'nom,mentions,note\n"Saint-Martin-d\'Uriage","sobriete, mutualisation","dit ""excellent""\nà vérifier"\nBoé,,\n',
    );
    expect(table.rows).toEqual([
      { line: 2, cells: ["Saint-Martin-d'Uriage", 'sobriete, mutualisation', 'dit "excellent"\nà vérifier'] },
      { line: 4, cells: ['Boé', '', ''] },
    ]);
  });

  it('skips empty lines and lines of empty cells, keeping real line numbers', () => {
    expect(parseTable('\n\nnom;niveau\n\n;\nBoé;5\n\n').rows).toEqual([{ line: 6, cells: ['Boé', '5'] }]);
  });

  it('reports an empty file and an unclosed quote', () => {
    expect(() => parseTable(' \n\n')).toThrow('le fichier est vide');
    expect(() => parseTable('nom;niveau\n"Boé;5\n')).toThrow('guillemet ouvert ligne 2 et jamais fermé');
  });

  it('refuses more than 10 000 rows before splitting them, not counting lines of separators only', () => {
    const rows = (n: number) => `nom;niveau\n${'Boé;5\n'.repeat(n)}`;
    expect(parseTable(`${rows(10_000)}${';;\n'.repeat(20_000)}`).rows).toHaveLength(10_000);
    expect(() => parseTable(rows(10_001))).toThrow(
      'le fichier compte 10\u202f002 lignes : l’import en accepte 10\u202f000 au plus, bien plus qu’un palmarès ; vérifiez que c’est le bon fichier, ou gardez seulement les lignes des résultats',
    );
  });
});
