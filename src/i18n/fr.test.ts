import { describe, expect, it } from 'vitest';
import { formatCitedCount, formatPartialDate, frKnown, frenchList, ofName, plural, pluralForm, resultText, yearRange } from './fr';

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

  it('says what is known when the distinction is not, never « labellisée » (the tier may be an entry distinction)', () => {
    expect(resultText({ distinction: null, mentions: [] })).toBe('distinction non connue');
    expect(resultText({ distinction: null, mentions: [mutualisation, sobriete] })).toBe(
      'mentions « Mutualisation » et « Sobriété numérique : durabilité des équipements », distinction non connue',
    );
  });
});

describe('frKnown', () => {
  it('gives a known count as a total only for a complete list, in the words of the edition’s scale', () => {
    expect(frKnown.edition({ known: 8, official: 36, status: 'partial', awards: 'distinction' })).toBe(
      '8 collectivités connues sur 36 distinguées (chiffre officiel)',
    );
    expect(frKnown.edition({ known: 3, status: 'partial', awards: 'label' })).toBe('3 collectivités connues ; nombre officiel non publié');
    expect(frKnown.edition({ known: 23, official: 23, status: 'complete', awards: 'label' })).toBe(
      '23 collectivités labellisées (liste complète)',
    );
    expect(frKnown.edition({ known: 1, official: 1, status: 'complete', awards: 'distinction' })).toBe(
      '1 collectivité distinguée (liste complète)',
    );
  });

  it('never writes « 0 » for a list nobody published', () => {
    expect(frKnown.distinction({ known: 0, status: 'unpublished' })).toBe('liste non publiée');
    expect(frKnown.distinction({ known: 0, official: 3, status: 'unpublished' })).toBe('aucune connue sur 3');
    expect(frKnown.distinction({ known: 0, official: 0, status: 'complete' })).toBe('0');
    expect(frKnown.distinction({ known: 2, official: 4, status: 'partial' })).toBe('2 connues sur 4');
    expect(frKnown.distinction({ known: 1, status: 'partial' })).toBe('1 connue');
  });
});

describe('ofName', () => {
  it('elides « de » before a vowel', () => {
    expect(ofName('Oullins')).toBe('d’Oullins');
    expect(ofName('Échirolles')).toBe('d’Échirolles');
    expect(ofName('Pierre-Bénite')).toBe('de Pierre-Bénite');
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
