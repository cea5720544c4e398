import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../../tests/support/contrast';
import { BADGE, badgeSvg, pillColours } from './badge';

const footer = 'Vérifier sur l’Atlas TNL (non officiel)';
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('badgeSvg', () => {
  const svg = badgeSvg({
    label: 'Territoire Numérique Libre',
    distinction: 'Or',
    tone: 5,
    year: 2025,
    territory: 'Boé',
    footer,
    title: 'Boé : Or, édition 2025 du label Territoire Numérique Libre. Relevé indépendant de l’Atlas TNL, à vérifier sur sa fiche.',
  });

  it('is 176 × 74 CSS pixels (88 × 31 doubled, a line taller), an image named by its <title>', () => {
    expect(BADGE).toEqual({ width: 176, height: 74, pngScale: 2 });
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="176" height="74" viewBox="0 0 176 74" role="img" aria-labelledby="titre">/,
    );
    expect(svg).toContain(
      '<title id="titre">Boé : Or, édition 2025 du label Territoire Numérique Libre. Relevé indépendant de l’Atlas TNL, à vérifier sur sa fiche.</title>',
    );
  });

  it('writes the label, the distinction with its year, the territory and where to check it, as real text', () => {
    expect(texts(svg)).toEqual(['Territoire Numérique Libre', 'Or · 2025', 'Boé', footer]);
  });

  it('keeps a long result whole in a smaller type, instead of cutting it', () => {
    const long = badgeSvg({ label: 'L', distinction: 'Mentions spéciales', tone: 0, year: 2025, territory: 'Parc', footer, title: 't' });
    expect(texts(long)[1]).toBe('Mentions spéciales · 2025');
    expect(long).toMatch(/font-size="1[1-4](\.\d)?" font-weight="700" [^>]*>Mentions spéciales · 2025</);
  });

  it('shortens a long name and fits it to the badge’s width in any font', () => {
    const long = badgeSvg({
      label: 'Territoire Numérique Libre',
      distinction: 'Niveau 5',
      tone: 5,
      year: 2022,
      territory: 'Communauté d’agglomération Dracénie Provence Verdon',
      footer,
      title: 't',
    });
    expect(texts(long)).toEqual(['Territoire Numérique Libre', 'Niveau 5 · 2022', 'Communauté d’agglomération…', footer]);
    expect(long).toMatch(/textLength="160" lengthAdjust="spacingAndGlyphs">Communauté d’agglomération…</);
  });

  it('escapes what it writes', () => {
    expect(badgeSvg({ label: 'L', distinction: 'A & B', tone: 1, year: 2025, territory: '<x>', footer, title: '"t"' })).toContain(
      '<title id="titre">&quot;t&quot;</title>',
    );
  });
});

describe('the badge’s pill', () => {
  const unknown = badgeSvg({
    label: 'Territoire Numérique Libre',
    distinction: 'Niveau non connu',
    tone: 0,
    year: 2021,
    territory: 'Boé',
    footer,
    title: 't',
  });
  const or = badgeSvg({
    label: 'Territoire Numérique Libre',
    distinction: 'Or',
    tone: 5,
    year: 2025,
    territory: 'Boé',
    footer,
    title: 't',
  });

  it('shows the distinction and its year in the tone the pages give it, with white text', () => {
    expect(or).toMatch(
      /<rect x="[\d.]+" y="23" width="[\d.]+" height="21" rx="10.5" fill="#8a1538"\/><text [^>]*fill="#fff"[^>]*>Or · 2025<\/text>/,
    );
  });

  it('shows a distinction not known as the pages do: white, a dashed grey outline, grey text', () => {
    expect(unknown).toMatch(
      /<rect [^>]*fill="#ffffff" stroke="#4a4a5a" stroke-dasharray="3 2"\/><text [^>]*fill="#4a4a5a"[^>]*>Niveau non connu · 2021<\/text>/,
    );
  });

  it('sizes the pill to its text, centred, and fixes the text’s length to fit it in any font', () => {
    const [, x, width] = /<rect x="([\d.]+)" y="23" width="([\d.]+)"/.exec(or)!;
    expect(Number(x) * 2 + Number(width)).toBe(176);
    const [, length] = /textLength="(\d+)" lengthAdjust="spacingAndGlyphs">Or · 2025</.exec(or)!;
    expect(Number(width)).toBe(Number(length) + 18);
  });

  it('keeps its text at 4.5:1 or more on every tone (WCAG AA), like the label on its band and the name on white', () => {
    expect([0, 1, 2, 3, 4, 5].map((tone) => contrastRatio(pillColours(tone).text, pillColours(tone).fill))).toEqual([
      8.68, 6.59, 6.21, 5.57, 5.91, 9.35,
    ]);
    const [, band, label] = /height="19" rx="5" fill="(#\w+)"\/>.*?<text x="88" y="15" [^>]*fill="(#\w+)"/.exec(or)!;
    expect(contrastRatio(label!, band!)).toBe(11.27);
    const [, paper] = /<rect x="1" y="1" [^>]*fill="(#\w+)"/.exec(or)!;
    const [, name] = /<text x="88" y="56" [^>]*fill="(#\w+)"/.exec(or)!;
    expect(contrastRatio(name!, paper!)).toBe(16.52);
  });
});
