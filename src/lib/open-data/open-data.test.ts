import { describe, expect, it } from 'vitest';
import { fixtureAtlas } from '../../../tests/support/atlas-fixture';
import { jsonFileProblems } from '../../../tests/support/json-fields';
import { parseCsv, parseCsvRecords } from '../../../tests/support/parse-csv';
import { FRENCH_SPREADSHEET } from './csv';
import {
  byteSize,
  editionFiles,
  editionsCsv,
  openDataCatalogue,
  openDataFiles,
  openDataUrls,
  resultsCsv,
  resultsJson,
  territoriesCsv,
  territoriesGeoJson,
  territoriesJson,
  type OpenDataFile,
} from './open-data';

const atlas = fixtureAtlas();
const urls = openDataUrls(new URL('https://atlas.example.fr'), '/atlas/');

describe('resultsCsv', () => {
  const records = parseCsvRecords(resultsCsv(atlas).body);

  it('has one row per edition × territory result, oldest edition first, then by slug', () => {
    expect(records.map((r) => `${r.annee} ${r.territoire}`)).toEqual([
      '2022 abbeville',
      '2022 echirolles',
      '2022 lyon',
      '2022 syndicat-test',
      '2025 abbeville',
      '2025 agence-nationale',
      '2025 bretagne',
      '2025 echirolles',
      '2025 rennes-metropole',
    ]);
  });

  it('gives each result its own edition’s distinction, rank and scale length, never a 1–5 level', () => {
    const medal = records.find((r) => r.annee === '2025' && r.territoire === 'abbeville')!;
    expect(medal).toMatchObject({ bareme: 'badge-bronze-argent-or', distinction_id: 'or', distinction: 'Or', rang: '4', rang_max: '4' });
    const badge = records.find((r) => r.territoire === 'rennes-metropole')!;
    expect(badge).toMatchObject({ distinction: 'Badge', rang: '1', rang_max: '4' });
    const level = records.find((r) => r.annee === '2022' && r.territoire === 'lyon')!;
    expect(level).toMatchObject({ bareme: 'niveaux-1-5', distinction_id: '4', distinction: 'Niveau 4', rang: '4', rang_max: '5' });
  });

  it('leaves the distinction and rank empty when the distinction is unknown', () => {
    const unknown = records.find((r) => r.territoire === 'syndicat-test')!;
    expect(unknown).toMatchObject({ distinction_id: '', distinction: '', rang: '', rang_max: '5', fiabilite: 'low' });
  });

  it('keeps commas, quotes and line breaks intact in quoted cells', () => {
    const unknown = records.find((r) => r.territoire === 'syndicat-test')!;
    expect(unknown.nom).toBe('Syndicat « Numérique », Isère');
    expect(unknown.remarque).toBe('Niveau cité « 3 ou 4 » selon la source,\nnon confirmé : "à vérifier".');
  });

  it('lists several mentions with a pipe, ids and labels in the same order', () => {
    const rennes = records.find((r) => r.territoire === 'rennes-metropole')!;
    expect(rennes.mentions_ids).toBe('meilleure-premiere-candidature | sobriete-numerique');
    expect(rennes.mentions).toBe('Meilleure première candidature | Sobriété numérique');
  });

  it('fills derived identity: INSEE code, département and région', () => {
    const abbeville = records.find((r) => r.territoire === 'abbeville')!;
    expect(abbeville).toMatchObject({
      nom: 'Abbeville',
      type: 'commune',
      code_insee: '80001',
      siren: '218000016',
      departement_code: '80',
      departement: 'Somme',
      region_code: '32',
      region: 'Hauts-de-France',
    });
    expect(records.find((r) => r.territoire === 'agence-nationale')).toMatchObject({
      code_insee: '',
      siren: '',
      departement: '',
      region: '',
    });
  });

  it('puts a SIREN in its own column, and a région’s code only in region_code', () => {
    expect(records.find((r) => r.territoire === 'rennes-metropole')).toMatchObject({
      code_insee: '',
      siren: '243500139',
      departement_code: '35',
    });
    expect(records.find((r) => r.territoire === 'bretagne')).toMatchObject({
      code_insee: '',
      siren: '',
      departement_code: '',
      region_code: '53',
    });
  });

  it('neutralises a text that a spreadsheet would run as a formula', () => {
    const tampered = fixtureAtlas();
    const result = tampered.editions[0]!.results.find((r) => r.territory.slug === 'lyon')!;
    result.note = '=1+1';
    const lyon = parseCsvRecords(resultsCsv(tampered).body).find((r) => r.territoire === 'lyon')!;
    expect(lyon.remarque).toBe("'=1+1");
    const twin = parseCsvRecords(resultsCsv(tampered, FRENCH_SPREADSHEET).body, ';').find((r) => r.territoire === 'lyon')!;
    expect(twin.remarque).toBe("'=1+1");
  });

  it('has the same rows, separated by semicolons, in its spreadsheet twin', () => {
    const twin = resultsCsv(atlas, FRENCH_SPREADSHEET);
    expect(twin.path).toBe('resultats-tableur.csv');
    expect(twin.resource).toBe('resultats-tableur');
    expect(parseCsvRecords(twin.body, ';')).toEqual(records);
  });

  it('keeps one edition’s rows in editions/<year>/resultats.csv', () => {
    const file = resultsCsv(atlas, undefined, 2025);
    expect(file).toMatchObject({ path: 'editions/2025/resultats.csv', resource: 'resultats-2025', year: 2025 });
    expect(parseCsvRecords(file.body)).toEqual(records.filter((r) => r.annee === '2025'));
  });

  it('declares exactly the columns it writes', () => {
    const file = resultsCsv(atlas);
    expect(parseCsv(file.body)[0]).toEqual(file.fields.map((f) => f.path));
  });
});

