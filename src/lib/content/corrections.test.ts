import { describe, expect, it } from 'vitest';
import { editionSchema, type EditionInput } from '../../schemas/edition';
import { unrecordedChanges, type Baseline } from './corrections';

const FILE = 'content/editions/2023.yaml';
const TODAY = '2026-12-10';

const base: EditionInput = {
  year: 2023,
  announcedOn: '2023-12-06',
  event: 'Open Source Experience',
  place: 'Paris',
  scheme: 'niveaux-1-5',
  scale: [4, 5].map((id) => ({ id, label: `Niveau ${id}` })),
  mentions: [{ id: 'coup-de-coeur', label: 'Candidature coup de cœur' }],
  sources: [{ url: 'https://territoire-numerique-libre.org/edition-2023/' }],
  results: [
    { territory: 'boe', distinction: 5, mentions: ['coup-de-coeur'], source: 'https://example.org/boe', confidence: 'medium' },
    { territory: 'nevers', distinction: 4, source: 'https://example.org/nevers', confidence: 'medium' },
  ],
};

const correction = {
  territory: 'boe',
  correctedOn: TODAY,
  from: { distinction: 5, mentions: ['coup-de-coeur'] },
  to: { distinction: 4, mentions: ['coup-de-coeur'] },
  reason: 'La ville indique le niveau 4.',
  source: 'https://example.org/correction',
};

const edition = (changes: Partial<EditionInput> = {}) => editionSchema.parse({ ...base, ...changes });
const baseline = (changes: Partial<EditionInput> = {}, renamed?: Map<string, string>): Baseline => ({
  ref: '3f2a1c9',
  label: 'origin/main (3f2a1c9)',
  editions: new Map([[2023, { file: FILE, data: edition(changes) }]]),
  renamed,
});
const now = (changes: Partial<EditionInput> = {}) => [{ id: '2023', file: FILE, data: edition(changes) }];
const boeAt4 = base.results!.map((r) => (r.territory === 'boe' ? { ...r, distinction: 4 } : r));

describe('unrecordedChanges', () => {
  it('refuses a published result changed without a correction, giving the lines to add', () => {
    expect(unrecordedChanges(baseline(), now({ results: boeAt4 }), TODAY)).toEqual([
      {
        file: FILE,
        field: 'results[0]',
        message:
          'résultat publié modifié sans correction : « boe » avait la distinction 5 et la mention coup-de-coeur dans origin/main (3f2a1c9), il a maintenant la distinction 4 et la mention coup-de-coeur',
        suggestion: [
          'si c’est une correction, ajoutez ces lignes à la fin du fichier (sans la ligne « corrections: » si elle y est déjà), remplacez les textes entre chevrons, puis relancez :',
          'corrections:',
          '  - territory: boe',
          '    correctedOn: 2026-12-10',
          '    from:',
          '      distinction: 5',
          '      mentions: [coup-de-coeur]',
          '    to:',
          '      distinction: 4',
          '      mentions: [coup-de-coeur]',
          '    reason: <pourquoi le résultat change>',
          '    source: <adresse de la page qui justifie la correction>',
          'sinon, rétablissez le résultat publié. Voir CONTRIBUTING.md, « Corriger un résultat passé »',
        ].join('\n'),
      },
    ]);
  });

  it('accepts the change once a correction starts from the published result', () => {
    expect(unrecordedChanges(baseline(), now({ results: boeAt4, corrections: [correction] }), TODAY)).toEqual([]);
  });

  it('refuses a published result removed without a correction, and accepts it with a withdrawal', () => {
    const withoutBoe = base.results!.filter((r) => r.territory !== 'boe');
    const [problem] = unrecordedChanges(baseline(), now({ results: withoutBoe }), TODAY);
    expect(problem?.field).toBe('results');
    expect(problem?.message).toBe(
      'résultat publié retiré sans correction : « boe » avait la distinction 5 et la mention coup-de-coeur dans origin/main (3f2a1c9), il n’est plus dans « results »',
    );
    expect(problem?.suggestion).not.toContain('    to:');
    const { to: _to, ...withdrawal } = correction;
    expect(unrecordedChanges(baseline(), now({ results: withoutBoe, corrections: [withdrawal] }), TODAY)).toEqual([]);
  });

  it('refuses a published correction that was erased or rewritten', () => {
    const published = baseline({ results: boeAt4, corrections: [correction] });
    expect(unrecordedChanges(published, now({ results: boeAt4 }), TODAY)).toEqual([
      {
        file: FILE,
        field: 'corrections',
        message:
          'la correction de « boe » du 2026-12-10, publiée dans origin/main (3f2a1c9), a été supprimée ou modifiée : une correction publiée reste dans le relevé',
        suggestion:
          'rétablissez-la telle qu’elle était ; si elle était fausse, ajoutez une nouvelle correction qui part de son résultat (« from ») et donne le bon (« to »)',
      },
    ]);
    // Its wording may be improved: only its territory, date and results identify it.
    const reworded = { ...correction, reason: 'La ville indique le niveau 4 sur sa page du label.' };
    expect(unrecordedChanges(published, now({ results: boeAt4, corrections: [reworded] }), TODAY)).toEqual([]);
  });

  it('accepts a result added to a published edition, and any change to a draft', () => {
    const added = [...base.results!, { territory: 'lyon', distinction: 4, source: 'https://example.org/lyon', confidence: 'medium' as const }];
    expect(unrecordedChanges(baseline(), now({ results: added }), TODAY)).toEqual([]);
    expect(unrecordedChanges(baseline({ draft: true }), now({ results: boeAt4 }), TODAY)).toEqual([]);
  });

  it('refuses a published edition deleted or made a draft again', () => {
    expect(unrecordedChanges(baseline(), [], TODAY)).toEqual([
      {
        file: FILE,
        message: 'l’édition 2023, publiée dans origin/main (3f2a1c9), a disparu : ses résultats sont cités, une édition publiée ne se supprime pas',
        suggestion:
          'rétablissez le fichier (git restore --source 3f2a1c9 content/editions/2023.yaml) ; pour retirer un résultat, gardez l’édition et ajoutez une correction',
      },
    ]);
    expect(unrecordedChanges(baseline(), now({ draft: true }), TODAY)[0]?.message).toBe(
      'l’édition 2023, publiée dans origin/main (3f2a1c9), redeviendrait un brouillon : ses pages disparaîtraient',
    );
  });

  it('follows a territory file renamed since (same official code): its results did not change', () => {
    const renamed = base.results!.map((r) => (r.territory === 'nevers' ? { ...r, territory: 'ville-de-nevers' } : r));
    expect(unrecordedChanges(baseline({}, new Map([['nevers', 'ville-de-nevers']])), now({ results: renamed }), TODAY)).toEqual([]);
    expect(unrecordedChanges(baseline(), now({ results: renamed }), TODAY)[0]?.message).toMatch(/^résultat publié retiré sans correction : « nevers »/);
  });
});
