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

/** Each issue with what to do, as the editor reads it (`→ …`). */
function advice(input: unknown): string[] {
  const result = editionSchema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map(
        (i) => `${i.path.join('.')}: ${i.message} → ${(i as { params?: { suggestion?: string } }).params?.suggestion}`,
      );
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

  it('refuses an official count below the known results, saying which figure to write', () => {
    expect(advice({ ...valid, labelledCount: 1 })).toEqual([
      'labelledCount: labelledCount vaut 1, mais l’édition a 2 résultats connus : le nombre officiel de labellisés ne peut pas être plus petit → vérifiez le chiffre officiel et écrivez labelledCount: 2 ou plus ; si des résultats sont en trop (doublon, autre année), retirez-les de « results »',
    ]);
    expect(messages({ ...valid, labelledCount: 2 })).toEqual([]);
  });

  it('refuses a count per distinction below the known results of that distinction', () => {
    expect(advice({ ...valid, countsByDistinction: { or: 0 } })).toEqual([
      'countsByDistinction.or: countsByDistinction["or"] vaut 0, mais l’édition a 1 résultat connu avec la distinction « or » → vérifiez le chiffre officiel et écrivez "or": 1 ou plus ; sinon corrigez la distinction des résultats en trop',
    ]);
  });

  it('refuses counts per distinction that add up to more than the official total', () => {
    expect(advice({ ...valid, labelledCount: 5, countsByDistinction: { or: 3, argent: 3 } })).toEqual([
      'countsByDistinction: les nombres par distinction font 6 en tout, plus que les 5 labellisés (labelledCount) → vérifiez les chiffres officiels : la somme de countsByDistinction ne peut pas dépasser labelledCount (corrigez l’un ou l’autre)',
    ]);
  });

  it('refuses fewer candidates than labelled', () => {
    expect(messages({ ...valid, labelledCount: 5, candidatesCount: 4 })).toEqual([
      'candidatesCount: candidatesCount vaut 4, moins que les 5 labellisés (labelledCount) : chaque labellisé a été candidat',
    ]);
  });
});

describe('editionSchema: corrections', () => {
  const correction = {
    territory: 'abbeville',
    correctedOn: '2026-01-15',
    from: { distinction: 'argent', mentions: ['sobriete'] },
    to: { distinction: 'or', mentions: ['sobriete'] },
    reason: 'Le jury a rectifié son palmarès.',
    source: 'https://example.org/rectificatif',
  };

  it('accepts a correction whose « to » is the result as it now stands', () => {
    const edition = editionSchema.parse({ ...valid, corrections: [correction] });
    expect(edition.corrections[0]).toEqual({ ...correction });
  });

  it('refuses a correction whose « to » is not the current result, giving the result to copy', () => {
    const input = { ...valid, corrections: [{ ...correction, to: { distinction: 'bronze', mentions: ['sobriete'] } }] };
    expect(advice(input)).toEqual([
      'corrections.0.to: « to » ne donne pas le résultat de « abbeville » tel qu’il est dans « results » (results[0]) → la dernière correction d’un résultat donne ce résultat : distinction or, mentions sobriete',
    ]);
  });

  it('refuses a withdrawal while the result is still there, and a correction that changes nothing', () => {
    const { to: _to, ...withdrawal } = correction;
    expect(messages({ ...valid, corrections: [withdrawal] })).toEqual([
      'corrections.0.to: la correction retire le résultat de « abbeville », mais il est toujours dans « results » (results[0])',
    ]);
    expect(messages({ ...valid, corrections: [{ ...correction, from: correction.to }] })).toEqual([
      'corrections.0.to: correction sans changement : « from » et « to » donnent le même résultat',
    ]);
  });

  it('accepts a withdrawal once the result is gone', () => {
    const { to: _to, ...withdrawal } = correction;
    expect(messages({ ...valid, results: valid.results!.slice(1), corrections: [withdrawal] })).toEqual([]);
  });

  it('chains successive corrections of a result: each starts from the previous « to »', () => {
    const first = { ...correction, to: { distinction: 'bronze', mentions: ['sobriete'] } };
    const second = { ...correction, correctedOn: '2026-02-01', from: { distinction: 'argent' } };
    expect(messages({ ...valid, corrections: [first, second] })).toEqual([
      'corrections.1.from: « from » ne reprend pas le résultat que donnait la correction précédente de « abbeville » (corrections[0].to)',
    ]);
    const chained = { ...second, from: first.to };
    expect(messages({ ...valid, corrections: [first, chained] })).toEqual([]);
  });

  it('refuses a correction dated before the announcement, a reason left as a placeholder, a distinction outside the scale', () => {
    expect(
      messages({
        ...valid,
        corrections: [{ ...correction, correctedOn: '2025-01-01', reason: '<pourquoi le résultat change>', from: { distinction: 7 } }],
      }),
    ).toEqual([
      'corrections.0.reason: raison à écrire : remplacez le texte entre chevrons par la raison de la correction',
      "corrections.0.from.distinction: distinction « 7 » absente de l'échelle de l'édition 2025",
      'corrections.0.correctedOn: correction datée du 2025-01-01, avant l’annonce des résultats (2025-12-04)',
    ]);
  });

  it('refuses corrections in a draft: nothing was published yet', () => {
    expect(messages({ ...valid, draft: true, corrections: [correction] })).toEqual([
      'corrections.0: correction dans un brouillon : l’édition 2025 n’est pas encore publiée, il n’y a rien à corriger',
    ]);
  });
});