describe('editionsCsv', () => {
  it('describes each edition with its own scale, mentions and counts', () => {
    const [y2022, y2025] = parseCsvRecords(editionsCsv(atlas).body);
    expect(y2022).toMatchObject({ annee: '2022', echelle_ids: '1 | 2 | 3 | 4 | 5', rang_max: '5', labellises_officiel: '23' });
    expect(y2022).toMatchObject({ candidats_officiel: '', resultats_connus: '4', distinctions_connues: '3', mentions: '' });
    expect(y2025).toMatchObject({ echelle: 'Badge | Bronze | Argent | Or', rang_max: '4', candidats_officiel: '34' });
    expect(y2025!.mentions).toBe('Sobriété numérique | Meilleure première candidature');
  });

  it('says what the atlas knows of each edition: list status, what the official count counts, in one sentence too', () => {
    const [y2022, y2025] = parseCsvRecords(editionsCsv(atlas).body);
    expect(y2022).toMatchObject({
      statut_liste: 'partial',
      officiel_mot: 'labellisees',
      resultats_deduits: '0',
      connus_sur_officiel: '4 collectivités connues sur 23 labellisées (chiffre officiel) ; liste partielle.',
    });
    expect(y2025).toMatchObject({
      officiel_mot: 'distinguees',
      connus_sur_officiel: '5 collectivités connues sur 30 distinguées (chiffre officiel) ; liste partielle.',
    });
  });
});

describe('an edition’s own files', () => {
  it('say « N known of M » with the file and on every row, never a bare count', () => {
    const files = editionFiles(atlas, urls, 2025);
    expect(files.map((f) => f.knownOf)).toEqual(
      Array(3).fill('5 collectivités connues sur 30 distinguées (chiffre officiel) ; liste partielle.'),
    );
    expect(parseCsvRecords(files[0]!.body).map((r) => r.statut_liste_edition)).toEqual(Array(5).fill('partial'));
    const json = JSON.parse(files[2]!.body);
    expect(json.editions[0]).toMatchObject({ statut_liste: 'partial', connus_sur_officiel: files[0]!.knownOf });
    expect(json.editions[0].listes_par_distinction).toEqual([
      { distinction_id: 'badge', connus: 1, officiel: null, statut_liste: 'partial' },
      { distinction_id: 'bronze', connus: 2, officiel: null, statut_liste: 'partial' },
      { distinction_id: 'argent', connus: 1, officiel: null, statut_liste: 'partial' },
      { distinction_id: 'or', connus: 1, officiel: null, statut_liste: 'partial' },
    ]);
  });
});

