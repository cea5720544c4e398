import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../tests/support/parse-csv';
import { BOM, FRENCH_SPREADSHEET, csvCell, neutraliseFormula, toCsv } from './csv';

describe('neutraliseFormula', () => {
  it('puts an apostrophe before a text that a spreadsheet would run as a formula', () => {
    expect(neutraliseFormula('=1+1')).toBe("'=1+1");
    expect(neutraliseFormula('@x')).toBe("'@x");
    expect(neutraliseFormula('-2')).toBe("'-2");
    expect(neutraliseFormula('+3')).toBe("'+3");
    expect(neutraliseFormula('\tcmd')).toBe("'\tcmd");
    expect(neutraliseFormula('\rcmd')).toBe("'\rcmd");
  });

  it('leaves other texts alone, including those with the same signs further on', () => {
    expect(neutraliseFormula('Saint-Martin-d’Uriage')).toBe('Saint-Martin-d’Uriage');
    expect(neutraliseFormula('a=b')).toBe('a=b');
    expect(neutraliseFormula('')).toBe('');
  });
});

describe('csvCell', () => {
  it('leaves plain text and numbers as they are', () => {
    expect(csvCell('Échirolles')).toBe('Échirolles');
    expect(csvCell(5)).toBe('5');
    expect(csvCell(0)).toBe('0');
  });

  it('writes nothing for a missing value', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('quotes commas, line breaks and edge spaces, and doubles inner quotes', () => {
    expect(csvCell('Syndicat, Isère')).toBe('"Syndicat, Isère"');
    expect(csvCell('ligne 1\nligne 2')).toBe('"ligne 1\nligne 2"');
    expect(csvCell('dit "à vérifier"')).toBe('"dit ""à vérifier"""');
    expect(csvCell(' espace')).toBe('" espace"');
  });

  it('neutralises formula-like text, then quotes it as any other text', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('\t1')).toBe("'\t1");
  });

  it('writes negative numbers as numbers: only text is neutralised', () => {
    expect(csvCell(-2)).toBe('-2');
  });

  it('writes a decimal comma and quotes semicolons, not commas, in the French spreadsheet dialect', () => {
    expect(csvCell(45.18, FRENCH_SPREADSHEET)).toBe('45,18');
    expect(csvCell(45, FRENCH_SPREADSHEET)).toBe('45');
    expect(csvCell('a;b', FRENCH_SPREADSHEET)).toBe('"a;b"');
    expect(csvCell('a, b', FRENCH_SPREADSHEET)).toBe('a, b');
    expect(csvCell('+3', FRENCH_SPREADSHEET)).toBe("'+3");
  });
});

describe('toCsv', () => {
  it('writes the RFC 4180 dialect without a byte order mark and ends every line with CRLF', () => {
    const text = toCsv(['a', 'b'], [['1', 'x']]);
    expect(text).toBe('a,b\r\n1,x\r\n');
    expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0x61, 0x2c, 0x62]));
  });

  it('starts the French spreadsheet dialect with a UTF-8 byte order mark, for Excel', () => {
    const text = toCsv(['a'], [[1]], { dialect: FRENCH_SPREADSHEET });
    expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('can add or leave out the byte order mark whatever the dialect', () => {
    expect(toCsv(['a'], [[1]], { bom: true })).toBe(`${BOM}a\r\n1\r\n`);
    expect(toCsv(['a'], [[1]], { dialect: FRENCH_SPREADSHEET, bom: false })).toBe('a\r\n1\r\n');
  });

  it('separates cells with semicolons in the French spreadsheet dialect', () => {
    expect(toCsv(['nom', 'latitude'], [['Lyon, Rhône', 45.76]], { dialect: FRENCH_SPREADSHEET })).toBe(
      `${BOM}nom;latitude\r\nLyon, Rhône;45,76\r\n`,
    );
  });

  it('round-trips awkward values through a strict RFC 4180 reader', () => {
    const rows = [
      ['Agence "test"', 'a, b', 'ligne 1\r\nligne 2', ''],
      ['Œ', '—', ' x ', '0'],
    ];
    expect(parseCsv(toCsv(['w', 'x', 'y', 'z'], rows))).toEqual([['w', 'x', 'y', 'z'], ...rows]);
    expect(parseCsv(toCsv(['w', 'x', 'y', 'z'], rows, { dialect: FRENCH_SPREADSHEET }), ';')).toEqual([['w', 'x', 'y', 'z'], ...rows]);
  });

  it('refuses a row whose width differs from the header', () => {
    expect(() => toCsv(['a', 'b'], [['1']])).toThrow('CSV row 1 has 1 cells, expected 2');
  });
});
