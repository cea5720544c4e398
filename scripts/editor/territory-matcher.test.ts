import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentFromDisk } from '../../src/lib/content/content-fs';
import { loadReference } from '../../src/lib/reference/reference-fs';
import { resolveTerritory } from '../../src/lib/content/territories';
import { nameKey } from '../../src/lib/text';
import { createResolver, describeCandidate, stripKindPrefix, type Query, type Resolution } from './territory-matcher';

const root = path.resolve(import.meta.dirname, '../..');
const reference = loadReference();
// The import's own content fixture: territory files added to content/ never change these outcomes.
const territories = loadContentFromDisk(root, 'tests/fixtures/import/contenu').content.territories.map((t) =>
  resolveTerritory(t.id, t.data, reference),
);
const resolver = createResolver(territories, reference);

/** A resolution in one line: what an editor would read. */
function outcome(query: Query | string): string {
  const result: Resolution = resolver.resolve(typeof query === 'string' ? { name: query } : query);
  if (result.status === 'found')
    return `${describeCandidate(result.candidate)}${result.candidate.via ? ` via ${result.candidate.via}` : ''}`;
  if (result.status === 'ambiguous') return `ambigu : ${result.candidates.map(describeCandidate).join(' | ')}`;
  return `inconnu ; proches : ${result.suggestions.map(describeCandidate).join(' | ')}${
    result.elsewhere.length ? ` ; ailleurs : ${result.elsewhere.map(describeCandidate).join(' | ')}` : ''
  }`;
}

describe('stripKindPrefix', () => {
  it('recognises the kind announced by a prefix, stripping repeated prefixes', () => {
    expect(stripKindPrefix(nameKey('Département de la Gironde'))).toEqual({ kind: 'departement', key: 'gironde' });
    expect(stripKindPrefix(nameKey('Conseil départemental des Côtes-d’Armor'))).toEqual({ kind: 'departement', key: 'cotes d armor' });
    expect(stripKindPrefix(nameKey('CA Agglo du Pays de Dreux'))).toEqual({ kind: 'epci', key: 'pays de dreux' });
    expect(stripKindPrefix(nameKey('Ville de Rennes'))).toEqual({ kind: 'commune', key: 'rennes' });
    expect(stripKindPrefix(nameKey('Rennes Métropole'))).toBeUndefined();
  });
});

