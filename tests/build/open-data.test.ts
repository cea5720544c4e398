// Reads the open-data files and the /donnees/ and /statistiques/ pages of the built site (DIST_DIR)
// and checks them against the content files (CONTENT_DIR): counts, each edition's own scale, valid
// CSV and GeoJSON, a valid Data Package whose Table Schemas accept every CSV file, the schema.org
// markup of /donnees/.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fr } from '../../src/i18n/fr';
import { openDataCatalogue, openDataUrls } from '../../src/lib/open-data/open-data';
import { buildAtlas } from '../../src/lib/record/atlas';
import { contentDirectory } from '../../src/lib/content/content-dir';
import { loadContentFromDisk } from '../../src/lib/content/content-fs';
import { loadReference } from '../../src/lib/reference/reference-fs';
import { readEditions, readTerritories } from '../support/content-yaml';
import { profileProblems, readTable, tableProblems, type CsvTable, type TableSchema } from '../support/frictionless';
import { listFiles } from '../support/site-checks';
import { distDir, readPage, requireDist, textOf } from '../../scripts/lib/built-site-fs';
import { jsonFileProblems } from '../support/json-fields';
import { parseCsv, parseCsvRecords } from '../support/parse-csv';

const require = createRequire(import.meta.url);
interface RawCommune {
  code: string;
  type: string;
  siren?: string;
}

beforeAll(requireDist);

const root = path.resolve(import.meta.dirname, '../..');
const { content } = loadContentFromDisk(root, contentDirectory());
const atlas = buildAtlas(content, loadReference());
const editions = [...content.editions].map((e) => e.data).sort((a, b) => a.year - b.year);
const resultCount = editions.reduce((sum, e) => sum + e.results.length, 0);
const scaleOf = (year: number) => editions.find((e) => e.year === year)!.scale;

const file = (name: string) => readFileSync(path.join(distDir, 'donnees', name), 'utf8');
/**
 * The visible text of part of a page, from the element with `id` to the one with `until`, entities
 * decoded; a line-break opportunity (<wbr>) is not a space.
 */
const section = (html: string, id: string, until: string) =>
  textOf(html.slice(html.indexOf(`id="${id}"`), html.indexOf(`id="${until}"`)).replace(/<wbr[^>]*>/g, ''))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;|&#34;/g, '"');
const json = (name: string) => JSON.parse(file(name));

