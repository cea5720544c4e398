import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editionSchema } from '../../schemas/edition';
import { territorySchema } from '../../schemas/territory';
import { testimonialSchema } from '../../schemas/testimonial';
import { allCorrections, buildAtlas, publishedContent } from './atlas';
import { contentDirectory } from '../content/content-dir';
import { loadContentFromDisk } from '../content/content-fs';
import { validateContent } from '../content/validate';
import { loadReference } from '../reference/reference-fs';
import { territoryHistory } from './history';
import type { ContentSet } from '../content/validate';
import { fixtureAtlas, fixtureCorrections2022 } from '../../../tests/support/atlas-fixture';

const result = (territory: string) => ({ territory, distinction: 5, source: 'https://example.org/', confidence: 'high' });
const edition = (year: number, territories: string[], draft = false) => ({
  id: String(year),
  file: `content/editions/${year}.yaml`,
  data: editionSchema.parse({
    year,
    announcedOn: `${year}-11-09`,
    event: 'Open Source Experience',
    place: 'Paris',
    scheme: 'niveaux-1-5',
    scale: [{ id: 5, label: 'Niveau 5' }],
    sources: [{ url: 'https://example.org/' }],
    results: territories.map(result),
    ...(draft ? { draft } : {}),
  }),
});
const territory = (id: string, code: string) => ({
  id,
  file: `content/territories/${id}.yaml`,
  data: territorySchema.parse({ kind: 'commune', code }),
});
const testimonial = (id: string, territory: string, year: number) => ({
  id,
  file: `content/testimonials/${id}.mdx`,
  data: testimonialSchema.parse({
    territory,
    edition: year,
    result: { distinction: 5 },
    title: 'T',
    summary: 'S',
    author: 'Ville',
    source: { url: 'https://example.org/' },
  }),
});

const content: ContentSet = {
  editions: [edition(2022, ['echirolles']), edition(2023, ['echirolles', 'nevers'], true)],
  territories: [territory('echirolles', '38151'), territory('nevers', '58194'), territory('abbeville', '80001')],
  testimonials: [testimonial('echirolles-2022', 'echirolles', 2022), testimonial('echirolles-2023', 'echirolles', 2023)],
};

describe('publishedContent', () => {
  it('leaves out draft editions, their testimonials and the territories known only from them', () => {
    const published = publishedContent(content);
    expect(published.editions.map((e) => e.id)).toEqual(['2022']);
    expect(published.testimonials.map((t) => t.id)).toEqual(['echirolles-2022']);
    // Abbeville has no result at all: it stays, as without drafts (check:content warns about it).
    expect(published.territories.map((t) => t.id)).toEqual(['echirolles', 'abbeville']);
  });

  it('returns the content as it is when there is no draft', () => {
    const noDraft = { ...content, editions: [content.editions[0]!] };
    expect(publishedContent(noDraft)).toBe(noDraft);
  });
});

describe('buildAtlas', () => {
  it('never indexes a draft edition, so that no page, export or map shows it', () => {
    const atlas = buildAtlas(content, loadReference());
    expect(atlas.editions.map((e) => e.year)).toEqual([2022]);
    expect(atlas.editionByYear.has(2023)).toBe(false);
    expect(atlas.territoryBySlug.has('nevers')).toBe(false);
    expect(atlas.resultsByTerritory.get('echirolles')?.map((r) => r.year)).toEqual([2022]);
  });
});

// The real content folder (CONTENT_DIR, default content/) must pass every rule the build applies.
// Facts that stay true when an edition is added are written out; nothing pins today's list.
describe('the real content', () => {
  const root = path.resolve(import.meta.dirname, '../../..');
  const contentDir = path.resolve(root, contentDirectory());
  const { content, problems } = loadContentFromDisk(root, contentDir);
  const reference = loadReference();

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
    const sitiv = territoryHistory(atlas.resultsByTerritory.get('sitiv') ?? [], atlas.editions).map((e) =>
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

describe('corrections in the atlas', () => {
  it('resolves each correction with its territory, distinctions and a stable anchor, on the edition, the result and the territory', () => {
    const corrected = fixtureAtlas(fixtureCorrections2022);
    const edition = corrected.editionByYear.get(2022)!;
    expect(edition.corrections.map((c) => [c.id, c.territory.name, c.from?.distinction?.label, c.to?.distinction?.label ?? null])).toEqual([
      ['correction-2022-lyon-2023-02-01', 'Lyon', 'Niveau 5', 'Niveau 4'],
      ['correction-2022-bretagne-2023-02-01', 'Bretagne', 'Niveau 3', null],
    ]);
    const lyon = corrected.resultsByTerritory.get('lyon')!.find((r) => r.year === 2022)!;
    expect(lyon.corrections.map((c) => c.id)).toEqual(['correction-2022-lyon-2023-02-01']);
    expect(lyon.distinction?.label).toBe('Niveau 4');
    // A withdrawn result is gone from the palmarès but stays in the territory's corrections.
    expect(corrected.resultsByTerritory.get('bretagne')!.map((r) => r.year)).toEqual([2025]);
    expect(corrected.correctionsByTerritory.get('bretagne')!.map((c) => c.to)).toEqual([undefined]);
    expect(allCorrections(corrected).map((c) => c.territory.slug)).toEqual(['bretagne', 'lyon']);
  });
});
