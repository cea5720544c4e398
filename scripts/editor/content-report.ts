// `check:content` without the command line: loads a content folder with the build's schemas,
// runs the cross-file rules, and formats every problem for a terminal, a Markdown summary or
// GitHub annotations.
import { loadContentFromDisk } from '../../src/lib/content/content-fs';
import { formatProblemBlocks, formatProblemList, locate, SHOWN_PROBLEMS } from '../../src/lib/content/problem-format';
import type { Reference } from '../../src/lib/reference/reference';
import { contentWarnings, validateContent, type Problem, type ValidateOptions } from '../../src/lib/content/validate';
import { plural, pluralForm } from '../../src/i18n/fr';
import { formatDuration } from '../lib/cli';

// The terminal format is shared with the build's error (src/lib/content/problem-format.ts).
export { formatProblemBlocks, locate };

export interface CheckResult {
  problems: Problem[];
  /** What does not stop publication (an unused territory): listed after the problems, exit code unchanged. */
  warnings: Problem[];
  counts: { editions: number; territories: number; testimonials: number };
  durationMs: number;
}

/**
 * Checks every file of `contentDir` (relative to `root`) against the schemas and the cross-file rules.
 * `options.today` (AAAA-MM-JJ) is the date editions are compared with; default: SOURCE_DATE_EPOCH or the clock.
 */
export function checkContent(root: string, contentDir: string, loadReference: () => Reference, options: ValidateOptions = {}): CheckResult {
  const start = performance.now();
  const { content, problems } = loadContentFromDisk(root, contentDir);
  const all = [...problems, ...validateContent(content, loadReference(), options)];
  return {
    problems: all,
    warnings: contentWarnings(content),
    counts: { editions: content.editions.length, territories: content.territories.length, testimonials: content.testimonials.length },
    durationMs: performance.now() - start,
  };
}

function summary({ counts, durationMs }: CheckResult): string {
  return `${plural(counts.editions, 'édition')}, ${plural(counts.territories, 'territoire')}, ${plural(counts.testimonials, 'témoignage')} vérifiés en ${formatDuration(durationMs)}`;
}

function headline(result: CheckResult): string {
  const files = new Set(result.problems.map((p) => p.file)).size;
  return `${plural(result.problems.length, 'problème')} dans ${plural(files, 'fichier')}`;
}

function warningsHeadline(count: number): string {
  return `${plural(count, 'avertissement')} (${pluralForm(count, 'il n’empêche', 'ils n’empêchent')} pas la publication)`;
}

/** The report for a terminal: one block per problem, `fichier:ligne › champ`, message, suggestion; then the warnings. */
export function formatText(result: CheckResult): string {
  const warnings = result.warnings.length
    ? `\n\n⚠ ${warningsHeadline(result.warnings.length)} :\n\n${formatProblemList(result.warnings)}`
    : '';
  if (result.problems.length === 0) return `✓ Contenu valide : ${summary(result)}.${warnings}`;
  return `✗ ${headline(result)} :\n\n${formatProblemList(result.problems)}${warnings}\n\n${summary(result)}. Corrigez puis relancez « npm run check:content ».`;
}

/** The report as Markdown, for the job summary and the pull request comment. */
export function formatMarkdown(result: CheckResult): string {
  const warnings = result.warnings.length
    ? ['', `#### ⚠️ ${warningsHeadline(result.warnings.length)}`, '', ...markdownTable(result.warnings)]
    : [];
  if (result.problems.length === 0) return [`### ✅ Contenu valide`, '', `${summary(result)}.`, ...warnings, ''].join('\n');
  return [
    `### ❌ Contenu à corriger : ${headline(result)}`,
    '',
    ...markdownTable(result.problems),
    ...warnings,
    '',
    `${summary(result)}. Chaque message est expliqué dans CONTRIBUTING.md (« Comprendre les messages d’erreur »).`,
    '',
  ].join('\n');
}

/** A table of problems, cut after SHOWN_PROBLEMS rows (a pull request comment has a size limit). */
function markdownTable(problems: readonly Problem[]): string[] {
  const cell = (text = '') => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  const rows = problems.slice(0, SHOWN_PROBLEMS).map((problem) => {
    const { line, field } = locate(problem);
    return `| \`${cell(problem.file)}\` | ${line ?? ''} | ${field ? `\`${cell(field)}\`` : ''} | ${cell(problem.message)} | ${cell(problem.suggestion)} |`;
  });
  const rest = problems.length - SHOWN_PROBLEMS;
  return [
    '| Fichier | Ligne | Champ | Problème | Que faire |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    ...(rest > 0
      ? [
          '',
          `… et ${plural(rest, 'autre non affiché', 'autres non affichés')} (seuls les ${SHOWN_PROBLEMS} premiers le sont) : lancez « npm run check:content » pour la liste complète.`,
        ]
      : []),
  ];
}

/** GitHub Actions workflow commands: each problem becomes an error annotation on its file and line, each warning a warning. */
export function formatGithubAnnotations(result: CheckResult): string {
  const data = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (text: string) => data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const annotate = (level: 'error' | 'warning') => (problem: Problem) => {
    const { line, field } = locate(problem);
    const props = [`file=${property(problem.file)}`, ...(line ? [`line=${line}`] : []), `title=${property(field ?? 'contenu')}`];
    return `::${level} ${props.join(',')}::${data(`${problem.message}${problem.suggestion ? `\n→ ${problem.suggestion}` : ''}`)}`;
  };
  return [...result.problems.map(annotate('error')), ...result.warnings.map(annotate('warning'))].join('\n');
}