describe('dist/donnees/resultats.csv', () => {
  const text = file('resultats.csv');
  const records = parseCsvRecords(text);

  it('is strict RFC 4180 CSV in UTF-8 without a byte order mark: its first bytes are the first column’s name', () => {
    expect(
      readFileSync(path.join(distDir, 'donnees', 'resultats.csv'))
        .subarray(0, 6)
        .toString('latin1'),
    ).toBe('annee,');
    expect(() => parseCsv(text)).not.toThrow();
  });

  it('has one row per result of the content files', () => {
    expect(records).toHaveLength(resultCount);
    const pairs = new Set(records.map((r) => `${r.annee}/${r.territoire}`));
    expect(pairs.size).toBe(resultCount);
    for (const e of editions) for (const r of e.results) expect(pairs).toContain(`${e.year}/${r.territory}`);
  });

  it('names each distinction from its own edition’s scale, with its rank and the scale length', () => {
    for (const r of records) {
      const scale = scaleOf(Number(r.annee));
      expect(r.rang_max).toBe(String(scale.length));
      if (r.distinction_id === '') {
        expect([r.distinction, r.rang]).toEqual(['', '']);
        continue;
      }
      const rank = scale.findIndex((d) => d.id === r.distinction_id);
      expect(rank, `${r.annee} ${r.territoire}`).toBeGreaterThanOrEqual(0);
      expect([r.distinction, r.rang]).toEqual([scale[rank]!.label, String(rank + 1)]);
    }
  });

  it('gives Abbeville level 5 of 5 in 2022 with its INSEE code, its SIREN and source', () => {
    expect(records.find((r) => r.annee === '2022' && r.territoire === 'abbeville')).toMatchObject({
      code_insee: '80001',
      siren: '218000016',
      departement: 'Somme',
      distinction: 'Niveau 5',
      rang: '5',
      rang_max: '5',
      fiabilite: expect.stringMatching(/^(high|medium|low)$/),
      source: expect.stringMatching(/^https?:\/\//),
    });
  });

  it('gives Boé Or in 2025, on that edition’s own scale', () => {
    expect(records.find((r) => r.annee === '2025' && r.territoire === 'boe')).toMatchObject({
      code_insee: '47031',
      distinction_id: 'or',
      distinction: 'Or',
      bareme: 'badge-bronze-argent-or',
    });
  });

  it('puts the INSEE code of each commune and the SIREN of each body that has one in their own columns', () => {
    const codes = new Map(readTerritories().map((t) => [t.id, t]));
    // A commune's SIREN as the reference publishes it, read here from the package's own file.
    const communeSiren = new Map(
      (JSON.parse(readFileSync(require.resolve('@etalab/decoupage-administratif/data/communes.json'), 'utf8')) as RawCommune[])
        .filter((c) => c.type === 'commune-actuelle')
        .map((c) => [c.code, c.siren ?? '']),
    );
    for (const r of records) {
      const t = codes.get(r.territoire!)!;
      const code = t.code ?? '';
      expect([r.code_insee, r.siren], r.territoire).toEqual(
        t.kind === 'commune' ? [code, communeSiren.get(code)] : ['epci', 'syndicat', 'autre'].includes(t.kind) ? ['', code] : ['', ''],
      );
      if (t.kind === 'commune') expect(r.siren, r.territoire).toMatch(/^\d{9}$/);
      if (t.kind === 'departement') expect(r.departement_code).toBe(code);
      if (t.kind === 'region') expect(r.region_code).toBe(code);
    }
  });
});

describe('dist/donnees/resultats-tableur.csv', () => {
  it('has the same rows as resultats.csv, separated by semicolons, with a byte order mark', () => {
    const raw = readFileSync(path.join(distDir, 'donnees', 'resultats-tableur.csv'));
    expect(raw.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const text = raw.toString('utf8');
    expect(text.slice(1).split('\r\n')[0]).toBe(parseCsv(file('resultats.csv'))[0]!.join(';'));
    expect(parseCsvRecords(text, ';')).toEqual(parseCsvRecords(file('resultats.csv')));
  });

  it('can be read as the « Réutiliser » example does: the results of an edition by distinction, as in the edition file', () => {
    // The example groups the rows of the latest edition by `distinction`: the counts must be those of the YAML.
    const last = editions.at(-1)!;
    const rows = parseCsvRecords(file('resultats-tableur.csv'), ';').filter((r) => r.annee === String(last.year));
    const counted = (labels: string[]) => Object.fromEntries([...new Set(labels)].map((l) => [l, labels.filter((x) => x === l).length]));
    const expected = counted(last.results.map((r) => last.scale.find((d) => d.id === r.distinction)?.label ?? ''));
    expect(counted(rows.map((r) => r.distinction ?? ''))).toEqual(expected);
  });
});

describe('dist/donnees/editions/<année>/', () => {
  const yaml = readEditions();

  it('has each edition’s results, as many rows as its YAML file, in both CSV dialects and in JSON', () => {
    expect(yaml.length).toBeGreaterThan(0);
    for (const e of yaml) {
      const rows = parseCsvRecords(file(`editions/${e.year}/resultats.csv`));
      expect(rows.map((r) => r.territoire).sort(), String(e.year)).toEqual(e.results.map((r) => r.territory).sort());
      expect(rows.every((r) => r.annee === String(e.year))).toBe(true);
      expect(parseCsvRecords(file(`editions/${e.year}/resultats-tableur.csv`), ';')).toEqual(rows);
      const single = json(`editions/${e.year}/resultats.json`);
      expect(single.editions.map((x: { annee: number }) => x.annee)).toEqual([e.year]);
      expect(single.editions[0].resultats).toHaveLength(e.results.length);
    }
  });

  it('gives Abbeville level 5 in 2022 and Boé Or in 2025, as the whole record does', () => {
    expect(parseCsvRecords(file('editions/2022/resultats.csv')).find((r) => r.territoire === 'abbeville')).toMatchObject({
      distinction: 'Niveau 5',
      rang: '5',
    });
    expect(parseCsvRecords(file('editions/2025/resultats.csv')).find((r) => r.territoire === 'boe')).toMatchObject({ distinction: 'Or' });
  });
});

describe('dist/donnees/territoires.csv', () => {
  it('has one row per territory file, in both dialects', () => {
    const records = parseCsvRecords(file('territoires.csv'));
    expect(records.map((r) => r.territoire).sort()).toEqual(content.territories.map((t) => t.id).sort());
    const twin = parseCsvRecords(file('territoires-tableur.csv'), ';');
    expect(twin.map((r) => ({ ...r, latitude: r.latitude!.replace(',', '.'), longitude: r.longitude!.replace(',', '.') }))).toEqual(
      records,
    );
  });
});

describe('dist/donnees/datapackage.json', () => {
  const descriptor = json('datapackage.json');
  const resources: Array<{
    name: string;
    path: string;
    profile: string;
    bytes: number;
    hash: string;
    schema?: string;
    dialect?: { delimiter: ',' | ';' };
  }> = descriptor.resources;
  const tabular = resources.filter((r) => r.profile === 'tabular-data-resource');
  const tables = new Map<string, CsvTable>(tabular.map((r) => [r.name, readTable(r.path, file(r.path), r.dialect!.delimiter)]));
  const schemaOf = (r: { schema?: string }) => json(r.schema!) as TableSchema;

  it('is a valid Data Package, each CSV a valid Tabular Data Resource with a valid Table Schema', () => {
    expect(profileProblems('data-package', descriptor)).toEqual([]);
    for (const r of tabular) {
      expect(profileProblems('tabular-data-resource', r), r.name).toEqual([]);
      expect(profileProblems('table-schema', schemaOf(r)), r.schema).toEqual([]);
    }
  });

  it('describes every file for programs under /donnees/ with its real size and SHA-256, not the spreadsheet twins', () => {
    // Not described: the page, the package itself, the Table Schemas, the DCAT catalogue that describes the package,
    // each collectivité's file (catalogue-territoires.json lists them) and the -tableur twins.
    const published = listFiles(path.join(distDir, 'donnees')).filter(
      (name) =>
        !['index.html', 'datapackage.json', 'catalogue-dcat.jsonld'].includes(name) &&
        !/^(schemas|territoires)\//.test(name) &&
        !name.endsWith('-tableur.csv'),
    );
    expect(resources.map((r) => r.path).sort()).toEqual(published.sort());
    for (const r of resources) {
      const bytes = readFileSync(path.join(distDir, 'donnees', r.path));
      expect([r.bytes, r.hash], r.path).toEqual([bytes.length, `sha256:${createHash('sha256').update(bytes).digest('hex')}`]);
    }
  });

  it('has a Table Schema that accepts every CSV file: header = fields in order, types, constraints, primary and foreign keys', () => {
    expect(tabular.length).toBe(3 + editions.length);
    const others = { editions: tables.get('editions')!, territoires: tables.get('territoires')! };
    for (const r of tabular) {
      expect(tables.get(r.name)!.header, r.name).toEqual(schemaOf(r).fields.map((f) => f.name));
      expect(tableProblems(tables.get(r.name)!, schemaOf(r), others), r.name).toEqual([]);
    }
  });
});

describe('dist/donnees/editions.csv', () => {
  it('has one row per edition, with its scale and its known and official counts', () => {
    const records = parseCsvRecords(file('editions.csv'));
    expect(records.map((r) => Number(r.annee))).toEqual(editions.map((e) => e.year));
    for (const [i, e] of editions.entries()) {
      expect(records[i]!.echelle_ids).toBe(e.scale.map((d) => d.id).join(' | '));
      expect(records[i]!.resultats_connus).toBe(String(e.results.length));
      expect(records[i]!.labellises_officiel).toBe(e.labelledCount === undefined ? '' : String(e.labelledCount));
    }
  });
});

describe('dist/donnees/resultats.json', () => {
  it('has every edition with its own scale and all its results', () => {
    const data = json('resultats.json');
    expect(data.editions.map((e: { annee: number }) => e.annee)).toEqual(editions.map((e) => e.year));
    for (const [i, e] of editions.entries()) {
      expect(data.editions[i].echelle.map((d: { id: string; libelle: string }) => [d.id, d.libelle])).toEqual(
        e.scale.map((d) => [d.id, d.label]),
      );
      expect(data.editions[i].resultats).toHaveLength(e.results.length);
    }
  });
});

describe('dist/donnees/territoires.json', () => {
  it('has one entry per territory file', () => {
    const data = json('territoires.json');
    expect(data.territoires.map((t: { territoire: string }) => t.territoire).sort()).toEqual(content.territories.map((t) => t.id).sort());
  });
});

describe('dist/donnees/territoires.geojson', () => {
  const collection = json('territoires.geojson');

  it('is a FeatureCollection of Point features with [longitude, latitude] inside France and its DROM', () => {
    expect(collection.type).toBe('FeatureCollection');
    const inFrance = ([lon, lat]: number[]) =>
      (lon! > -5.5 && lon! < 10 && lat! > 41 && lat! < 51.5) || // métropole et Corse
      (lon! > -62 && lon! < -60.5 && lat! > 14 && lat! < 16.6) || // Guadeloupe, Martinique
      (lon! > -55 && lon! < -51 && lat! > 2 && lat! < 6) || // Guyane
      (lon! > 55 && lon! < 56 && lat! > -21.5 && lat! < -20.8) || // La Réunion
      (lon! > 44.9 && lon! < 45.4 && lat! > -13.1 && lat! < -12.5); // Mayotte
    for (const feature of collection.features) {
      expect(feature.type).toBe('Feature');
      expect(feature.geometry.type).toBe('Point');
      expect(feature.geometry.coordinates).toHaveLength(2);
      expect(inFrance(feature.geometry.coordinates), `${feature.id} ${feature.geometry.coordinates}`).toBe(true);
      expect(typeof feature.properties.nom).toBe('string');
    }
  });

  it('has one feature per territory with a position, each id once', () => {
    const placed = atlas.territories.filter((t) => t.position).map((t) => t.slug);
    const ids = collection.features.map((f: { id: string }) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(placed.sort());
  });

  it('gives each territory its latest result, ranked in that edition’s own scale, and no distinction when it is unknown', () => {
    // Read from the edition files, not from the code that wrote the GeoJSON.
    const yaml = readEditions();
    const expected = (slug: string) => {
      const years = yaml.filter((e) => e.results.some((r) => r.territory === slug));
      const last = years.at(-1)!;
      const rank = last.scale.findIndex((d) => d.id === last.results.find((r) => r.territory === slug)!.distinction);
      return {
        nombre_editions: years.length,
        premiere_annee: years[0]!.year,
        derniere_annee: last.year,
        derniere_distinction_id: rank < 0 ? null : last.scale[rank]!.id,
        derniere_distinction: rank < 0 ? null : last.scale[rank]!.label,
        derniere_rang: rank < 0 ? null : rank + 1,
        derniere_rang_max: last.scale.length,
      };
    };
    const properties = collection.features.map((f: { properties: Record<string, unknown> }) => f.properties);
    for (const p of properties) expect(p, String(p.territoire)).toMatchObject(expected(String(p.territoire)));
    // Both cases are checked above, each whenever the content has it: a latest result with a known
    // distinction (most territories), and one whose distinction is « inconnue » (today Nevers, 2019;
    // tests/browser/scale-change.test.ts keeps such a case for good, in its own content folder).
    expect(properties.filter((p: { derniere_distinction_id: unknown }) => p.derniere_distinction_id !== null).length).toBeGreaterThan(0);
  });
});

describe('dist/donnees/ JSON and GeoJSON files', () => {
  // The fields each file declares do not depend on the content: the catalogue of the real atlas gives them.
  const declared = new Map(openDataCatalogue(atlas, openDataUrls(undefined, '/')).map((f) => [f.path, f]));
  // The collectivités' catalogue has no entry in the dictionary: its own test below reads it.
  const published: Array<{ path: string; format: string }> = json('datapackage.json').resources.filter(
    (r: { format: string; path: string }) => (r.format === 'json' || r.format === 'geojson') && r.path !== 'catalogue-territoires.json',
  );

  it('write exactly the keys the data dictionary declares, with the declared types, nulls and constraints', () => {
    expect(published.length).toBe(3 + atlas.editions.length);
    for (const r of published) {
      const fields = declared.get(r.path)?.fields;
      expect(fields, r.path).toBeDefined();
      expect(jsonFileProblems({ format: r.format as 'json' | 'geojson', fields: fields!, body: file(r.path) }), r.path).toEqual([]);
    }
  });

  it('are described on /donnees/ by those fields, in order, each with its type and whether it may be null', () => {
    const html = readPage('/donnees/');
    for (const name of ['resultats.json', 'territoires.json', 'territoires.geojson']) {
      const start = html.indexOf(`id="dictionnaire-${name.replace('.', '-')}"`);
      // The file's dictionary: a <dl>, each term a path (a break opportunity, <wbr>, after each dot) and its type.
      const dictionary = html.slice(start, html.indexOf('</dl>', start)).replace(/<wbr[^>]*>/g, '');
      const rows = [...dictionary.matchAll(/<dt[^>]*><code[^>]*>([^<]+)<\/code><span class="type"[^>]*>([^<]+)<\/span>/g)];
      expect(
        rows.map(([, path, type]) => `${path} ${type}`),
        name,
      ).toEqual(declared.get(name)!.fields.map((f) => `${f.path} ${fr.openData.types[f.type]}${f.optional ? ', ou null' : ''}`));
    }
  });
});

describe('the /donnees/ page', () => {
  const html = readPage('/donnees/');
  const text = textOf(html);

  it('links every file and states its real size', () => {
    const names = [
      'resultats.csv',
      'editions.csv',
      'territoires.csv',
      'resultats.json',
      'territoires.json',
      'territoires.geojson',
      'datapackage.json',
    ];
    for (const name of names) {
      expect(html).toContain(`href="/donnees/${name}"`);
      const kb = statSync(path.join(distDir, 'donnees', name)).size / 1024;
      const shown = new RegExp(`${name.replace('.', '\\.')} (?:CSV|JSON|GeoJSON) · ([\\d,]+) Ko`).exec(text);
      expect(shown, name).not.toBeNull();
      expect(Number(shown![1]!.replace(',', '.'))).toBeCloseTo(kb, 1);
    }
  });

  it('has a data dictionary for every column, the licence, the caveat and how to cite', () => {
    const header = parseCsv(file('resultats.csv'))[0]!;
    for (const column of header) expect(html).toMatch(new RegExp(`<code[^>]*>${column}</code>`));
    expect(text).toContain('Licence Ouverte / Open Licence 2.0 (Etalab)');
    expect(text).toContain('© IGN – ADMIN EXPRESS');
    expect(text).toContain('Le relevé est incomplet.');
    expect(html).toContain('href="/methodologie/"');
    expect(text).toMatch(/Citer les données .*Atlas du label Territoire Numérique Libre, « Résultats du label/);
  });

  it('links each CSV’s spreadsheet twin and each edition’s files', () => {
    for (const name of ['resultats-tableur.csv', 'editions-tableur.csv', 'territoires-tableur.csv'])
      expect(html).toContain(`href="/donnees/${name}"`);
    for (const e of editions)
      for (const name of ['resultats.csv', 'resultats-tableur.csv', 'resultats.json'])
        expect(html).toContain(`href="/donnees/editions/${e.year}/${name}"`);
  });

  it('documents the address of every kind of file', () => {
    const addresses = section(html, 'adresses', 'formats');
    for (const pattern of [
      'resultats.csv',
      'resultats-tableur.csv',
      'territoires.geojson',
      'editions/<année>/resultats.csv',
      'datapackage.json',
    ])
      expect(addresses).toContain(pattern);
    expect(addresses).toContain(`Toutes commencent par ${jsonLd().url}`);
  });

  it('shows a « Réutiliser » example that reads the published file at its absolute address', () => {
    const reuse = section(html, 'reutiliser', 'echelles');
    expect(reuse).toContain(`donnees = "${jsonLd().url}"`);
    expect(reuse).toContain('pd.read_csv(donnees + "resultats.csv", dtype=codes)');
    expect(reuse).toContain('sep=";", decimal=","');
    expect(reuse).toContain('read.csv2(paste0(donnees, "resultats-tableur.csv")');
  });

  it('has a changelog entry for every edition and for the split of code_officiel into code_insee and siren', () => {
    const changelog = section(html, 'journal', 'licence');
    for (const e of editions) expect(changelog).toContain(`Édition ${e.year}, annoncée le`);
    expect(changelog).toMatch(/code_officiel.*est remplacée par code_insee \(communes\) et siren/);
  });

  it('describes the dataset in schema.org JSON-LD: licence, creator, coverage, every file with its absolute address', () => {
    const data = jsonLd();
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Dataset',
      license: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
      creator: { '@type': 'Organization', name: 'Atlas du label Territoire Numérique Libre' },
      temporalCoverage: `${editions[0]!.year}/${editions.at(-1)!.year}`,
      spatialCoverage: { name: 'France' },
    });
    const origin = new URL(data.url).origin;
    // Whole record: 3 tables × 2 dialects, 2 JSON, 1 GeoJSON, 2 workbooks; per edition: 2 CSV, 1 JSON, 2 workbooks;
    // the collectivités' catalogue, datapackage.json and the DCAT catalogue.
    expect(data.distribution).toHaveLength(11 + 5 * editions.length + 3);
    for (const d of data.distribution as Array<{ contentUrl: string; encodingFormat: string }>) {
      expect(d.contentUrl.startsWith(`${origin}/donnees/`), d.contentUrl).toBe(true);
      expect(statSync(path.join(distDir, new URL(d.contentUrl).pathname)).isFile(), d.contentUrl).toBe(true);
      expect(d.encodingFormat).toMatch(
        /^(text\/csv|application\/json|application\/geo\+json|application\/ld\+json|application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet|application\/vnd\.oasis\.opendocument\.spreadsheet)$/,
      );
    }
    expect(data).toMatchObject({ version: expect.stringMatching(/^\d+\.\d+\.0$/), dateCreated: '2026-11-23' });
  });

  /** The page's one JSON-LD block, parsed. */
  function jsonLd() {
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
    expect(blocks).toHaveLength(1);
    return JSON.parse(blocks[0]![1]!);
  }
});

describe('the /statistiques/ page', () => {
  const html = readPage('/statistiques/');

  it('draws every chart as a named image with a description, and gives its numbers as tables', () => {
    const charts = html.match(/<svg class="(bar-chart|choropleth)[^>]*>/g) ?? [];
    // Coverage, évolutions, types, régions, renewals, the choropleth, and one per edition.
    expect(charts.length).toBe(6 + editions.length);
    for (const svg of charts) expect(svg).toMatch(/role="img" aria-labelledby="[^"]+-titre [^"]+-desc"/);
    expect((html.match(/<desc id=/g) ?? []).length).toBe(charts.length);
    expect((html.match(/<table/g) ?? []).length).toBeGreaterThanOrEqual(5);
  });

  it('labels each edition’s distribution with that edition’s own scale, highest first', () => {
    for (const e of editions) {
      const start = html.indexOf(`id="graphique-distinctions-${e.year}-dessin-titre"`);
      const svg = html.slice(start, html.indexOf('</svg>', start));
      const labels = [...svg.matchAll(/<text class="label"[^>]*>([^<]+)<\/text>/g)].map((m) => m[1]);
      expect(labels.slice(0, e.scale.length)).toEqual([...e.scale].reverse().map((d) => d.label));
    }
  });

  it('compares known results with the official count of each edition', () => {
    const text = textOf(html);
    const e2019 = editions.find((e) => e.year === 2019)!;
    expect(text).toContain(`${e2019.labelledCount} labellisées (officiel) ${e2019.results.length} connues`);
  });

  it('is in the main navigation, like /donnees/', () => {
    expect(html).toMatch(/<a href="\/statistiques\/" aria-current="page"[^>]*>Statistiques<\/a>/);
    expect(html).toMatch(/<a href="\/donnees\/"[^>]*>Données<\/a>/);
  });
});

describe('dist/donnees/territoires/ and catalogue-territoires.json', () => {
  const catalogue = json('catalogue-territoires.json');

  it('has one file per territory file of the content, each as the catalogue lists it: address, size, SHA-256', () => {
    expect(catalogue.territoires.map((t: { territoire: string }) => t.territoire).sort()).toEqual(
      content.territories.map((t) => t.id).sort(),
    );
    for (const entry of catalogue.territoires as Array<{ territoire: string; fichier: string; octets: number; sha256: string }>) {
      const bytes = readFileSync(path.join(distDir, new URL(entry.fichier).pathname));
      expect([bytes.length, createHash('sha256').update(bytes).digest('hex')], entry.territoire).toEqual([entry.octets, entry.sha256]);
    }
  });

  it('gives Boé its codes and its results, Or in 2025 among them, each with its source', () => {
    const boe = json('territoires/boe.json');
    expect(boe).toMatchObject({ territoire: 'boe', code_insee: '47031', siren: expect.stringMatching(/^\d{9}$/), departement_code: '47' });
    expect(boe.resultats.find((r: { annee: number }) => r.annee === 2025)).toMatchObject({ distinction_id: 'or', distinction: 'Or' });
    for (const r of boe.resultats) expect(r.source).toMatch(/^https?:\/\//);
  });
});

describe('dist/donnees/catalogue-dcat.jsonld', () => {
  it('is a DCAT catalogue of one dataset whose distributions are the data files, each at its address with its size', () => {
    const dcat = json('catalogue-dcat.jsonld');
    expect(dcat['@type']).toBe('dcat:Catalog');
    const [dataset] = dcat['dcat:dataset'];
    expect(dataset['dct:license']).toEqual({ '@id': 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/' });
    for (const d of dataset['dcat:distribution'] as Array<{ '@id': string; 'dcat:byteSize': { '@value': string } }>) {
      const file = path.join(distDir, new URL(d['@id']).pathname);
      expect(String(statSync(file).size), d['@id']).toBe(d['dcat:byteSize']['@value']);
    }
  });
});
