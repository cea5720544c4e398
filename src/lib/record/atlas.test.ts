import { describe, expect, it } from 'vitest';
import { editionSchema } from '../../schemas/edition';
import { territorySchema } from '../../schemas/territory';
import { testimonialSchema } from '../../schemas/testimonial';
import { buildAtlas, publishedContent } from './atlas';
import { loadReference } from '../reference/reference-fs';
import type { ContentSet } from '../content/validate';

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
