import { describe, expect, it } from 'vitest';
import { fixtureAtlas } from '../../../tests/support/atlas-fixture';
import { loadReference } from '../reference/reference-fs';
import { getBaseMap } from './base-map-fs';
import {
  choroplethClasses,
  choroplethLayout,
  choroplethSvg,
  classOf,
  departementCentres,
  departementCounts,
  placeLabels,
} from './choropleth';

const atlas = fixtureAtlas();
const map = getBaseMap();
const centres = departementCentres(loadReference().departements.values());

describe('departementCounts', () => {
  it('counts each body in its département, most first, and keeps apart those without a single one', () => {
    const { departements, elsewhere } = departementCounts(atlas.territories, map);
    expect(departements.slice(0, 4).map((d) => [d.code, d.territories.map((t) => t.slug)])).toEqual([
      ['38', ['echirolles', 'syndicat-test']],
      ['35', ['rennes-metropole']],
      ['69', ['lyon']],
      ['80', ['abbeville']],
    ]);
    expect(departements).toHaveLength(map.departements.length);
    expect(elsewhere.map((t) => t.slug)).toEqual(['agence-nationale', 'bretagne']);
  });
});

describe('choroplethClasses', () => {
  it('doubles the width of each class and ends the last one at the largest count', () => {
    expect(choroplethClasses(6).map((c) => [c.min, c.max, c.label])).toEqual([
      [1, 1, '1 collectivité'],
      [2, 3, '2 à 3 collectivités'],
      [4, 6, '4 à 6 collectivités'],
    ]);
  });

  it('stops at five classes, the last one open, however large the counts', () => {
    const classes = choroplethClasses(1000);
    expect(classes.map((c) => c.label)).toEqual([
      '1 collectivité',
      '2 à 3 collectivités',
      '4 à 7 collectivités',
      '8 à 15 collectivités',
      '16 collectivités ou plus',
    ]);
    expect(classOf(1000, classes)?.min).toBe(16);
    expect(classOf(0, classes)).toBeUndefined();
    expect(new Set(classes.map((c) => c.fill)).size).toBe(5);
  });

  it('has one class when every département has at most one body', () => {
    expect(choroplethClasses(1).map((c) => c.label)).toEqual(['1 collectivité']);
    expect(choroplethClasses(0).map((c) => c.label)).toEqual(['1 collectivité']);
  });
});

describe('placeLabels', () => {
  it('keeps a label on its point when there is room, and moves an overlapping one aside with a leader line', () => {
    const labels = placeLabels(
      [
        { code: '75', count: 12, centre: { x: 500, y: 300 } },
        { code: '92', count: 3, centre: { x: 495, y: 302 } },
      ],
      { width: 1000, height: 1000 },
    );
    expect(labels[0]).toEqual({ code: '75', text: '12', x: 500, y: 307 });
    expect(labels[1]!.from).toEqual({ x: 495, y: 302 });
    expect(Math.hypot(labels[1]!.x - 495, labels[1]!.y - 309)).toBeGreaterThanOrEqual(20);
  });

  it('never lets the labels of the real Île-de-France départements overlap', () => {
    const codes = ['75', '77', '78', '91', '92', '93', '94', '95'];
    const labels = placeLabels(
      codes.map((code) => ({ code, count: 1, centre: centres.get(code)! })),
      map,
    );
    const boxes = labels.map((l) => ({ left: l.x - 9, right: l.x + 9, top: l.y - 17, bottom: l.y + 4 }));
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom).toBe(false);
  });
});

describe('choroplethSvg', () => {
  const layout = choroplethLayout(atlas.territories, map, centres);
  const text = { id: 'graphique-departements', title: 'Collectivités par département', description: 'Isère : 2.' };

  it('draws, on the page, only the coloured départements and their numbers over the shared base map', () => {
    const svg = choroplethSvg(layout, text);
    expect(svg).toMatch(
      /^<svg class="choropleth" viewBox="0 0 1000 \d+" role="img" aria-labelledby="graphique-departements-titre graphique-departements-desc">/,
    );
    expect(svg.match(/<path /g)).toHaveLength(4);
    expect(svg).toContain('<title>Isère (38) : 2 collectivités</title>');
    expect(svg).toContain('<title>Somme (80) : 1 collectivité</title>');
    expect([...svg.matchAll(/data-departement="(\w+)">(\d+)</g)].map((m) => [m[1], m[2]])).toEqual([
      ['38', '2'],
      ['35', '1'],
      ['69', '1'],
      ['80', '1'],
    ]);
  });

  it('makes a standalone file with the base map, the legend in words, the title and the attribution', () => {
    const svg = choroplethSvg(layout, text, { attribution: 'Source : Atlas TNL · Fond de carte : IGN' });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" xml:lang="fr" width="1032" height="\d+"/);
    expect(svg).toContain('<title id="titre">Collectivités par département</title><desc id="description">Isère : 2.</desc>');
    expect(svg).toContain(`d="${map.land}"`);
    for (const label of ['Aucune collectivité', '1 collectivité', '2 collectivités']) expect(svg).toContain(`>${label}</text>`);
    expect(svg).toContain('Source : Atlas TNL · Fond de carte : IGN');
    expect(svg).not.toMatch(/<image|href=|@import|url\(/);
  });
});
