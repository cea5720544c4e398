import { describe, expect, it } from 'vitest';
import { fixtureAtlas } from '../../../tests/support/atlas-fixture';
import { profileProblems, readTable, tableProblems, type CsvTable, type TableSchema } from '../../../tests/support/frictionless';
import { FRENCH_SPREADSHEET } from './csv';
import { dataPackage, tableSchemaField, tableSchemaFiles, tableSchemaPattern } from './datapackage';
import { openDataCatalogue, openDataUrls, territoriesCsv } from './open-data';

const atlas = fixtureAtlas();
const urls = openDataUrls(new URL('https://atlas.example.fr'), '/atlas/');
const files = openDataCatalogue(atlas, urls);
const descriptor = JSON.parse(dataPackage(files, urls, { title: 'Titre', description: 'Description' }));
const schemas = new Map(tableSchemaFiles(files).map((file) => [file.path, JSON.parse(file.body) as TableSchema]));

describe('tableSchemaPattern', () => {
  it('drops the anchors and writes groups as XML Schema does', () => {
    expect(tableSchemaPattern(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)).toBe('[a-z0-9]+(-[a-z0-9]+)*');
    expect(tableSchemaPattern(/^(\d{5}|2[AB]\d{3})$/)).toBe('(\\d{5}|2[AB]\\d{3})');
  });

  it('refuses what XML Schema cannot say', () => {
    const message = 'has no XML Schema equivalent: anchor it at both ends, without flags, assertions or inner anchors.';
    expect(() => tableSchemaPattern(/\d{9}/)).toThrow(`Pattern /\\d{9}/ ${message}`);
    expect(() => tableSchemaPattern(/^a(?=b)$/)).toThrow(message);
    expect(() => tableSchemaPattern(/^a$/i)).toThrow(message);
  });
});

describe('tableSchemaField', () => {
  it('declares type, format, requirement and constraints, with the dictionary’s description', () => {
    const fields = territoriesCsv(atlas, urls).fields;
    const byName = (name: string) => fields.find((f) => f.path === name)!;
    expect(tableSchemaField(byName('type'))).toEqual({
      name: 'type',
      type: 'string',
      description:
        'Type de collectivité : commune, epci (intercommunalité), departement, region, syndicat ou autre (autre organisme public).',
      constraints: { required: true, enum: ['commune', 'epci', 'departement', 'region', 'syndicat', 'autre'] },
    });
    expect(tableSchemaField(byName('siren'), undefined, true).constraints).toEqual({ unique: true, pattern: '\\d{9}' });
    expect(tableSchemaField(byName('page'))).toMatchObject({ type: 'string', format: 'uri' });
    expect(tableSchemaField(byName('latitude'), FRENCH_SPREADSHEET)).toMatchObject({
      type: 'number',
      decimalChar: ',',
      constraints: { minimum: -90, maximum: 90 },
    });
  });
});

describe('dataPackage', () => {
  it('is a valid Data Package (profile data-package)', () => {
    expect(profileProblems('data-package', descriptor)).toEqual([]);
  });

  it('describes every file, each CSV as a valid Tabular Data Resource, with its size and SHA-256', () => {
    expect(descriptor.resources.map((r: { path: string }) => r.path)).toEqual(files.map((f) => f.path));
    for (const resource of descriptor.resources.filter((r: { format: string }) => r.format === 'csv')) {
      expect(resource.profile).toBe('tabular-data-resource');
      expect(profileProblems('tabular-data-resource', resource), resource.name).toEqual([]);
    }
    const first = descriptor.resources[0];
    expect(first).toMatchObject({ name: 'resultats', path: 'resultats.csv', mediatype: 'text/csv', encoding: 'utf-8' });
    expect(first.bytes).toBe(new TextEncoder().encode(files[0]!.body).length);
    expect(first.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('gives the licence as its SPDX identifier and the address of its text', () => {
    expect(descriptor.licenses).toEqual([
      {
        name: 'etalab-2.0',
        path: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
        title: 'Licence Ouverte / Open Licence 2.0 (Etalab)',
      },
    ]);
    expect(descriptor.homepage).toBe('https://atlas.example.fr/atlas/donnees/');
  });

  it('points each CSV at the Table Schema of its table and dialect, shared by each edition’s file', () => {
    const schemaOf = (name: string) => descriptor.resources.find((r: { name: string }) => r.name === name).schema;
    expect(schemaOf('resultats')).toBe('schemas/resultats.schema.json');
    expect(schemaOf('resultats-2025')).toBe('schemas/resultats.schema.json');
    expect(schemaOf('resultats-2022-tableur')).toBe('schemas/resultats-tableur.schema.json');
    expect(schemaOf('territoires-tableur')).toBe('schemas/territoires-tableur.schema.json');
    expect([...schemas.keys()]).toEqual([
      'schemas/resultats.schema.json',
      'schemas/resultats-tableur.schema.json',
      'schemas/editions.schema.json',
      'schemas/editions-tableur.schema.json',
      'schemas/territoires.schema.json',
      'schemas/territoires-tableur.schema.json',
    ]);
  });
});

describe('the Table Schemas', () => {
  it('are valid Table Schemas (profile table-schema)', () => {
    for (const [path, schema] of schemas) expect(profileProblems('table-schema', schema), path).toEqual([]);
  });

  it('declare the keys: a result per edition and territory, referring to its edition and to its territory with the same codes', () => {
    const results = schemas.get('schemas/resultats.schema.json')!;
    expect(results.primaryKey).toEqual(['annee', 'territoire']);
    expect(results.foreignKeys).toEqual([
      { fields: ['annee'], reference: { resource: 'editions', fields: ['annee'] } },
      {
        fields: ['territoire', 'code_insee', 'siren', 'departement_code', 'region_code'],
        reference: { resource: 'territoires', fields: ['territoire', 'code_insee', 'siren', 'departement_code', 'region_code'] },
      },
    ]);
    expect(schemas.get('schemas/territoires.schema.json')!.primaryKey).toEqual(['territoire']);
  });

  it('accept every CSV file of the catalogue: header, types, constraints, keys', () => {
    const resources = descriptor.resources.filter((r: { format: string }) => r.format === 'csv');
    const tables = new Map<string, CsvTable>(
      resources.map((r: { name: string; path: string; dialect: { delimiter: ',' | ';' } }) => [
        r.name,
        readTable(r.path, files.find((f) => f.path === r.path)!.body, r.dialect.delimiter),
      ]),
    );
    const others = { editions: tables.get('editions')!, territoires: tables.get('territoires')! };
    for (const resource of resources) {
      const schema = schemas.get(resource.schema)!;
      expect(tableProblems(tables.get(resource.name)!, schema, others), resource.name).toEqual([]);
    }
  });
});
