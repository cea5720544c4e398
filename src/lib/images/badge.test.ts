import { describe, expect, it } from 'vitest';
import { BADGE, badgeSvg } from './badge';

const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
const footer = 'Vérifier sur l’Atlas TNL (non officiel)';

describe('badgeSvg', () => {
  const svg = badgeSvg({
    label: 'Territoire Numérique Libre',
    distinction: 'Or',
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
    const unknown = badgeSvg({ label: 'L', distinction: 'Mentions spéciales', year: 2025, territory: 'Parc', footer, title: 't' });
    expect(texts(unknown)[1]).toBe('Mentions spéciales · 2025');
    expect(unknown).toMatch(/font-size="1[2-6](\.\d)?" font-weight="700" fill="#1e1e28"[^>]*>Mentions spéciales · 2025</);
  });

  it('shortens a long name and fits it to the badge’s width in any font', () => {
    const long = badgeSvg({
      label: 'Territoire Numérique Libre',
      distinction: 'Niveau 5',
      year: 2022,
      territory: 'Communauté d’agglomération Dracénie Provence Verdon',
      footer,
      title: 't',
    });
    expect(texts(long)).toEqual(['Territoire Numérique Libre', 'Niveau 5 · 2022', 'Communauté d’agglomération…', footer]);
    expect(long).toMatch(/textLength="160" lengthAdjust="spacingAndGlyphs">Communauté d’agglomération…</);
  });

  it('escapes what it writes', () => {
    expect(badgeSvg({ label: 'L', distinction: 'A & B', year: 2025, territory: '<x>', footer, title: '"t"' })).toContain(
      '<title id="titre">&quot;t&quot;</title>',
    );
  });
});
