import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { insetFramesLonLat } from './projection';
import { readTopology } from './reference-data';
import type { AreaProperties, DepartementsTopology, RegionsTopology } from './svg-map';
import { buildWebBaseMap } from './web-base-map';

const map = buildWebBaseMap(
  readTopology('departements') as unknown as DepartementsTopology,
  readTopology('regions') as unknown as RegionsTopology,
);

function bbox(collection: FeatureCollection<Geometry, AreaProperties>, code: string) {
  const f = collection.features.find((x) => x.properties.code === code)!;
  const points = (
    f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : (f.geometry as { coordinates: number[][][][] }).coordinates
  ).flat(2);
  const lons = points.map((p) => p[0]!);
  const lats = points.map((p) => p[1]!);
  return { west: Math.min(...lons), east: Math.max(...lons), south: Math.min(...lats), north: Math.max(...lats) };
}

describe('buildWebBaseMap', () => {
  const departements = feature(map, map.objects.departements) as FeatureCollection<Geometry, AreaProperties>;
  const regions = feature(map, map.objects.regions) as FeatureCollection<Geometry, AreaProperties>;

  it('keeps every département and région with its code and name', () => {
    expect(departements.features).toHaveLength(101);
    expect(regions.features).toHaveLength(18);
    expect(departements.features.find((f) => f.properties.code === '2A')!.properties.nom).toBe('Corse-du-Sud');
  });

  it('leaves a metropolitan département at its real longitude and latitude', () => {
    const finistere = bbox(departements, '29');
    expect(finistere.west).toBeCloseTo(-4.8, 0);
    expect(finistere.north).toBeCloseTo(48.75, 0);
  });

  it('draws each DROM inside its inset frame', () => {
    for (const frame of insetFramesLonLat()) {
      const box = bbox(departements, frame.code);
      expect(box.west).toBeGreaterThan(frame.west);
      expect(box.east).toBeLessThan(frame.east);
      expect(box.south).toBeGreaterThan(frame.south);
      expect(box.north).toBeLessThan(frame.north);
    }
  });

  it('gives each région the outline of its départements (arcs of both layers kept apart)', () => {
    const bretagne = bbox(regions, '53');
    const union = ['22', '29', '35', '56'].map((code) => bbox(departements, code));
    expect(bretagne.west).toBeCloseTo(Math.min(...union.map((b) => b.west)), 2);
    expect(bretagne.east).toBeCloseTo(Math.max(...union.map((b) => b.east)), 2);
    expect(bretagne.north).toBeCloseTo(Math.max(...union.map((b) => b.north)), 2);
  });

  it('stays small enough to download with the page', () => {
    expect(JSON.stringify(map).length).toBeLessThan(160_000);
  });
});
