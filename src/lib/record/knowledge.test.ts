import { describe, expect, it } from 'vitest';
import { editionSchema, type EditionInput } from '../../schemas/edition';
import { historyAtlas } from '../../../tests/support/history-fixture';
import { absenceIsKnown, distinctionKnowledge, editionKnowledge } from './knowledge';

const medals = [
  { id: 'badge', label: 'Badge', entry: true },
  { id: 'bronze', label: 'Bronze' },
  { id: 'argent', label: 'Argent' },
  { id: 'or', label: 'Or' },
];
const source = 'https://example.org/';

function knowledgeOf(input: Partial<EditionInput>) {
  const edition = editionSchema.parse({
    year: 2025,
    announcedOn: '2025-11-19',
    event: 'E',
    place: 'Paris',
    scheme: 'badge-bronze-argent-or',
    scale: medals,
    sources: [{ url: source }],
    ...input,
  });
  return editionKnowledge(edition, edition.results);
}

describe('editionKnowledge', () => {
  it('models an edition like 2025: 8 known of 36, Or known without an official count, Bronze and Argent never published', () => {
    const knowledge = knowledgeOf({
      labelledCount: 36,
      labelledCountNote: '37 ailleurs',
      results: [
        ...['a', 'b', 'c'].map((territory) => ({ territory, distinction: 'or', source, confidence: 'medium' as const })),
        ...['d', 'e', 'f'].map((territory) => ({ territory, distinction: 'badge', source, confidence: 'high' as const })),
        ...['g', 'h'].map((territory) => ({ territory, distinction: 'inconnue', source, confidence: 'medium' as const })),
      ],
    });
    expect(knowledge).toMatchObject({
      year: 2025,
      official: 36,
      officialNote: '37 ailleurs',
      known: 8,
      knownDistinction: 6,
      inferred: 0,
      status: 'partial',
      awards: 'distinction',
    });
    expect(knowledge.distinctions.map((d) => [d.distinction?.id ?? null, d.known, d.official ?? null, d.status])).toEqual([
      ['or', 3, null, 'partial'],
      ['argent', 0, null, 'unpublished'],
      ['bronze', 0, null, 'unpublished'],
      ['badge', 3, null, 'partial'],
      [null, 2, null, 'partial'],
    ]);
  });

  it('calls a list complete only when the official count is published and reached, per edition and per distinction', () => {
    const knowledge = knowledgeOf({
      scale: [1, 2, 3].map((n) => ({ id: n, label: `Niveau ${n}` })),
      labelledCount: 3,
      // Counts that add up to the official total (the edition schema refuses more).
      countsByDistinction: { 1: 0, 2: 2, 3: 1 },
      results: [
        { territory: 'a', distinction: 2, source, confidence: 'high' },
        { territory: 'b', distinction: 2, source, confidence: 'high' },
        { territory: 'c', distinction: 'inconnue', source, confidence: 'low', inferred: true, note: '« deux années de suite »' },
      ],
    });
    expect(knowledge).toMatchObject({ status: 'complete', awards: 'label', inferred: 1, known: 3, knownDistinction: 2 });
    // Level 3 has an official 1 and no name: not published, never « 0 ».
    expect(knowledge.distinctions.map((d) => [d.distinction?.id ?? null, d.status])).toEqual([
      ['3', 'unpublished'],
      ['2', 'complete'],
      ['1', 'complete'],
      [null, 'partial'],
    ]);
    expect(distinctionKnowledge(knowledge, '3')).toMatchObject({ known: 0, official: 1 });
    expect(distinctionKnowledge(knowledge, null)).toMatchObject({ known: 1 });
  });

  it('makes every distinction complete when every name and every distinction of the edition is known', () => {
    const knowledge = knowledgeOf({
      labelledCount: 1,
      results: [{ territory: 'a', distinction: 'or', source, confidence: 'high' }],
    });
    expect(knowledge.distinctions.map((d) => d.status)).toEqual(['complete', 'complete', 'complete', 'complete']);
  });

  it('says « not published », not zero, for an edition without any known result, and « partial » without an official count', () => {
    expect(knowledgeOf({}).status).toBe('unpublished');
    expect(knowledgeOf({ results: [{ territory: 'a', distinction: 'or', source, confidence: 'high' }] }).status).toBe('partial');
  });

  it('is computed with the atlas, once per edition', () => {
    expect(historyAtlas.editions.map((e) => [e.year, e.knowledge.status, e.knowledge.known])).toEqual([
      [2021, 'complete', 3],
      [2022, 'complete', 4],
      [2023, 'partial', 3],
      [2025, 'partial', 2],
    ]);
    expect(historyAtlas.editions.map((e) => absenceIsKnown(e.knowledge))).toEqual([true, true, false, false]);
  });
});
