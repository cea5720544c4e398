import { describe, expect, it } from 'vitest';
import { fixtureAtlas } from '../../../tests/support/atlas-fixture';
import { parseCsvRecords } from '../../../tests/support/parse-csv';
import { getBaseMap } from '../map/base-map-fs';
import { choroplethLayout, departementCentres } from '../map/choropleth';
import { loadReference } from '../reference/reference-fs';
import { chartAnchor, chartAttribution, chartFiles, svgSize } from './chart-files';
import { statisticsPage } from './statistics';

const atlas = fixtureAtlas();
const layout = choroplethLayout(atlas.territories, getBaseMap(), departementCentres(loadReference().departements.values()));
const files = chartFiles(statisticsPage(atlas), layout, (slug) => `https://exemple.fr/statistiques/#${chartAnchor(slug)}`);

describe('svgSize', () => {
  it('reads the root element’s width and height', () => {
    expect(
      svgSize('<svg xmlns="http://www.w3.org/2000/svg" width="432" height="914" viewBox="0 0 432 914"><rect width="10" height="5"/></svg>'),
    ).toEqual({
      width: 432,
      height: 914,
    });
  });

  it('refuses an SVG without a size in pixels, quoting its root element', () => {
    expect(() => svgSize('<svg viewBox="0 0 10 10"></svg>')).toThrow(
      'Ce SVG n’a pas de largeur et de hauteur en pixels : <svg viewBox="0 0 10 10">',
    );
  });
});

describe('chartFiles', () => {
  it('sizes each chart’s PNG at twice its SVG', () => {
    const types = files.find((f) => f.slug === 'types')!;
    const { width, height } = svgSize(types.svg);
    expect(types.png).toEqual({ width: width * 2, height: height * 2 });
  });

  it('gives every chart of the page a CSV and a standalone SVG, under a unique slug', () => {
    expect(files.map((f) => f.slug)).toEqual([
      'couverture',
      'distinctions-2025',
      'distinctions-2022',
      'evolutions',
      'types',
      'regions',
      'renouvellements',
      'departements',
    ]);
    for (const file of files) {
      // RFC 4180 for programs, as the open data: no byte order mark before the header.
      expect(file.csv.charCodeAt(0), file.slug).not.toBe(0xfeff);
      expect(file.svg, file.slug).toContain(`https://exemple.fr/statistiques/#graphique-${file.slug}`);
    }
  });

  it('writes the numbers of the chart’s table in its CSV', () => {
    const types = files.find((f) => f.slug === 'types')!;
    expect(parseCsvRecords(types.csv)).toEqual([
      { type: 'Communes', type_id: 'commune', collectivites: '3' },
      { type: 'Autres organismes publics', type_id: 'autre', collectivites: '1' },
      { type: 'Régions', type_id: 'region', collectivites: '1' },
      { type: 'Intercommunalités', type_id: 'epci', collectivites: '1' },
      { type: 'Syndicats', type_id: 'syndicat', collectivites: '1' },
    ]);
  });
});

describe('chartAttribution', () => {
  it('names the atlas, the licence and the permalink, and the base map for a map', () => {
    expect(chartAttribution('https://exemple.fr/statistiques/#graphique-types')).toBe(
      'Source : Atlas du label Territoire Numérique Libre, d’après les palmarès publiés (relevé incomplet) · Licence Ouverte 2.0 · https://exemple.fr/statistiques/#graphique-types',
    );
    expect(chartAttribution('https://exemple.fr/', true)).toMatch(/ · Fond de carte : IGN – ADMIN EXPRESS, Licence Ouverte 2\.0$/);
  });
});
