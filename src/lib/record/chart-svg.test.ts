import { describe, expect, it } from 'vitest';
import { CHART_FONT, barChartSvg, wrapText } from './chart-svg';
import { barChartLayout } from './charts';

const layout = barChartLayout([
  { label: 'Or', bars: [{ series: 'count', value: 3, text: '3 sur 4', tone: 5 }] },
  { label: 'Distinction non connue', bars: [{ series: 'count', value: 1, text: '1', tone: 0 }] },
  { label: 'Édition 2016', bars: [{ series: 'official', value: null, text: 'chiffre officiel non retrouvé' }] },
]);
const text = { id: 'graphique-x', title: 'Distinctions « connues » de 2025', description: 'Or : 3 sur 4 ; inconnue : 1.' };

describe('barChartSvg', () => {
  it('draws on the page an image named by its title and description, each bar with its value as text', () => {
    const svg = barChartSvg(layout, text);
    expect(svg).toMatch(/^<svg class="bar-chart" role="img" aria-labelledby="graphique-x-titre graphique-x-desc" width="400" height="\d+"/);
    expect(svg).toContain('<title id="graphique-x-titre">Distinctions « connues » de 2025</title>');
    expect([...svg.matchAll(/<text class="label"[^>]*>([^<]+)</g)].map((m) => m[1])).toEqual([
      'Or',
      'Distinction non connue',
      'Édition 2016',
    ]);
    expect([...svg.matchAll(/<text class="value"[^>]*>([^<]+)</g)].map((m) => m[1])).toEqual([
      '3 sur 4',
      '1',
      'chiffre officiel non retrouvé',
    ]);
    expect(svg.match(/<rect /g)).toHaveLength(2);
  });

  it('paints with attributes, not the page’s CSS: tones, and a dashed outline for an unknown distinction', () => {
    const svg = barChartSvg(layout, text);
    expect(svg).toContain('fill="#8a1538" stroke="#8a1538"');
    expect(svg).toMatch(/fill="#ffffff" stroke="#4a4a5a" stroke-dasharray="3 2"/);
    expect(svg).not.toContain('var(--');
  });

  it('makes a standalone file: namespace, system fonts, white background, title drawn, description, attribution', () => {
    const svg = barChartSvg(layout, text, {
      attribution: 'Source : Atlas TNL · Licence Ouverte 2.0 · https://exemple.fr/statistiques/#graphique-x',
    });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" xml:lang="fr" width="432" height="\d+" viewBox="0 0 432 \d+"/);
    expect(svg).toContain(`font-family="${CHART_FONT.replace(/'/g, '&#39;')}"`);
    expect(CHART_FONT.endsWith('sans-serif')).toBe(true);
    expect(svg).toContain(
      '<title id="titre">Distinctions « connues » de 2025</title><desc id="description">Or : 3 sur 4 ; inconnue : 1.</desc>',
    );
    expect(svg).toContain('<rect width="100%" height="100%" fill="#ffffff"/>');
    expect(svg).toContain('>Distinctions « connues » de 2025</tspan>');
    expect(svg).toContain('https://exemple.fr/statistiques/#graphique-x</tspan>');
    expect(svg).not.toMatch(/<image|href=|@import|url\(|<style/);
    expect(svg.endsWith('</svg>\n')).toBe(true);
  });

  it('escapes text', () => {
    expect(barChartSvg(barChartLayout([{ label: 'A & <B>', bars: [] }]), text)).toContain('>A &amp; &lt;B&gt;</text>');
  });
});

describe('wrapText', () => {
  it('breaks a text into lines that fit the width, never inside a word', () => {
    expect(wrapText('Source : Atlas du label Territoire Numérique Libre', 180, 12)).toEqual([
      'Source : Atlas du label',
      'Territoire Numérique Libre',
    ]);
    expect(wrapText('anticonstitutionnellement', 20, 12)).toEqual(['anticonstitutionnellement']);
  });
});
