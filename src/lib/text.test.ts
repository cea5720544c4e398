import { describe, expect, it } from 'vitest';
import { closestMatches, foldText, slugify } from './text';

describe('foldText', () => {
  it('ignores accents, case, hyphens and apostrophes', () => {
    expect(foldText('Saint-Martin-d’Uriage')).toBe(foldText('saint martin d uriage'));
    expect(foldText('ÉCHIROLLES')).toBe('echirolles');
    expect(foldText('Cœur')).toBe('coeur');
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
