import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../record/atlas';
import { loadReference } from '../reference/reference-fs';
import { contentDirectory } from './content-dir';
import { loadContentFromDisk } from './content-fs';
import { territorySchema } from '../../schemas/territory';
import { isApproximatePosition, resolveTerritory } from './territories';

const root = path.resolve(import.meta.dirname, '../../..');
const { content } = loadContentFromDisk(root, path.resolve(root, contentDirectory()));
const reference = loadReference();

describe('isApproximatePosition', () => {
  it('flags a syndicat placed at its département centre, not a région placed at its own centre', () => {
    const atlas = buildAtlas(content, reference);
    expect(isApproximatePosition(atlas.territoryBySlug.get('smeacc')!)).toBe(true);
    expect(isApproximatePosition(atlas.territoryBySlug.get('grand-est')!)).toBe(false);
    expect(isApproximatePosition(atlas.territoryBySlug.get('abbeville')!)).toBe(false);
  });
});

describe('resolveTerritory', () => {
  it('gives a body known by its seat only the département and région of its seat', () => {
    const syndicat = territorySchema.parse({ kind: 'syndicat', name: 'Syndicat mixte de test', seat: '06088' });
    expect(resolveTerritory('syndicat-de-test', syndicat, reference)).toMatchObject({
      departement: { code: '06', name: 'Alpes-Maritimes' },
      region: { code: '93', name: "Provence-Alpes-Côte d'Azur" },
      footprint: ['06'],
      position: { source: 'seat' },
    });
  });

  it('keeps a département written in the file over the seat’s', () => {
    const agency = territorySchema.parse({ kind: 'autre', name: 'Agence de test', seat: '06088', departement: '83' });
    expect(resolveTerritory('agence-de-test', agency, reference).departement).toEqual({ code: '83', name: 'Var' });
  });
});
