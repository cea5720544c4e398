// `content:check` without the command line: loads a content folder with the build's schemas,
// runs the cross-file rules, and formats every problem for a terminal, a Markdown summary or
// GitHub annotations.
import { loadContentFromDisk } from '../../src/lib/content-files';
import type { Reference } from '../../src/lib/reference';
import { validateContent, type Problem } from '../../src/lib/validate';
import { formatDuration, plural } from './cli';

export interface CheckResult {
  problems: Problem[];
  /** Files left out of the cross-file rules because they do not pass their schema. */
  skippedFiles: number;
  counts: { editions: number; territories: number; testimonials: number };
  durationMs: number;
}

/** Checks every file of `contentDir` (relative to `root`) against the schemas and the cross-file rules. */
export function checkContent(root: string, contentDir: string, loadReference: () => Reference): CheckResult {
  const start = performance.now();
  const { content, problems } = loadContentFromDisk(root, contentDir);
  const all = [...problems, ...validateContent(content, loadReference())];
  return {
    problems: all,
    skippedFiles: new Set(problems.map((p) => p.file)).size,
    counts: { editions: content.editions.length, territories: content.territories.length, testimonials: content.testimonials.length },
    durationMs: performance.now() - start,
  };
}

const CASCADE_NOTE =
  'Les fichiers qui ne respectent pas leur schéma sont ignorés par les vérifications entre fichiers : ' +
  'des messages comme « aucune édition » ou « territoire inconnu » peuvent disparaître une fois ces fichiers corrigés.';

/** A problem split into its place: the line (when known) and the field without the line note. */
export function locate(problem: Problem): { line?: number; field?: string } {
  const field = problem.field;
  if (!field) return {};
  const bare = /^ligne (\d+)$/.exec(field);
  if (bare) return { line: Number(bare[1]) };
  const withLine = /^(.*) \(ligne (\d+)\)$/.exec(field);
  if (withLine) return { field: withLine[1], line: Number(withLine[2]) };
  return { field };
}

function summary({ counts, durationMs }: CheckResult): string {
  return `${plural(counts.editions, 'édition')}, ${plural(counts.territories, 'territoire')}, ${plural(counts.testimonials, 'témoignage')} vérifiés en ${formatDuration(durationMs)}`;
}

function headline(result: CheckResult): string {
  const files = new Set(result.problems.map((p) => p.file)).size;
  return `${plural(result.problems.length, 'problème')} dans ${plural(files, 'fichier')}`;
}

/** The report for a terminal: one block per problem, `fichier:ligne › champ`, message, suggestion. */
export function formatText(result: CheckResult): string {
  if (result.problems.length === 0) return `✓ Contenu valide : ${summary(result)}.`;
  const blocks = formatProblemBlocks(result.problems);
  const cascade = result.skippedFiles > 0 ? `\n${CASCADE_NOTE}` : '';
  return `✗ ${headline(result)} :\n\n${blocks}\n\n${summary(result)}. Corrigez puis relancez « npm run content:check ».${cascade}`;
}

/** Problems as blocks separated by a blank line: `fichier:ligne › champ`, the message, the suggestion. */
export function formatProblemBlocks(problems: readonly Problem[], indent = ''): string {
  return problems
    .map((problem) => {
      const { line, field } = locate(problem);
      const place = `${problem.file}${line ? `:${line}` : ''}${field ? ` › ${field}` : ''}`;
      return `${indent}${place}\n${indent}  ${problem.message}${problem.suggestion ? `\n${indent}  → ${problem.suggestion}` : ''}`;
    })
    .join('\n\n');
}

/** The report as Markdown, for the job summary and the pull request comment. */
export function formatMarkdown(result: CheckResult): string {
  if (result.problems.length === 0) return `### ✅ Contenu valide\n\n${summary(result)}.\n`;
  const cell = (text = '') => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  const rows = result.problems.map((problem) => {
    const { line, field } = locate(problem);
    return `| \`${cell(problem.file)}\` | ${line ?? ''} | ${field ? `\`${cell(field)}\`` : ''} | ${cell(problem.message)} | ${cell(problem.suggestion)} |`;
  });
  return [
    `### ❌ Contenu à corriger : ${headline(result)}`,
    '',
    '| Fichier | Ligne | Champ | Problème | Que faire |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `${summary(result)}. Chaque message est expliqué dans CONTRIBUTING.md (« Comprendre les messages d’erreur »).`,
    ...(result.skippedFiles > 0 ? ['', CASCADE_NOTE] : []),
    '',
  ].join('\n');
}

/** GitHub Actions workflow commands: each problem becomes an annotation on its file and line. */
export function formatGithubAnnotations(result: CheckResult): string {
  const data = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (text: string) => data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return result.problems
    .map((problem) => {
      const { line, field } = locate(problem);
      const props = [`file=${property(problem.file)}`, ...(line ? [`line=${line}`] : []), `title=${property(field ?? 'contenu')}`];
      return `::error ${props.join(',')}::${data(`${problem.message}${problem.suggestion ? `\n→ ${problem.suggestion}` : ''}`)}`;
    })
    .join('\n');
}
