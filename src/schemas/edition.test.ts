import { describe, expect, it } from 'vitest';
import { editionSchema, type EditionInput } from './edition';

const valid: EditionInput = {
  year: 2025,
  announcedOn: '2025-12-04',
  event: 'Open Source Experience',
  place: 'Paris',
  scheme: 'badge-bronze-argent-or',
  scale: [
    { id: 'badge', label: 'Badge' },
    { id: 'bronze', label: 'Bronze' },
    { id: 'argent', label: 'Argent' },
    { id: 'or', label: 'Or' },
  ],
  mentions: [{ id: 'sobriete', label: 'Sobriété numérique' }],
  sources: [{ url: 'https://example.org/2025' }],
  results: [
    { territory: 'abbeville', distinction: 'or', mentions: ['sobriete'], source: 'https://example.org/a', confidence: 'high' },
    { territory: 'echirolles', distinction: 'inconnue', source: 'https://example.org/b', confidence: 'medium' },
  ],
};

function messages(input: unknown): string[] {
  const result = editionSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('editionSchema', () => {
  it('accepts an edition with its own scale (Badge / Bronze / Argent / Or)', () => {
    const edition = editionSchema.parse(valid);
    expect(edition.results[0]!.distinction).toBe('or');
    expect(edition.jury).toEqual([]);
  });

  it('models "distinction non connue" as null, not as a level', () => {
    expect(editionSchema.parse(valid).results[1]!.distinction).toBeNull();
  });

  it('keeps numeric distinctions typed as numbers in YAML as string ids', () => {
    const edition = editionSchema.parse({
      ...valid,
      scale: [1, 2, 3].map((n) => ({ id: n, label: `Niveau ${n}` })),
      results: [{ territory: 'a', distinction: 3, source: 'https://example.org', confidence: 'low' }],
      mentions: [],
    });
    expect(edition.scale.map((d) => d.id)).toEqual(['1', '2', '3']);
    expect(edition.results[0]!.distinction).toBe('3');
  });

  it('marks an entry distinction and an inferred result, both off unless written', () => {
    const edition = editionSchema.parse({
      ...valid,
      scale: [{ id: 'badge', label: 'Badge', entry: true }, ...valid.scale!.slice(1)],
      results: [
        ...valid.results!,
        {
          territory: 'lyon',
          distinction: 'or',
          source: 'https://example.org/c',
          confidence: 'low',
          inferred: true,
          note: '« deux années de suite »',
        },
      ],
    });
    expect(edition.scale.map((d) => d.entry ?? false)).toEqual([true, false, false, false]);
    expect(edition.results.map((r) => r.inferred)).toEqual([false, false, true]);
  });

  it('rejects an inferred result without a note or with a confidence other than low', () => {
    const input = {
      ...valid,
      results: [{ territory: 'lyon', distinction: 'or', source: 'https://example.org/c', confidence: 'medium', inferred: true }],
    };
    expect(messages(input)).toEqual([
      'results.0.note: résultat déduit (inferred: true) sans remarque : ajoutez « note » pour dire de quoi il est déduit',
      'results.0.confidence: un résultat déduit (inferred: true) a la confiance « low », pas « medium » ; attendu : confidence: low',
    ]);
  });

  it('rejects a distinction that is not in the edition scale, listing the expected ids', () => {
    const input = { ...valid, results: [{ ...valid.results![0]!, distinction: 5 }] };
    expect(messages(input)).toEqual([
      "results.0.distinction: distinction « 5 » absente de l'échelle de l'édition 2025 ; attendu : badge, bronze, argent, or, inconnue",
    ]);
  });

  it('rejects a mention the edition does not declare', () => {
    const input = { ...valid, results: [{ ...valid.results![0]!, mentions: ['open-data'] }] };
    expect(messages(input)[0]).toMatch(
      /^results\.0\.mentions\.0: mention « open-data » non déclarée par l'édition 2025 ; attendu : sobriete/,
    );
  });

  it('rejects the same territory twice in an edition', () => {
    const input = { ...valid, results: [valid.results![0]!, { ...valid.results![0]! }] };
    expect(messages(input)).toContain(
      'results.1.territory: le territoire « abbeville » apparaît deux fois (positions 1 et 2) ; gardez une seule entrée',
    );
  });

  it('rejects a date that is not a date', () => {
    expect(messages({ ...valid, announcedOn: '2025-02-30' })).toEqual(['announcedOn: date inexistante (vérifiez le jour et le mois)']);
    expect(messages({ ...valid, announcedOn: '4 décembre' })).toEqual(['announcedOn: attendu : une date AAAA-MM-JJ']);
  });

  it('accepts a date already parsed by YAML', () => {
    expect(editionSchema.parse({ ...valid, announcedOn: new Date('2025-12-04T00:00:00Z') }).announcedOn).toBe('2025-12-04');
  });

  it('rejects unknown fields, so typos do not pass silently', () => {
    expect(messages({ ...valid, anounced: '2025-12-04' })[0]).toMatch(/anounced/);
  });

  it('rejects a missing required field and a wrong type', () => {
    const { event: _event, ...withoutEvent } = valid;
    expect(messages(withoutEvent)[0]).toMatch(/^event:/);
    expect(messages({ ...valid, year: '2025' })[0]).toMatch(/^year:/);
  });

  it('is not a draft unless it says draft: true', () => {
    expect(editionSchema.parse(valid).draft).toBe(false);
    expect(editionSchema.parse({ ...valid, draft: true }).draft).toBe(true);
    expect(messages({ ...valid, draft: 'oui' })).toEqual(['draft: Entrée invalide : booléen attendu, chaîne de caractères reçu']);
  });

  it('reserves "inconnue" for unknown results', () => {
    expect(messages({ ...valid, scale: [{ id: 'inconnue', label: 'Inconnue' }], results: [] })[0]).toMatch(
      /^scale\.0\.id: « inconnue » est réservé/,
    );
  });

  it('rejects official counts for distinctions outside the scale', () => {
    expect(messages({ ...valid, countsByDistinction: { platine: 2 } })).toEqual([
      "countsByDistinction.platine: distinction « platine » absente de l'échelle ; attendu : badge, bronze, argent, or",
    ]);
  });
});
