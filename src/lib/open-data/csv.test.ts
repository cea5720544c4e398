import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../tests/support/parse-csv';
import { BOM, csvCell, toCsv } from './csv';

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
});

describe('toCsv', () => {
  it('starts with a UTF-8 byte order mark and ends every line with CRLF', () => {
    const text = toCsv(['a', 'b'], [['1', 'x']]);
    expect(text).toBe(`${BOM}a,b\r\n1,x\r\n`);
    expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('can leave the byte order mark out', () => {
    expect(toCsv(['a'], [[1]], { bom: false })).toBe('a\r\n1\r\n');
  });

  it('round-trips awkward values through a strict RFC 4180 reader', () => {
    const rows = [
      ['Agence "test"', 'a, b', 'ligne 1\r\nligne 2', ''],
      ['Œ', '—', ' x ', '0'],
    ];
    expect(parseCsv(toCsv(['w', 'x', 'y', 'z'], rows))).toEqual([['w', 'x', 'y', 'z'], ...rows]);
  });

  it('refuses a row whose width differs from the header', () => {
    expect(() => toCsv(['a', 'b'], [['1']])).toThrow('CSV row 1 has 1 cells, expected 2');
  });
});