describe('resolver.resolve', () => {
  it('finds territory files first, by name, slug, code name or prefixed name', () => {
    expect(outcome('Abbeville')).toBe('abbeville (déjà dans l’atlas : Abbeville, commune 80001, dép. 80)');
    expect(outcome('rennes-metropole')).toMatch(/^rennes-metropole \(déjà dans l’atlas : Rennes Métropole, EPCI 243500139/);
    expect(outcome('Département de la Gironde')).toMatch(/^gironde \(déjà dans l’atlas/);
    expect(outcome('Conseil départemental de la Gironde')).toMatch(/^gironde \(déjà dans l’atlas/);
    expect(outcome('Ville de Rennes')).toMatch(/^rennes \(déjà dans l’atlas : Rennes, commune 35238/);
    expect(outcome('SITIV')).toMatch(/^sitiv \(déjà dans l’atlas : SITIV, syndicat/);
  });

  it('finds a new commune by its exact name, then without accents, case, hyphens or "St"', () => {
    expect(outcome('Villeurbanne')).toBe('Villeurbanne (commune 69266, dép. 69)');
    // "Stes" is spelled out as the commune search does (before, the import knew only "St" and "Ste").
    expect(outcome('Stes-Maries-de-la-Mer')).toBe('Saintes-Maries-de-la-Mer (commune 13096, dép. 13)');
    expect(outcome('SAINT MARTIN D HERES')).toBe('Saint-Martin-d’Hères (commune 38421, dép. 38)'.replace('’', "'"));
    expect(outcome('St-Egreve')).toBe('Saint-Égrève (commune 38382, dép. 38)');
  });

  it('tells homonyms apart with the département, and never picks one without it', () => {
    expect(outcome({ name: 'Saint-Joseph', departement: '50' })).toBe('Saint-Joseph (commune 50498, dép. 50)');
    expect(outcome({ name: 'Saint-Joseph', departement: '974' })).toMatch(/^saint-joseph \(déjà dans l’atlas/);
    expect(outcome('Saint-Joseph')).toBe(
      'ambigu : saint-joseph (déjà dans l’atlas : Saint-Joseph, commune 97412, dép. 974) | Saint-Joseph (commune 42242, dép. 42) | Saint-Joseph (commune 50498, dép. 50) | Saint-Joseph (commune 97224, dép. 972)',
    );
  });

  it('never picks silently between a commune and a département or région of the same name', () => {
    expect(outcome('Mayenne')).toBe('ambigu : Mayenne (commune 53147, dép. 53) | Mayenne (département 53)');
    expect(outcome('Département de la Mayenne')).toBe('Mayenne (département 53)');
    expect(outcome({ name: 'Vienne', departement: '38' })).toBe('Vienne (commune 38544, dép. 38)');
    expect(outcome('Région Bretagne')).toBe('Bretagne (région 53)');
  });

  it('resolves a former or delegated commune to the commune nouvelle it joined', () => {
    expect(outcome('Pierre-Bénite')).toBe(
      'Oullins-Pierre-Bénite (commune 69149, dép. 69) via ancienne commune « Pierre-Bénite », aujourd’hui Oullins-Pierre-Bénite',
    );
  });

  it('finds an EPCI with or without "CC", "CA" or "Communauté d’agglomération"', () => {
    expect(outcome('Communauté d’agglomération du Grand Avignon')).toBe('CA du Grand Avignon (COGA) (EPCI 248400251, dép. 30/84)');
    expect(outcome('Communauté d’agglomération du Pays de Dreux')).toMatch(/^CA Agglo du Pays de Dreux \(EPCI 200040277/);
    expect(outcome('Grenoble Alpes Métropole')).toMatch(/^Grenoble-Alpes-Métropole \(EPCI 200040715/);
  });

  it('says a name is unknown with close suggestions, and where the name exists outside the département', () => {
    expect(outcome('Grenobel')).toMatch(/^inconnu ; proches : grenoble \(déjà dans l’atlas/);
    expect(outcome({ name: 'Villeurbanne', departement: '38' })).toBe(
      'inconnu ; proches :  ; ailleurs : Villeurbanne (commune 69266, dép. 69)',
    );
  });

  it('resolves official codes, including the code of a former commune', () => {
    expect(outcome({ name: 'x', code: '38151' })).toMatch(/^echirolles \(déjà dans l’atlas/);
    expect(outcome({ name: 'x', code: '69152' })).toMatch(
      /^Oullins-Pierre-Bénite \(commune 69149, dép. 69\) via ancienne commune « Pierre-Bénite » \(69152\)/,
    );
    expect(outcome({ name: 'x', code: '200040715' })).toMatch(/^Grenoble-Alpes-Métropole/);
    expect(outcome({ name: 'x', code: '44', kind: 'region' })).toMatch(/^grand-est \(déjà dans l’atlas/);
    expect(outcome({ name: 'x', code: '99999' })).toBe('inconnu ; proches : ');
  });

  it('offers the code with the leading zeros a spreadsheet dropped', () => {
    expect(resolver.resolve({ name: 'x', code: '1001' })).toMatchObject({ status: 'unknown', paddedCode: '01001' });
    expect(outcome({ name: 'x', code: '1001' })).toBe("inconnu ; proches : L'Abergement-Clémenciat (commune 01001, dép. 01)");
    expect(outcome({ name: 'x', code: '5074' })).toMatch(/^inconnu ; proches : lettret \(déjà dans l’atlas : Lettret, commune 05074/);
  });

  it('suggests only names that really resemble: a typo, or the name within a longer one', () => {
    expect(outcome({ name: 'Syndicat Morbihan Énergies', departement: '56', kind: 'syndicat' })).toBe(
      'inconnu ; proches : morbihan-energies (déjà dans l’atlas : Morbihan Énergies, syndicat)',
    );
    expect(outcome('Clermont Métropole')).toBe('inconnu ; proches : Clermont Auvergne Métropole (EPCI 246300701, dép. 63)');
    expect(outcome('Rennes Metropol')).toBe(
      'inconnu ; proches : rennes-metropole (déjà dans l’atlas : Rennes Métropole, EPCI 243500139, dép. 35)',
    );
    expect(outcome('Ville de Pariss')).toBe('inconnu ; proches : paris (déjà dans l’atlas : Paris, commune 75056, dép. 75)');
    // "Ri" (61349) is inside "Écrins", but is no suggestion; nor is a 2-letter name or a shared word.
    expect(outcome('Parc national des Écrins')).toBe('inconnu ; proches : ');
    expect(outcome({ name: 'Parc national des Écrins', kind: 'autre' })).toBe('inconnu ; proches : ');
  });
});
