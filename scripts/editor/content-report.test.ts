import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/lib/content/validate';
import { formatGithubAnnotations, formatMarkdown, formatText, locate, type CheckResult } from './content-report';

const problems: Problem[] = [
  {
    file: 'content/editions/2024.yaml',
    field: 'results[0].distinction (ligne 13)',
    message: "distinction « 7 » absente de l'échelle de l'édition 2024 ; attendu : 1, inconnue",
  },
  { file: 'content/editions/2024.yaml', field: 'ligne 4', message: 'YAML invalide : x', suggestion: 'vérifiez l’indentation' },
  {
    file: 'content/testimonials/boe-2023.mdx',
    field: 'edition',
    message: '« boe » n’a aucun résultat',
    suggestion: 'éditions : 2019, 2023',
  },
];
const unused: Problem = { file: 'content/territories/nevers.yaml', message: 'aucune édition ne cite le territoire « nevers »' };
const result = (list: Problem[], warnings: Problem[] = []): CheckResult => ({
  problems: list,
  warnings,
  counts: { editions: 8, territories: 39, testimonials: 1 },
  durationMs: 1234,
});

describe('locate', () => {
  it('separates the line from the field, whichever form the loader used', () => {
    expect(locate(problems[0]!)).toEqual({ field: 'results[0].distinction', line: 13 });
    expect(locate(problems[1]!)).toEqual({ line: 4 });
    expect(locate(problems[2]!)).toEqual({ field: 'edition' });
    expect(locate({ file: 'f', message: 'm' })).toEqual({});
  });
});

describe('formatText', () => {
  it('says the content is valid, with what was checked and how long it took', () => {
    expect(formatText(result([]))).toBe('✓ Contenu valide : 8 éditions, 39 territoires, 1 témoignage vérifiés en 1,2 s.');
  });

  it('prints every problem at once as file:line › field, message and suggestion', () => {
    const text = formatText(result(problems));
    expect(text).toMatch(/^✗ 3 problèmes dans 2 fichiers :/);
    expect(text).toContain(
      "content/editions/2024.yaml:13 › results[0].distinction\n  distinction « 7 » absente de l'échelle de l'édition 2024 ; attendu : 1, inconnue\n\n",
    );
    expect(text).toContain('content/editions/2024.yaml:4\n  YAML invalide : x\n  → vérifiez l’indentation');
    expect(text).toContain('content/testimonials/boe-2023.mdx › edition\n  « boe » n’a aucun résultat\n  → éditions : 2019, 2023');
    expect(text).not.toContain('ignorés');
  });

  it('lists warnings after the problems', () => {
    const text = formatText(result(problems, [unused]));
    expect(text.indexOf('⚠ 1 avertissement (il n’empêche pas la publication) :\n\n')).toBeGreaterThan(text.indexOf('boe-2023.mdx'));
    expect(text).toContain(
      '⚠ 1 avertissement (il n’empêche pas la publication) :\n\ncontent/territories/nevers.yaml\n  aucune édition ne cite le territoire « nevers »\n\n',
    );
  });

  it('says the content is valid when there are only warnings, and lists them', () => {
    expect(formatText(result([], [unused, unused]))).toBe(
      '✓ Contenu valide : 8 éditions, 39 territoires, 1 témoignage vérifiés en 1,2 s.\n\n' +
        '⚠ 2 avertissements (ils n’empêchent pas la publication) :\n\n' +
        'content/territories/nevers.yaml\n  aucune édition ne cite le territoire « nevers »\n\n' +
        'content/territories/nevers.yaml\n  aucune édition ne cite le territoire « nevers »',
    );
  });

  it('cuts a long list after 50 problems and says how many it left out', () => {
    const many = Array.from({ length: 53 }, (_, i) => ({ file: `content/territories/t${i}.yaml`, message: `problème ${i}` }));
    const text = formatText(result(many));
    expect(text).toContain(
      'content/territories/t49.yaml\n  problème 49\n\n… et 3 autres non affichés (seuls les 50 premiers le sont) : corrigez ceux-ci, puis relancez.',
    );
    expect(text).not.toContain('t50.yaml');
    expect(text).toMatch(/^✗ 53 problèmes dans 53 fichiers :/);
  });
});

describe('formatMarkdown', () => {
  it('lists problems in a table, escaping pipes', () => {
    const md = formatMarkdown(result([{ file: 'content/x.yaml', field: 'a', message: 'un | deux' }]));
    expect(md).toContain('### ❌ Contenu à corriger : 1 problème dans 1 fichier');
    expect(md).toContain('| `content/x.yaml` |  | `a` | un \\| deux |  |');
  });

  it('says when everything is valid', () => {
    expect(formatMarkdown(result([]))).toMatch(/^### ✅ Contenu valide/);
  });
});

describe('formatMarkdown warnings', () => {
  it('adds the warnings after the problems, and alone when the content is valid', () => {
    expect(formatMarkdown(result([], [unused]))).toContain(
      '#### ⚠️ 1 avertissement (il n’empêche pas la publication)\n\n| Fichier | Ligne | Champ | Problème | Que faire |\n| --- | --- | --- | --- | --- |\n| `content/territories/nevers.yaml` |  |  | aucune édition ne cite le territoire « nevers » |  |',
    );
    expect(formatMarkdown(result([], [unused]))).toMatch(/^### ✅ Contenu valide/);
  });
});

describe('formatGithubAnnotations', () => {
  it('annotates warnings as warnings', () => {
    expect(formatGithubAnnotations(result([], [unused]))).toBe(
      '::warning file=content/territories/nevers.yaml,title=contenu::aucune édition ne cite le territoire « nevers »',
    );
  });

  it('annotates each problem on its file and line, escaping newlines and separators', () => {
    expect(formatGithubAnnotations(result(problems)).split('\n')).toEqual([
      "::error file=content/editions/2024.yaml,line=13,title=results[0].distinction::distinction « 7 » absente de l'échelle de l'édition 2024 ; attendu : 1, inconnue",
      '::error file=content/editions/2024.yaml,line=4,title=contenu::YAML invalide : x%0A→ vérifiez l’indentation',
      '::error file=content/testimonials/boe-2023.mdx,title=edition::« boe » n’a aucun résultat%0A→ éditions : 2019, 2023',
    ]);
  });
});
