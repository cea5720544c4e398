import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../tests/support/contrast';
import { LOOK, TONE_COUNT, distinctionClass, distinctionTone, resolveLookColours } from './look';

describe('distinctionTone', () => {
  it('spreads a 5-step scale over the five tones', () => {
    expect([0, 1, 2, 3, 4].map((rank) => distinctionTone(rank, 5))).toEqual([1, 2, 3, 4, 5]);
  });
  it('gives the top of a 4-step scale (Badge … Or) the highest tone', () => {
    expect([0, 1, 2, 3].map((rank) => distinctionTone(rank, 4))).toEqual([1, 2, 4, 5]);
  });
  it('gives unknown distinctions tone 0', () => {
    expect(distinctionTone(null, 5)).toBe(0);
  });
});

describe('distinctionClass', () => {
  it('gives the pill of the pages and the search, the map’s glyph and the static map’s marker', () => {
    expect(distinctionClass(5)).toBe('badge tone-5');
    expect(distinctionClass(0, 'pill')).toBe('badge tone-0');
    expect(distinctionClass(3, 'mark')).toBe('tnl-mark tone-3');
    expect(distinctionClass(1, 'staticMark')).toBe('tnl-static-mark tone-1');
  });
  it('shows a tone the look does not have (a bad value of the search index) as « not known »', () => {
    expect([6, -1, 2.5, Number.NaN].map((tone) => distinctionClass(tone))).toEqual([
      'badge tone-0',
      'badge tone-0',
      'badge tone-0',
      'badge tone-0',
    ]);
  });
});

describe('LOOK', () => {
  it('has a colour for « not known » and for each of the tones', () => {
    expect(LOOK.tone).toHaveLength(TONE_COUNT + 1);
  });

  // WCAG 2.2 AA: 4.5:1 for text, 3:1 for the shapes that tell something (1.4.11).
  it('gives the white text of a pill 4.5:1 or more on every tone', () => {
    expect(LOOK.tone.map((tone) => contrastRatio(LOOK.colour.inverse, tone))).toEqual([6.66, 6.59, 6.21, 5.57, 5.91, 9.35]);
  });

  it('keeps every text colour at 4.5:1 or more on its background', () => {
    const { colour, map } = LOOK;
    const pairs: Array<[string, string, string]> = [
      ['text on the page', colour.text, colour.background],
      ['muted text on the page', colour.muted, colour.background],
      ['muted text on the surface', colour.muted, colour.surface],
      ['links', colour.link, colour.background],
      ['headings', colour.primary, colour.background],
      ['a notice', colour.primary, colour.primarySoft],
      ['a button', colour.inverse, colour.primary],
      ['a « yes » answer', colour.accent, colour.background],
      ['a search match', colour.text, colour.searchMatch],
      ['the map’s inset names', map.label, colour.background],
    ];
    expect(pairs.filter(([, text, background]) => contrastRatio(text, background) < 4.5).map(([what]) => what)).toEqual([]);
  });

  it('makes the small maps’ marks stand out from the land, and the white ring from a highlight', () => {
    expect(contrastRatio(LOOK.map.marker, LOOK.map.land)).toBe(5);
    expect(contrastRatio(LOOK.map.highlight, LOOK.map.land)).toBe(3.25);
    expect(contrastRatio(LOOK.map.border, LOOK.map.highlight)).toBe(4.25);
  });
});

describe('resolveLookColours', () => {
  it('puts the look’s colours in the place of look(group.name), anywhere in a value', () => {
    expect(resolveLookColours('look(colour.primary)')).toBe('#1b3a6b');
    expect(resolveLookColours('look(tone.5)')).toBe('#8a1538');
    expect(resolveLookColours('var(--map-marker, look( map.marker ))')).toBe('var(--map-marker, #b3261e)');
    expect(resolveLookColours('0 0 0 1px look(map.markerShadow)')).toBe('0 0 0 1px rgb(0 0 0 / 45%)');
    expect(resolveLookColours('1px solid look(colour.muted)')).toBe('1px solid #4a4a5a');
  });

  it('leaves a value without look() as it is', () => {
    expect(resolveLookColours('var(--c-primary)')).toBe('var(--c-primary)');
  });

  it('stops on a name the look does not have, suggesting the closest', () => {
    expect(() => resolveLookColours('2px solid look(colour.acent)')).toThrow(
      'look(colour.acent) : couleur inconnue de src/lib/look.ts ; vouliez-vous dire look(colour.accent) ? ' +
        'Écrivez look(groupe.nom) avec un groupe et un nom de LOOK : look(colour.primary), look(tone.5), look(map.land)…',
    );
    expect(() => resolveLookColours('look(maps.land)')).toThrow(
      'look(maps.land) : couleur inconnue de src/lib/look.ts ; vouliez-vous dire look(map.land) ? ' +
        'Écrivez look(groupe.nom) avec un groupe et un nom de LOOK : look(colour.primary), look(tone.5), look(map.land)…',
    );
    expect(() => resolveLookColours('look(tone.length)')).toThrow(/^look\(tone\.length\) : couleur inconnue de src\/lib\/look\.ts/);
    expect(() => resolveLookColours('look(colour)')).toThrow(/^look\(colour\) : couleur inconnue/);
    expect(() => resolveLookColours('look(zzz.qqq)')).toThrow(
      'look(zzz.qqq) : couleur inconnue de src/lib/look.ts. Écrivez look(groupe.nom) avec un groupe et un nom de LOOK : look(colour.primary), look(tone.5), look(map.land)…',
    );
  });
});
