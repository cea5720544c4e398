// Tests on the real content/ folder: it must pass every rule the build applies.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAtlas } from './atlas';
import { loadContentFromDisk } from './content-files';
import { territoryHistory } from './history';
import { loadReference } from './reference-data';
import { validateContent } from './validate';

const root = path.resolve(import.meta.dirname, '../..');
const { content, problems } = loadContentFromDisk(root);
const reference = loadReference();

describe('the real content', () => {
  it('passes the schemas', () => {
    expect(problems).toEqual([]);
  });

  it('passes the referential checks (territories, codes, testimonials)', () => {
    expect(validateContent(content, reference)).toEqual([]);
  });

  it('has one edition per year from 2016 to 2023', () => {
    expect(content.editions.map((e) => e.data.year)).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]);
  });

  it('shows Abbeville at level 5 in 2022 and SITIV at level 3 in 2021 then 5 in 2022, each with a source', () => {
    const atlas = buildAtlas(content, reference);
    const abbeville = atlas.resultsByTerritory.get('abbeville')!;
    expect(abbeville.map((r) => [r.year, r.distinction?.id])).toEqual([[2022, '5']]);
    const sitiv = territoryHistory('sitiv', atlas.editions).map((e) =>
      e.status === 'labelled' ? [e.edition.year, e.result.distinction?.label, e.result.source] : [e.edition.year, e.status],
    );
    expect(sitiv).toEqual([
      [2021, 'Niveau 3', 'https://sitiv.fr/?p=15'],
      [2022, 'Niveau 5', expect.stringMatching(/^https:\/\//)],
      [2023, 'no-record'],
    ]);
  });

  it('derives names, départements, régions and positions from the reference data', () => {
    const atlas = buildAtlas(content, reference);
    expect(atlas.territoryBySlug.get('echirolles')).toMatchObject({
      name: 'Échirolles',
      departement: { code: '38', name: 'Isère' },
      region: { code: '84', name: 'Auvergne-Rhône-Alpes' },
      postalCodes: ['38130'],
      position: { lat: 45.14592, lon: 5.71604, source: 'commune' },
    });
    expect(atlas.territoryBySlug.get('sitiv')).toMatchObject({ region: { name: 'Auvergne-Rhône-Alpes' }, position: { source: 'members' } });
    expect(atlas.territoryBySlug.get('pays-d-orange-en-provence')?.departement?.code).toBe('84');
  });
});

describe('isApproximatePosition', () => {
  it('flags a syndicat placed at its département centre, not a région placed at its own centre', async () => {
    const { isApproximatePosition } = await import('./territories');
    const atlas = buildAtlas(content, reference);
    expect(isApproximatePosition(atlas.territoryBySlug.get('smeacc')!)).toBe(true);
    expect(isApproximatePosition(atlas.territoryBySlug.get('grand-est')!)).toBe(false);
    expect(isApproximatePosition(atlas.territoryBySlug.get('abbeville')!)).toBe(false);
  });
});
