// The DCAT catalogue read by a real JSON-LD processor (jsonld.js): the RDF a harvester such as
// data.gouv.fr's gets from it, with its context written out in the file (nothing fetched).
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { fixtureAtlas } from '../../../tests/support/atlas-fixture';
import { publishedFiles } from './dataset';
import { openDataUrls } from './open-data';

const atlas = fixtureAtlas();
const urls = openDataUrls(new URL('https://atlas.example.fr'), '/atlas/');
const publisher = { name: 'Association Exemple', contact: 'mailto:atlas@exemple.fr' };
const catalogue = (files = publishedFiles(atlas, urls, publisher)) =>
  JSON.parse(files.find((f) => f.path === 'catalogue-dcat.jsonld')!.body as string);

const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const DATA = 'https://atlas.example.fr/atlas/donnees/';

/** The catalogue as N-Quads, one triple a line, by a JSON-LD processor. */
async function triples(document: object): Promise<string[]> {
  const nquads = (await jsonld.toRDF(document as jsonld.JsonLdDocument, { format: 'application/n-quads' })) as unknown as string;
  return nquads.trim().split('\n');
}

describe('the DCAT-AP catalogue', async () => {
  const lines = await triples(catalogue());
  const has = (subject: string, predicate: string, object: string) => lines.includes(`<${subject}> <${predicate}> ${object} .`);

  it('is a dcat:Catalog holding one dcat:Dataset, for a processor that fetches nothing', () => {
    expect(has(`${DATA}catalogue-dcat.jsonld`, RDF_TYPE, `<${DCAT}Catalog>`)).toBe(true);
    expect(has(`${DATA}catalogue-dcat.jsonld`, `${DCAT}dataset`, `<${DATA}#jeu-de-donnees>`)).toBe(true);
    expect(has(`${DATA}#jeu-de-donnees`, RDF_TYPE, `<${DCAT}Dataset>`)).toBe(true);
  });

  it('gives what data.gouv.fr harvests: title, identifier, licence, dates, keywords, landing page', () => {
    const dataset = `${DATA}#jeu-de-donnees`;
    expect(has(dataset, `${DCT}title`, '"Résultats du label Territoire Numérique Libre 2022–2025"')).toBe(true);
    expect(has(dataset, `${DCT}identifier`, `"${DATA}datapackage.json"`)).toBe(true);
    expect(has(dataset, `${DCT}license`, '<https://www.etalab.gouv.fr/licence-ouverte-open-licence/>')).toBe(true);
    expect(has(dataset, `${DCT}issued`, '"2026-11-23"^^<http://www.w3.org/2001/XMLSchema#date>')).toBe(true);
    expect(has(dataset, `${DCT}modified`, '"2026-12-07"^^<http://www.w3.org/2001/XMLSchema#date>')).toBe(true);
    expect(has(dataset, 'http://www.w3.org/2002/07/owl#versionInfo', '"3.2.0"')).toBe(true);
    expect(has(dataset, `${DCAT}keyword`, '"logiciel libre"')).toBe(true);
    expect(has(dataset, `${DCAT}landingPage`, `<${DATA}>`)).toBe(true);
  });

  it('names the publisher and a contact from the site settings', () => {
    expect(lines.some((l) => l.includes('<http://xmlns.com/foaf/0.1/name> "Association Exemple"'))).toBe(true);
    expect(lines.some((l) => l.includes('<http://www.w3.org/2006/vcard/ns#hasEmail> <mailto:atlas@exemple.fr>'))).toBe(true);
  });

  it('lists each data file as a distribution with its download address, media type, format, size and checksum', () => {
    const csv = `${DATA}resultats.csv`;
    expect(has(`${DATA}#jeu-de-donnees`, `${DCAT}distribution`, `<${csv}>`)).toBe(true);
    expect(has(csv, `${DCAT}downloadURL`, `<${csv}>`)).toBe(true);
    expect(has(csv, `${DCAT}mediaType`, '<http://www.iana.org/assignments/media-types/text/csv>')).toBe(true);
    expect(has(csv, `${DCT}format`, '<http://publications.europa.eu/resource/authority/file-type/CSV>')).toBe(true);
    expect(has(csv, `${DCT}conformsTo`, `<${DATA}schemas/resultats.schema.json>`)).toBe(true);
    expect(lines.some((l) => l.startsWith(`<${csv}> <${DCAT}byteSize> "`))).toBe(true);
    expect(has(`${DATA}classeur.ods`, `${DCT}format`, '<http://publications.europa.eu/resource/authority/file-type/ODS>')).toBe(true);
    const distributions = lines.filter((l) => l.startsWith(`<${DATA}#jeu-de-donnees> <${DCAT}distribution>`));
    // Every data file but each collectivité's own (the catalogue lists them), datapackage.json included.
    expect(distributions).toHaveLength(15 + 6 + 1 + 1);
  });

  it('names no publisher when the settings give none', async () => {
    const anonymous = await triples(catalogue(publishedFiles(atlas, urls)));
    expect(anonymous.some((l) => l.includes(`<${DCT}publisher>`) || l.includes('vcard'))).toBe(false);
  });
});
