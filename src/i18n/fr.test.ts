import { describe, expect, it } from 'vitest';
import { formatCitedCount, formatPartialDate, frenchList, plural, pluralForm, resultText, yearRange } from './fr';

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

describe('plural', () => {
  it('keeps 0 and 1 singular, as French does, and writes large counts with a French thousands separator', () => {
    expect(plural(0, 'problème')).toBe('0 problème');
    expect(plural(1, 'fichier')).toBe('1 fichier');
    expect(plural(2, 'fichier')).toBe('2 fichiers');
    expect(plural(3, 'code postal', 'codes postaux')).toBe('3 codes postaux');
    expect(plural(12_000, 'commune')).toBe('12\u202f000 communes');
  });
});

describe('pluralForm', () => {
  it('gives the word agreeing with a count, without the count', () => {
    expect(pluralForm(0, 'écrit')).toBe('écrit');
    expect(pluralForm(1, 'la mention', 'les mentions')).toBe('la mention');
    expect(pluralForm(2, 'la mention', 'les mentions')).toBe('les mentions');
  });
});

describe('frenchList', () => {
  it('joins items with commas and « et »', () => {
    expect(frenchList([])).toBe('');
    expect(frenchList(['Or'])).toBe('Or');
    expect(frenchList(['Badge', 'Bronze', 'Or'])).toBe('Badge, Bronze et Or');
  });
});

describe('yearRange', () => {
  it('writes a range with a dash or in words, a single year alone, nothing without editions', () => {
    expect(yearRange(2016, 2025)).toBe('2016–2025');
    expect(yearRange(2016, 2023, 'words')).toBe('2016 à 2023');
    expect(yearRange(2025, 2025)).toBe('2025');
    expect(yearRange(undefined, undefined)).toBe('');
  });
});
