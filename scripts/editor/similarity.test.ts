import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/lib/text';
import { nameDistance, significantWords, textsSimilar } from './similarity';

const distance = (a: string, b: string) => nameDistance(foldText(a), foldText(b));

describe('nameDistance', () => {
  it('accepts a typo, one per four letters of a word', () => {
    expect(distance('Grenoble', 'Grenoble')).toBe(0);
    expect(distance('Grenobel', 'Grenoble')).toBe(2);
    expect(distance('Villeurbane', 'Villeurbanne')).toBe(1);
    expect(distance('Rennes Metropol', 'Rennes Métropole')).toBe(1);
    expect(distance('Chirols', 'Échirolles')).toBeUndefined();
  });

  it('accepts a name holding the other as whole words, when it covers at least half of it', () => {
    expect(distance('Syndicat Morbihan Énergies', 'Morbihan Énergies')).toBe(2);
    expect(distance('Clermont Métropole', 'Clermont Auvergne Métropole')).toBe(2);
    expect(distance('Syndicat Morbihan Énergies', 'Morbihan')).toBeUndefined();
  });

  it('refuses a short name found inside a longer one, and names sharing only a word', () => {
    expect(distance('Parc national des Écrins', 'Ri')).toBeUndefined();
    expect(distance('Ry', 'Ri')).toBeUndefined();
    expect(distance('Clermont Métropole', 'Le Mans Métropole')).toBeUndefined();
    expect(distance('Montreuil-sous-Bois', 'Montreuil-sous-Pérouse')).toBeUndefined();
  });
});

describe('textsSimilar', () => {
  it('finds a mention named by some of its words, shortened or with a typo', () => {
    expect(textsSimilar('promotion et sensibilisation au libre', 'Promotion, communication et sensibilisation aux logiciels libres')).toBe(
      true,
    );
    expect(textsSimilar('sobriété numérique', 'Sobriété numérique : durabilité des équipements')).toBe(true);
    expect(textsSimilar('Sobriete numerik', 'Sobriété numérique')).toBe(true);
    expect(textsSimilar('mutualisations', 'Mutualisation')).toBe(true);
  });

  it('refuses a single common word, or words the label does not have', () => {
    expect(textsSimilar('libre', 'Promotion, communication et sensibilisation aux logiciels libres')).toBe(false);
    expect(textsSimilar('open data', 'Sobriété numérique : durabilité des équipements')).toBe(false);
    expect(textsSimilar('promotion du libre et open data', 'Promotion, communication et sensibilisation aux logiciels libres')).toBe(false);
  });

  it('leaves out French function words', () => {
    expect(significantWords('parc national des ecrins')).toEqual(['parc', 'national', 'ecrins']);
    expect(significantWords('le')).toEqual(['le']);
  });
});