describe('territoriesCsv', () => {
  const records = parseCsvRecords(territoriesCsv(atlas, urls).body);

  it('has one row per territory, by slug, with its codes, position and page', () => {
    expect(records.map((r) => r.territoire)).toEqual([
      'abbeville',
      'agence-nationale',
      'bretagne',
      'echirolles',
      'lyon',
      'rennes-metropole',
      'syndicat-test',
    ]);
    expect(records[0]).toMatchObject({
      code_insee: '80001',
      siren: '218000016',
      latitude: '50.10891',
      longitude: '1.83187',
      position_source: 'commune',
      position_approximative: 'false',
      page: 'https://atlas.example.fr/atlas/territoires/abbeville/',
    });
  });

  it('writes decimal commas in its spreadsheet twin', () => {
    const [abbeville] = parseCsvRecords(territoriesCsv(atlas, urls, FRENCH_SPREADSHEET).body, ';');
    expect(abbeville).toMatchObject({ latitude: '50,10891', longitude: '1,83187', nom: 'Abbeville' });
  });
});

describe('resultsJson', () => {
  const data = JSON.parse(resultsJson(atlas, urls).body);

  it('carries the licence and the address of the data page', () => {
    expect(data.licence).toContain('Licence Ouverte');
    expect(data.page_donnees).toBe('https://atlas.example.fr/atlas/donnees/');
  });

  it('gives every edition its scale (low to high, ranked from 1) and declared mentions', () => {
    const medals = data.editions[1];
    expect(medals.echelle.map((d: { libelle: string; rang: number }) => `${d.rang}:${d.libelle}`)).toEqual([
      '1:Badge',
      '2:Bronze',
      '3:Argent',
      '4:Or',
    ]);
    expect(medals.echelle[0]).toEqual({
      id: 'badge',
      libelle: 'Badge',
      abrege: 'Badge',
      description: 'Premier pas : une distinction d’entrée, pas le label lui-même.',
      rang: 1,
      entree: true,
    });
    expect(medals.echelle[3].entree).toBe(false);
    expect(medals.mentions.map((m: { id: string }) => m.id)).toEqual(['sobriete-numerique', 'meilleure-premiere-candidature']);
  });

  it('writes official counts per distinction in scale order and null for what is not published', () => {
    expect(Object.keys(data.editions[0].effectifs_officiels)).toEqual(['1', '5']);
    expect(data.editions[0].candidats_officiel).toBeNull();
    expect(data.editions[1].effectifs_officiels).toEqual({});
  });

  it('holds one edition only in editions/<year>/resultats.json, in the same shape', () => {
    const file = resultsJson(atlas, urls, 2022);
    expect(file).toMatchObject({ path: 'editions/2022/resultats.json', resource: 'resultats-2022-json' });
    const single = JSON.parse(file.body);
    expect(single.titre).toBe('Résultats de l’édition 2022 du label Territoire Numérique Libre');
    expect(single.editions).toEqual([data.editions[0]]);
  });

  it('writes an unknown distinction as null, not as a level', () => {
    const unknown = data.editions[0].resultats.find((r: { territoire: string }) => r.territoire === 'syndicat-test');
    expect(unknown).toMatchObject({ distinction_id: null, rang: null });
  });
});

