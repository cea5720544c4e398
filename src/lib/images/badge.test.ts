import { describe, expect, it } from 'vitest';
import { BADGE, badgeSvg } from './badge';

const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('badgeSvg', () => {
  const svg = badgeSvg({
    label: 'Territoire Numérique Libre',
    distinction: 'Or',
    year: 2025,
    territory: 'Boé',
    title: 'Boé : label Territoire Numérique Libre, Or en 2025. Vérifiable sur l’Atlas TNL.',
  });

  it('is 176 × 62 CSS pixels (88 × 31 doubled), an image named by its <title>', () => {
    expect(BADGE).toEqual({ width: 176, height: 62, pngScale: 2 });
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="176" height="62" viewBox="0 0 176 62" role="img" aria-labelledby="titre">/,
    );
    expect(svg).toContain('<title id="titre">Boé : label Territoire Numérique Libre, Or en 2025. Vérifiable sur l’Atlas TNL.</title>');
  });

  it('writes the label, the distinction with its year, and the territory as real text', () => {
    expect(texts(svg)).toEqual(['Territoire Numérique Libre', 'Or · 2025', 'Boé']);
  });

  it('shortens a long name and fits it to the badge’s width in any font', () => {
    const long = badgeSvg({
      label: 'Territoire Numérique Libre',
      distinction: 'Niveau 5',
      year: 2022,
      territory: 'Communauté d’agglomération Dracénie Provence Verdon',
      title: 't',
    });
    expect(texts(long)).toEqual(['Territoire Numérique Libre', 'Niveau 5 · 2022', 'Communauté d’agglomération…']);
    expect(long).toMatch(/textLength="160" lengthAdjust="spacingAndGlyphs">Communauté d’agglomération…</);
  });

  it('escapes what it writes', () => {
    expect(badgeSvg({ label: 'L', distinction: 'A & B', year: 2025, territory: '<x>', title: '"t"' })).toContain(
      '<title id="titre">&quot;t&quot;</title>',
    );
  });
});
