import { describe, expect, it } from 'vitest';
import { formatImportProblems } from './import-report';

const problem = (line: number) => ({
  file: 'resultats.csv',
  field: `collectivité (ligne ${line})`,
  message: `« Nom ${line} » introuvable`,
});

describe('formatImportProblems', () => {
  it('keeps the lines of a YAML snippet under the suggestion', () => {
    expect(
      formatImportProblems([
        { file: 'resultats.csv', field: 'mentions (ligne 3)', message: 'mention « x »', suggestion: 'collez :\n  - id: x\nou relancez' },
      ]),
    ).toBe('  resultats.csv:3 › mentions\n    mention « x »\n    → collez :\n        - id: x\n      ou relancez');
  });

  it('cuts a long list after the limit, counting the rest', () => {
    const problems = Array.from({ length: 23 }, (_, i) => problem(i + 2));
    const text = formatImportProblems(problems, '', 20);
    expect(text.split('\n\n')).toHaveLength(21);
    expect(text).toContain(
      'resultats.csv:21 › collectivité\n  « Nom 21 » introuvable\n\n… et 3 autres, non affichés : corrigez d’abord ceux-ci, puis relancez la commande.',
    );
    expect(text).not.toContain('Nom 22');
    expect(formatImportProblems(problems.slice(0, 21), '', 20)).toMatch(
      /\n\n… et 1 autre, non affiché : corrigez d’abord ceux-ci, puis relancez la commande\.$/,
    );
    expect(formatImportProblems(problems.slice(0, 20), '', 20)).not.toContain('…');
  });
});
