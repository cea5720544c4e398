import { describe, expect, it } from 'vitest';
import { formatCitedCount, formatPartialDate, resultText } from './fr';

describe('formatCitedCount', () => {
  it('words a total as its source gives it', () => {
    expect(formatCitedCount({ count: 77, precision: 'exact' })).toBe('77');
    expect(formatCitedCount({ count: 40, precision: 'environ' })).toBe('environ 40');
    expect(formatCitedCount({ count: 75, precision: 'plus-de' })).toBe('plus de 75');
  });
});

describe('formatPartialDate', () => {
  it('reads a year, a month or a day', () => {
    expect(formatPartialDate('2024')).toBe('2024');
    expect(formatPartialDate('2023-03')).toBe('mars 2023');
    expect(formatPartialDate('2023-03-06')).toBe('6 mars 2023');
  });
});

describe('resultText', () => {
  const or = { label: 'Or' };
  const sobriete = { label: 'Sobriété numérique : durabilité des équipements' };
  const mutualisation = { label: 'Mutualisation' };

  it('gives the distinction, with its mentions when there are some', () => {
    expect(resultText({ distinction: or, mentions: [] })).toBe('Or');
    expect(resultText({ distinction: or, mentions: [sobriete] })).toBe('Or et mention « Sobriété numérique : durabilité des équipements »');
  });

  it('says what is known when the distinction is not, without calling it a distinction', () => {
    expect(resultText({ distinction: null, mentions: [] })).toBe('labellisée, distinction non connue');
    expect(resultText({ distinction: null, mentions: [mutualisation, sobriete] })).toBe(
      'mentions « Mutualisation » et « Sobriété numérique : durabilité des équipements », distinction non connue',
    );
  });
});
