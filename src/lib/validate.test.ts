import { describe, expect, it } from 'vitest';
import { editionSchema } from '../schemas/edition';
import { territorySchema } from '../schemas/territory';
import { testimonialSchema } from '../schemas/testimonial';
import { loadReference } from './reference-data';
import { validateContent, type ContentSet } from './validate';

const reference = loadReference();

function contentSet(overrides: { edition?: object; territory?: object; testimonial?: object; editionId?: string } = {}): ContentSet {
  const edition = editionSchema.parse({
    year: 2022,
    announcedOn: '2022-11-09',
    event: 'Open Source Experience',
    place: 'Paris',
    scheme: 'niveaux-1-5',
    scale: [{ id: 5, label: 'Niveau 5' }],
    sources: [{ url: 'https://example.org/' }],
    results: [{ territory: 'echirolles', distinction: 5, source: 'https://example.org/', confidence: 'high' }],
    ...overrides.edition,
  });
  return {
    editions: [{ id: overrides.editionId ?? '2022', file: 'content/editions/2022.yaml', data: edition }],
    territories: [
      {
        id: 'echirolles',
        file: 'content/territories/echirolles.yaml',
        data: territorySchema.parse({ kind: 'commune', code: '38151', ...overrides.territory }),
      },
    ],
    testimonials: [
      {
        id: 'echirolles-2022',
        file: 'content/testimonials/echirolles-2022.mdx',
        data: testimonialSchema.parse({
          territory: 'echirolles',
          edition: 2022,
          title: 'T',
          summary: 'S',
          author: 'Ville',
          source: { url: 'https://example.org/' },
          ...overrides.testimonial,
        }),
      },
    ],
  };
}

describe('validateContent', () => {
  it('accepts consistent content', () => {
    expect(validateContent(contentSet(), reference)).toEqual([]);
  });

  it('reports a result for an unknown territory, with "did you mean"', () => {
    const problems = validateContent(
      contentSet({ edition: { results: [{ territory: 'echirole', distinction: 5, source: 'https://example.org/', confidence: 'high' }] } }),
      reference,
    );
    expect(problems).toContainEqual({
      file: 'content/editions/2022.yaml',
      field: 'results[0].territory',
      message: 'territoire « echirole » inconnu : aucun fichier content/territories/echirole.yaml',
      suggestion: 'vouliez-vous dire « echirolles » ?',
    });
  });

  it('reports a commune code that does not exist, suggesting codes of communes with that name', () => {
    const [problem] = validateContent(contentSet({ territory: { code: '38999', name: 'Échirolles' } }), reference);
    expect(problem).toEqual({
      file: 'content/territories/echirolles.yaml',
      field: 'code',
      message: "aucune commune actuelle n'a le code INSEE « 38999 »",
      suggestion: 'communes nommées « Échirolles » : 38151 (38)',
    });
  });

  it('reports a département that contradicts the official code', () => {
    const [problem] = validateContent(contentSet({ territory: { departement: '69' } }), reference);
    expect(problem?.field).toBe('departement');
    expect(problem?.message).toBe('le département « 69 » contredit le code 38151 (Échirolles, département 38)');
  });

  it('reports a testimonial about an edition in which the territory has no result', () => {
    const content = contentSet();
    content.editions[0]!.data.results = [];
    content.territories.push({
      id: 'abbeville',
      file: 'content/territories/abbeville.yaml',
      data: territorySchema.parse({ kind: 'commune', code: '80001' }),
    });
    const problems = validateContent(content, reference);
    expect(problems).toEqual([
      {
        file: 'content/testimonials/echirolles-2022.mdx',
        field: 'edition',
        message: "« echirolles » n'a aucun résultat dans l'édition 2022",
        suggestion: undefined,
      },
    ]);
  });

  it('reports a file name that disagrees with the year inside', () => {
    const [problem] = validateContent(contentSet({ editionId: '2021' }), reference);
    expect(problem).toMatchObject({ field: 'year', message: "le fichier s'appelle « 2021 » mais l'année indiquée est 2022" });
  });

  it('reports unknown EPCI SIREN, member communes and seats', () => {
    const content = contentSet();
    content.territories.push(
      {
        id: 'x',
        file: 'content/territories/x.yaml',
        data: territorySchema.parse({ kind: 'epci', code: '999999999', name: 'Rennes Metropole' }),
      },
      {
        id: 'y',
        file: 'content/territories/y.yaml',
        data: territorySchema.parse({ kind: 'syndicat', name: 'Y', members: ['69152'], seat: '00000' }),
      },
    );
    const problems = validateContent(content, reference).map(
      (p) => `${p.file} ${p.field}: ${p.message}${p.suggestion ? ` → ${p.suggestion}` : ''}`,
    );
    expect(problems).toEqual([
      "content/territories/x.yaml code: aucun EPCI n'a le SIREN « 999999999 » → EPCI proches : Rennes Métropole (243500139), Nantes Métropole (244400404), Orléans Métropole (244500468)",
      "content/territories/y.yaml seat: aucune commune actuelle n'a le code INSEE « 00000 »",
      "content/territories/y.yaml members[0]: aucune commune actuelle n'a le code INSEE « 69152 » → Pierre-Bénite fait désormais partie de Oullins-Pierre-Bénite : utilisez le code 69149",
    ]);
  });
});
