import { describe, expect, it } from 'vitest';
import { fixtureAtlas } from '../../../tests/support/atlas-fixture';
import { pageDates } from './page-dates';

const atlas = fixtureAtlas();
const dateOf = pageDates(
  atlas,
  {
    pages: [
      { id: 'a-propos', data: { updatedOn: '2026-11-23' } },
      { id: 'criteres', data: {} },
    ],
    testimonials: [
      { id: 'lyon-2022', data: { edition: 2022, publishedOn: '2023-01-15' } },
      { id: 'abbeville-2022', data: { edition: 2022 } },
    ],
  },
  '2026-12-07',
);

describe('pageDates', () => {
  it('dates an edition’s pages by its announcement, and a collectivité’s page by its latest result', () => {
    expect(dateOf('/editions/2025/')).toBe('2025-12-06');
    expect(dateOf('/editions/2022/palmares/5/')).toBe('2022-12-06');
    expect(dateOf('/territoires/rennes-metropole/')).toBe('2025-12-06');
    expect(dateOf('/territoires/lyon/')).toBe('2022-12-06');
  });

  it('dates a testimonial by its source, else by its edition, as its feed item', () => {
    expect(dateOf('/temoignages/lyon-2022/')).toBe('2023-01-15');
    expect(dateOf('/temoignages/abbeville-2022/')).toBe('2022-12-06');
  });

  it('dates an editorial page by its updatedOn, and every other page by the record’s newest change', () => {
    expect(dateOf('/a-propos/')).toBe('2026-11-23');
    expect(dateOf('/criteres/')).toBe('2026-12-07');
    expect(dateOf('/')).toBe('2026-12-07');
    expect(dateOf('/carte/')).toBe('2026-12-07');
  });
});