describe('territoriesJson', () => {
  const { territoires } = JSON.parse(territoriesJson(atlas, urls).body);

  it('gives the INSEE code and the SIREN their own keys, a commune’s own SIREN from the reference', () => {
    const rennes = territoires.find((t: { territoire: string }) => t.territoire === 'rennes-metropole');
    expect(rennes).toMatchObject({ code_insee: null, siren: '243500139' });
    expect(territoires[0]).toMatchObject({ code_insee: '80001', siren: '218000016' });
    const bretagne = territoires.find((t: { territoire: string }) => t.territoire === 'bretagne');
    expect(bretagne).toMatchObject({ code_insee: null, siren: null, region_code: '53' });
    expect(territoires[0]).not.toHaveProperty('code_officiel');
  });

  it('lists every territory by slug with its page address', () => {
    expect(territoires.map((t: { territoire: string }) => t.territoire)).toEqual([
      'abbeville',
      'agence-nationale',
      'bretagne',
      'echirolles',
      'lyon',
      'rennes-metropole',
      'syndicat-test',
    ]);
    expect(territoires[0].page).toBe('https://atlas.example.fr/atlas/territoires/abbeville/');
  });

  it('gives results across editions with each edition’s own scale length', () => {
    expect(territoires[0].resultats).toEqual([
      { annee: 2022, distinction_id: '5', distinction: 'Niveau 5', rang: 5, rang_max: 5 },
      { annee: 2025, distinction_id: 'or', distinction: 'Or', rang: 4, rang_max: 4 },
    ]);
  });

  it('says where a position comes from, and null when there is none', () => {
    const syndicat = territoires.find((t: { territoire: string }) => t.territoire === 'syndicat-test');
    expect(syndicat).toMatchObject({ position_source: 'members', position_approximative: false });
    expect(syndicat.membres).toEqual([
      { code: '38151', nom: 'Échirolles', commune_actuelle: null },
      { code: '38185', nom: 'Grenoble', commune_actuelle: null },
    ]);
    const agency = territoires.find((t: { territoire: string }) => t.territoire === 'agence-nationale');
    expect(agency).toMatchObject({ latitude: null, longitude: null, position_source: null });
  });
});

describe('territoriesGeoJson', () => {
  const collection = JSON.parse(territoriesGeoJson(atlas, urls).body);

  it('has one Point feature per placed territory, [longitude, latitude] in WGS 84', () => {
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features).toHaveLength(6);
    const abbeville = collection.features[0];
    expect(abbeville.geometry).toEqual({ type: 'Point', coordinates: [1.83187, 50.10891] });
  });

  it('gives the latest distinction with its rank in that edition’s scale', () => {
    const rennes = collection.features.find((f: { id: string }) => f.id === 'rennes-metropole');
    expect(rennes.properties).toMatchObject({
      derniere_annee: 2025,
      derniere_distinction_id: 'badge',
      derniere_distinction: 'Badge',
      derniere_rang: 1,
      derniere_rang_max: 4,
      nombre_editions: 1,
      position_source: 'epci',
    });
    const region = collection.features.find((f: { id: string }) => f.id === 'bretagne');
    expect(region.properties).toMatchObject({ position_source: 'region', position_approximative: false });
  });

  it('leaves out territories without a position', () => {
    expect(collection.features.map((f: { id: string }) => f.id)).not.toContain('agence-nationale');
  });
});

