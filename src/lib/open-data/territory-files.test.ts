import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fixtureAtlas } from '../../../tests/support/atlas-fixture';
import { openDataUrls } from './open-data';
import { territoryCatalogue, territoryFiles } from './territory-files';

const atlas = fixtureAtlas();
const urls = openDataUrls(new URL('https://atlas.example.fr'), '/atlas/');
const files = territoryFiles(atlas, urls);

describe('territoryFiles', () => {
  it('writes one file per collectivité, by slug, under territoires/', () => {
    expect(files.map((f) => f.path)).toEqual([
      'territoires/abbeville.json',
      'territoires/agence-nationale.json',
      'territoires/bretagne.json',
      'territoires/echirolles.json',
      'territoires/lyon.json',
      'territoires/rennes-metropole.json',
      'territoires/syndicat-test.json',
    ]);
  });

  it('gives a collectivité’s identity, codes and every known result with its distinction, mentions and source', () => {
    const rennes = JSON.parse(files.find((f) => f.slug === 'rennes-metropole')!.body);
    expect(rennes).toMatchObject({
      licence: 'Licence Ouverte / Open Licence 2.0 (Etalab)',
      territoire: 'rennes-metropole',
      type: 'epci',
      code_insee: null,
      siren: '243500139',
      departement_code: '35',
      page: 'https://atlas.example.fr/atlas/territoires/rennes-metropole/',
    });
    expect(rennes.resultats).toEqual([
      {
        annee: 2025,
        bareme: 'badge-bronze-argent-or',
        distinction_id: expect.any(String),
        distinction: expect.any(String),
        rang: expect.any(Number),
        rang_max: 4,
        mentions_ids: ['meilleure-premiere-candidature', 'sobriete-numerique'],
        mentions: ['Meilleure première candidature', 'Sobriété numérique'],
        source: 'https://example.org/palmares',
        fiabilite: expect.any(String),
        remarque: null,
      },
    ]);
  });

  it('says « not known » with null, never with zero: a result without a known distinction', () => {
    const syndicat = JSON.parse(files.find((f) => f.slug === 'syndicat-test')!.body);
    expect(syndicat.resultats[0]).toMatchObject({ annee: 2022, distinction_id: null, distinction: null, rang: null });
    expect(syndicat.siren).toBeNull();
  });
});

describe('territoryCatalogue', () => {
  it('lists each file with its codes, absolute address, size and SHA-256', () => {
    const catalogue = JSON.parse(territoryCatalogue(atlas, urls, files));
    expect(catalogue.territoires).toHaveLength(files.length);
    const abbeville = files[0]!;
    expect(catalogue.territoires[0]).toEqual({
      territoire: 'abbeville',
      nom: 'Abbeville',
      type: 'commune',
      code_insee: '80001',
      siren: '218000016',
      departement_code: '80',
      region_code: '32',
      fichier: 'https://atlas.example.fr/atlas/donnees/territoires/abbeville.json',
      octets: Buffer.byteLength(abbeville.body),
      sha256: createHash('sha256').update(abbeville.body).digest('hex'),
    });
  });
});
