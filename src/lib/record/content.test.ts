// Tests on the real content folder (CONTENT_DIR, default content/): it must pass every rule the build
// applies. Facts that stay true when an edition is added are written out; nothing pins today's list.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAtlas } from './atlas';
import { contentDirectory } from '../content/content-dir';
import { loadContentFromDisk } from '../content/content-fs';
import { territoryHistory } from './history';
import { loadReference } from '../reference/reference-fs';
import { validateContent } from '../content/validate';

const root = path.resolve(import.meta.dirname, '../../..');
const contentDir = path.resolve(root, contentDirectory());
const { content, problems } = loadContentFromDisk(root, contentDir);
const reference = loadReference();

describe('the real content', () => {
  it('passes the schemas', () => {
    expect(problems).toEqual([]);
  });

  it('passes the referential checks (territories, codes, testimonials)', () => {
    expect(validateContent(content, reference)).toEqual([]);
  });

  it('has one edition per year from 2016 to the latest, with no gap, each file named by its year', () => {
    const files = readdirSync(path.join(contentDir, 'editions')).filter((name) => name.endsWith('.yaml'));
    const years = content.editions.map((e) => e.data.year).toSorted((a, b) => a - b);
    expect(years.slice(0, 8)).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]);
    expect(years).toEqual(Array.from({ length: years.length }, (_, i) => 2016 + i));
    expect(files.toSorted()).toEqual(years.map((year) => `${year}.yaml`));
    for (const edition of content.editions) expect(edition.id).toBe(String(edition.data.year));
  });

  it('shows Abbeville at level 5 in 2022 and SITIV at level 3 in 2021 then 5 in 2022, each with its source', () => {
    const atlas = buildAtlas(content, reference);
    const abbeville = atlas.resultsByTerritory.get('abbeville')!;
    expect(abbeville.map((r) => [r.year, r.distinction?.id, r.source])).toContainEqual([
      2022,
      '5',
      'https://wordpress.kennycaldieraro.fr/adullact-abbeville-echirolles-et-les-communes-du-sitiv-prix-dexcellence-du-logiciel-libre',
    ]);
    // SITIV first applied in 2021; what comes after 2022 is left to the content.
    const sitiv = territoryHistory('sitiv', atlas.editions).map((e) =>
      e.status === 'labelled' ? [e.edition.year, e.result.distinction?.label, e.result.source] : [e.edition.year, e.status],
    );
    expect(sitiv.slice(0, 2)).toEqual([
      [2021, 'Niveau 3', 'https://sitiv.fr/?p=15'],
      [
        2022,
        'Niveau 5',
        'https://wordpress.kennycaldieraro.fr/adullact-abbeville-echirolles-et-les-communes-du-sitiv-prix-dexcellence-du-logiciel-libre',
      ],
    ]);
  });

  it('gives every result and every edition a public source', () => {
    const results = content.editions.flatMap((e) =>
      e.data.results.map((r) => ({ where: `${e.data.year} ${r.territory}`, source: r.source })),
    );
    expect(results.length).toBeGreaterThan(0);
    expect(results.filter((r) => !/^https?:\/\/[^/]+\.[a-z]{2,}/.test(r.source))).toEqual([]);
    expect(content.editions.filter((e) => e.data.sources.length === 0).map((e) => e.data.year)).toEqual([]);
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
    const { isApproximatePosition } = await import('../content/territories');
    const atlas = buildAtlas(content, reference);
    expect(isApproximatePosition(atlas.territoryBySlug.get('smeacc')!)).toBe(true);
    expect(isApproximatePosition(atlas.territoryBySlug.get('grand-est')!)).toBe(false);
    expect(isApproximatePosition(atlas.territoryBySlug.get('abbeville')!)).toBe(false);
  });
});
