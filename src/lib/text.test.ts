import { describe, expect, it } from 'vitest';
import { closestMatches, expandAbbreviations, foldText, nameKey, slugify } from './text';

describe('foldText', () => {
  it('ignores accents, case, hyphens and apostrophes', () => {
    expect(foldText('Saint-Martin-d’Uriage')).toBe(foldText('saint martin d uriage'));
    expect(foldText('ÉCHIROLLES')).toBe('echirolles');
    expect(foldText('Cœur')).toBe('coeur');
  });

  it('ignores characters that do not show, copied with a name (zero-width space, soft hyphen, BOM)', () => {
    expect(foldText('\ufeffAbbe\u200bvil\u00adle')).toBe('abbeville');
    expect(slugify('Saint-\u200bJoseph')).toBe('saint-joseph');
  });
});

describe('slugify', () => {
  it('makes file-safe slugs', () => {
    expect(slugify("Saint-Martin-d'Uriage")).toBe('saint-martin-d-uriage');
    expect(slugify('Département des Côtes-d’Armor')).toBe('departement-des-cotes-d-armor');
  });
});

describe('closestMatches', () => {
  it('suggests the nearest slugs for a typo, best first', () => {
    expect(closestMatches('echirole', ['echirolles', 'abbeville', 'grenoble'])).toEqual(['echirolles']);
  });
  it('suggests nothing when nothing is close', () => {
    expect(closestMatches('zzzz', ['echirolles', 'abbeville'])).toEqual([]);
  });
});

describe('expandAbbreviations', () => {
  it('spells out St, Ste, Sts and Stes as whole words only', () => {
    expect(expandAbbreviations('st martin d uriage')).toBe('saint martin d uriage');
    expect(expandAbbreviations('ste foy les lyon')).toBe('sainte foy les lyon');
    expect(expandAbbreviations('stes maries de la mer')).toBe('saintes maries de la mer');
    expect(expandAbbreviations('sts geosmes')).toBe('saints geosmes');
    expect(expandAbbreviations('stella plage')).toBe('stella plage');
  });
});

describe('nameKey', () => {
  it('ignores accents, case, hyphens, apostrophes, abbreviations and a trailing "(…)"', () => {
    expect(nameKey('St-Martin-d’Hères')).toBe(nameKey("SAINT MARTIN D'HERES"));
    expect(nameKey('Ste-Foy-lès-Lyon')).toBe('sainte foy les lyon');
    expect(nameKey('Stes-Maries-de-la-Mer')).toBe('saintes maries de la mer');
    expect(nameKey('CA du Grand Avignon (COGA)')).toBe('ca du grand avignon');
  });
});