describe('the JSON and GeoJSON files', () => {
  const files = openDataCatalogue(atlas, urls).filter((file) => file.format !== 'csv');
  /**
   * A file whose written document was changed: each `[path, value]` sets the key at that dotted
   * path (`editions.0.nom`), or removes it when no value is given.
   */
  const tampered = (file: OpenDataFile, ...changes: Array<[path: string, value?: unknown]>): OpenDataFile => {
    const document = JSON.parse(file.body);
    for (const [path, value] of changes) {
      const keys = path.split('.');
      const last = keys.pop()!;
      const parent = keys.reduce((node, key) => node[key], document);
      if (value === undefined) delete parent[last];
      else parent[last] = value;
    }
    return { ...file, body: JSON.stringify(document) };
  };

  it('write exactly the keys their dictionary declares, with the declared types, nulls and constraints', () => {
    expect(files.map((file) => file.path)).toEqual([
      'resultats.json',
      'territoires.json',
      'territoires.geojson',
      'editions/2022/resultats.json',
      'editions/2025/resultats.json',
    ]);
    for (const file of files) expect(jsonFileProblems(file), file.path).toEqual([]);
  });

  it('declare the keys of a list’s objects right after the list, and the GeoJSON features’ keys under properties.', () => {
    const paths = resultsJson(atlas, urls).fields.map((f) => f.path);
    expect(paths.slice(paths.indexOf('editions[].sources'))).toEqual([
      'editions[].sources',
      'editions[].resultats',
      'editions[].resultats[].territoire',
      'editions[].resultats[].nom',
      'editions[].resultats[].distinction_id',
      'editions[].resultats[].rang',
      'editions[].resultats[].mentions_ids',
      'editions[].resultats[].source',
      'editions[].resultats[].fiabilite',
      'editions[].resultats[].remarque',
      'editions[].resultats[].deduit',
    ]);
    expect(territoriesGeoJson(atlas, urls).fields.every((f) => f.path.startsWith('properties.'))).toBe(true);
  });

  it('are caught by the check when a key is written without being declared, or declared without being written', () => {
    const results = tampered(resultsJson(atlas, urls), ['editions.0.resultats.1.niveau', 5]);
    expect(jsonFileProblems(results)).toEqual(['editions[0].resultats[1].niveau: written but not declared']);
    const territories = tampered(territoriesJson(atlas, urls), ['territoires.2.page']);
    expect(jsonFileProblems(territories)).toEqual(['territoires[2].page: declared (territoires[].page) but not written']);
  });

  it('are caught by the check when a value is null, of another type or outside its constraints', () => {
    const geo = tampered(
      territoriesGeoJson(atlas, urls),
      ['features.0.properties.nom', null],
      ['features.1.properties.nombre_editions', '1'],
      ['features.2.properties.type', 'canton'],
    );
    expect(jsonFileProblems(geo)).toEqual([
      'features[0].properties.nom: null, but properties.nom is not declared optional',
      'features[1].properties.nombre_editions: "1" is not of type integer',
      'features[2].properties.type: "canton" is not one of commune, epci, departement, region, syndicat, autre',
    ]);
  });

  it('are caught by the check when the objects of a list do not have the keys its description names', () => {
    const territories = tampered(territoriesJson(atlas, urls), ['territoires.0.resultats.1.rang_max']);
    expect(jsonFileProblems(territories)).toEqual([
      'territoires[0].resultats[1]: keys { annee, distinction_id, distinction, rang }, but the description of territoires[].resultats names { annee, distinction_id, distinction, rang, rang_max }',
    ]);
  });
});

describe('openDataCatalogue', () => {
  it('publishes each CSV beside its spreadsheet twin, then the JSON files, then each edition’s files', () => {
    expect(openDataCatalogue(atlas, urls).map((f) => f.path)).toEqual([
      'resultats.csv',
      'resultats-tableur.csv',
      'editions.csv',
      'editions-tableur.csv',
      'territoires.csv',
      'territoires-tableur.csv',
      'resultats.json',
      'territoires.json',
      'territoires.geojson',
      'editions/2022/resultats.csv',
      'editions/2022/resultats-tableur.csv',
      'editions/2022/resultats.json',
      'editions/2025/resultats.csv',
      'editions/2025/resultats-tableur.csv',
      'editions/2025/resultats.json',
    ]);
  });

  it('names every resource once', () => {
    const names = openDataCatalogue(atlas, urls).map((f) => f.resource);
    expect(new Set(names).size).toBe(names.length);
  });

  it('gives each edition the same columns as the whole record', () => {
    const [csv, , json] = editionFiles(atlas, urls, 2025);
    expect(csv!.fields).toEqual(resultsCsv(atlas).fields);
    expect(json!.fields).toEqual(resultsJson(atlas, urls).fields);
  });
});

describe('openDataFiles', () => {
  it('gives the same bytes for the same atlas (reproducible builds)', () => {
    const first = openDataFiles(atlas, urls).map((f) => f.body);
    const second = openDataFiles(fixtureAtlas(), urls).map((f) => f.body);
    expect(second).toEqual(first);
  });

  it('measures sizes in UTF-8 bytes', () => {
    expect(byteSize({ body: 'É' })).toBe(2);
  });

  it('uses relative addresses when no site is configured', () => {
    expect(openDataUrls(undefined, '/').territory('lyon')).toBe('/territoires/lyon/');
  });
});
