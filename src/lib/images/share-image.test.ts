import { describe, expect, it } from 'vitest';
import { SHARE_IMAGE, shareImageSvg } from './share-image';
import { textWidth } from './text-fit';

const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('shareImageSvg', () => {
  const card = {
    site: 'Atlas du label Territoire Numérique Libre',
    kicker: 'Commune · Lot-et-Garonne (47)',
    title: 'Boé',
    lines: ['Dernière distinction connue : Or, édition 2025', 'Labellisé lors de 5 éditions connues depuis 2019'],
    scale: { caption: 'Échelle 2025 :', steps: ['Badge', 'Bronze', 'Argent', 'Or'], achieved: 3 },
    footer: 'atlas.example/territoires/boe/',
  };
  const svg = shareImageSvg(card);

  it('is a 1200 × 630 image with the site, the subject, its facts, the scale and the address, as text', () => {
    expect(SHARE_IMAGE).toEqual({ width: 1200, height: 630 });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630" viewBox="0 0 1200 630">/);
    expect(texts(svg)).toEqual([
      'Atlas du label Territoire Numérique Libre',
      'Commune · Lot-et-Garonne (47)',
      'Boé',
      'Dernière distinction connue : Or, édition 2025',
      'Labellisé lors de 5 éditions connues depuis 2019',
      'Échelle 2025 :',
      'Badge',
      'Bronze',
      'Argent',
      'Or',
      'atlas.example/territoires/boe/',
    ]);
  });

  it('marks the obtained step by a filled box and bold text, not by colour alone', () => {
    const boxes = [
      ...svg.matchAll(/<rect x="[^"]+" y="[^"]+" width="[^"]+" height="56" rx="6" fill="([^"]+)" stroke="[^"]+" stroke-width="(\d)"\/>/g),
    ];
    expect(boxes.map((m) => [m[1], m[2]])).toEqual([
      ['#ffffff', '2'],
      ['#ffffff', '2'],
      ['#ffffff', '2'],
      ['#1b3a6b', '4'],
    ]);
    expect(svg).toMatch(/font-weight="700" fill="#fff" text-anchor="middle">Or<\/text>/);
  });

  it('wraps a long title on two lines, never wider than the image', () => {
    const long = shareImageSvg({ ...card, title: 'Communauté d’agglomération Dracénie Provence Verdon', scale: undefined });
    const titles = [...long.matchAll(/font-size="(\d+)" font-weight="700" fill="#1e1e28">([^<]*)</g)].map(
      (m) => [Number(m[1]), m[2]!] as const,
    );
    expect(titles).toEqual([
      [64, 'Communauté d’agglomération'],
      [64, 'Dracénie Provence Verdon'],
    ]);
    for (const [size, t] of titles) expect(textWidth(t, size, 'bold')).toBeLessThanOrEqual(1080);
  });
});
