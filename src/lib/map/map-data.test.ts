// The map data of the real content folder (CONTENT_DIR, default content/), checked with facts that
// stay true when an edition is added and against the edition files read straight from disk.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEditions } from '../../../tests/support/content-yaml';
import { buildAtlas } from '../record/atlas';
import { contentDirectory } from '../content/content-dir';
import { loadContentFromDisk } from '../content/content-fs';
import { areaOf, buildMapData } from './map-data';
import { insetFramesLonLat } from './projection';
import { loadReference } from '../reference/reference-fs';

const root = path.resolve(import.meta.dirname, '../../..');
const atlas = buildAtlas(loadContentFromDisk(root, contentDirectory()).content, loadReference());
const data = buildMapData(atlas);
const bySlug = new Map(data.territories.map((t) => [t.slug, t]));

describe('buildMapData', () => {
  it('keeps every territory of the atlas, in the same order', () => {
    expect(data.territories.map((t) => t.slug)).toEqual(atlas.territories.map((t) => t.slug));
  });

  it('gives each territory its distinction id per year, null when unknown', () => {
    // SITIV first applied in 2021; what comes after 2022 is left to the content.
    expect(bySlug.get('sitiv')!.results.slice(0, 2)).toEqual([
      [2021, '3'],
      [2022, '5'],
    ]);
    const unknown = atlas.editions.flatMap((e) => e.results.filter((r) => r.distinction === null));
    expect(unknown.length).toBeGreaterThan(0);
    for (const result of unknown) expect(bySlug.get(result.territory.slug)!.results).toContainEqual([result.year, null]);
  });

  it('leaves metropolitan positions as they are and moves a DROM commune into its inset', () => {
    const paris = atlas.territoryBySlug.get('paris')!.position!;
    expect(bySlug.get('paris')!.point).toEqual([expect.closeTo(paris.lat, 3), expect.closeTo(paris.lon, 3)]);
    const [lat, lon] = bySlug.get('saint-joseph')!.point!;
    const reunion = insetFramesLonLat().find((f) => f.code === '974')!;
    expect(lat).toBeGreaterThan(reunion.south);
    expect(lat).toBeLessThan(reunion.north);
    expect(lon).toBeGreaterThan(reunion.west);
    expect(lon).toBeLessThan(reunion.east);
  });

  it('leaves a national body without position off the map, but in the data', () => {
    expect(bySlug.get('amue')).toMatchObject({ kind: 'autre', point: undefined, region: undefined });
  });

  it('draws the area of a région (its départements) but only a marker for a syndicat', () => {
    expect(bySlug.get('grand-est')!.area).toEqual(['08', '10', '51', '52', '54', '55', '57', '67', '68', '88']);
    expect(bySlug.get('sitiv')!.area).toBeUndefined();
    expect(areaOf({ kind: 'epci', footprint: ['35'] })).toEqual([]);
    expect(areaOf({ kind: 'departement', footprint: ['22'] })).toEqual(['22']);
  });

  it('carries each edition’s own scale with tones, and the names of départements and régions used', () => {
    const files = readEditions();
    expect(data.editions.map((e) => e.year)).toEqual(files.map((e) => e.year));
    expect(data.editions.map((e) => e.scale.map((d) => d.id))).toEqual(files.map((e) => e.scale.map((d) => d.id)));
    for (const year of [2016, 2023])
      expect(data.editions.find((e) => e.year === year)!.scale.map((d) => [d.short, d.tone])).toEqual([
        ['1', 1],
        ['2', 2],
        ['3', 3],
        ['4', 4],
        ['5', 5],
      ]);
    expect(data.departements['38']).toBe('Isère');
    expect(data.regions['84']).toBe('Auvergne-Rhône-Alpes');
    expect(data.kinds).toEqual(
      ['commune', 'epci', 'departement', 'region', 'syndicat', 'autre'].filter((k) => data.territories.some((t) => t.kind === k)),
    );
  });
});
