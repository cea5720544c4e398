import { describe, expect, it } from 'vitest';
import { fixtureAtlas } from '../../../tests/support/atlas-fixture';
import { datasetJsonLd, datasetText, jsonLdScriptText, publishedFiles } from './dataset';
import { openDataUrls } from './open-data';

const atlas = fixtureAtlas();
const urls = openDataUrls(new URL('https://atlas.example.fr'), '/atlas/');
const files = publishedFiles(atlas, urls);

describe('publishedFiles', () => {
  it('publishes the catalogue, the workbooks, the collectivités’ catalogue, datapackage.json, the DCAT catalogue, the Table Schemas, then each collectivité’s file', () => {
    const paths = files.map((f) => f.path);
    expect(paths.slice(0, 2)).toEqual(['resultats.csv', 'resultats-tableur.csv']);
    expect(paths.slice(15, 24)).toEqual([
      'classeur.xlsx',
      'classeur.ods',
      'editions/2022/resultats.xlsx',
      'editions/2022/resultats.ods',
      'editions/2025/resultats.xlsx',
      'editions/2025/resultats.ods',
      'catalogue-territoires.json',
      'datapackage.json',
      'catalogue-dcat.jsonld',
    ]);
    expect(paths.slice(24, 30)).toEqual([
      'schemas/resultats.schema.json',
      'schemas/resultats-tableur.schema.json',
      'schemas/editions.schema.json',
      'schemas/editions-tableur.schema.json',
      'schemas/territoires.schema.json',
      'schemas/territoires-tableur.schema.json',
    ]);
    expect(paths.slice(30)).toEqual(atlas.territories.map((t) => `territoires/${t.slug}.json`).sort());
  });

  it('writes the workbooks as bytes, every other file as text', () => {
    for (const file of files) expect(typeof file.body, file.path).toBe(/\.(xlsx|ods)$/.test(file.path) ? 'object' : 'string');
  });
});

describe('datasetJsonLd', () => {
  const data = datasetJsonLd(atlas, urls, files);

  it('is a schema.org Dataset with its licence, creator and coverage', () => {
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Dataset',
      name: 'Résultats du label Territoire Numérique Libre 2022–2025',
      url: 'https://atlas.example.fr/atlas/donnees/',
      license: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
      creator: { '@type': 'Organization', name: 'Atlas du label Territoire Numérique Libre', url: 'https://atlas.example.fr/atlas/' },
      temporalCoverage: '2022/2025',
      spatialCoverage: { '@type': 'Country', name: 'France' },
    });
    expect(data.description.length).toBeGreaterThan(50);
  });

  it('gives its version, its dates and, when the settings name one, its publisher', () => {
    expect(data).toMatchObject({ version: '3.2.0', dateCreated: '2026-11-23', dateModified: '2026-12-07' });
    expect(data).not.toHaveProperty('publisher');
    expect(datasetJsonLd(atlas, urls, files, { name: 'Association Exemple' }).publisher).toEqual({
      '@type': 'Organization',
      name: 'Association Exemple',
    });
  });

  it('lists every data file as a download with its format and absolute address, not the Table Schemas nor each collectivité’s file', () => {
    expect(data.distribution).toHaveLength(24);
    expect(data.distribution[0]).toEqual({
      '@type': 'DataDownload',
      name: 'resultats.csv',
      description: expect.stringContaining('Une ligne par résultat connu'),
      encodingFormat: 'text/csv',
      contentUrl: 'https://atlas.example.fr/atlas/donnees/resultats.csv',
    });
    expect(data.distribution.map((d) => d.contentUrl)).toContain(
      'https://atlas.example.fr/atlas/donnees/editions/2025/resultats-tableur.csv',
    );
    expect(data.distribution.find((d) => d.name === 'territoires.geojson')?.encodingFormat).toBe('application/geo+json');
  });
});

describe('datasetText', () => {
  it('names the period the record covers', () => {
    expect(datasetText(atlas).title).toBe('Résultats du label Territoire Numérique Libre 2022–2025');
  });
});

describe('jsonLdScriptText', () => {
  it('escapes < so that no value can close the script element', () => {
    expect(jsonLdScriptText({ nom: '</script><script>alert(1)</script>' })).toBe(
      '{"nom":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}',
    );
    expect(JSON.parse(jsonLdScriptText({ nom: '</script>' }))).toEqual({ nom: '</script>' });
  });
});
