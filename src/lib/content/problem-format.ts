// How problems read in a terminal, the same in `check:content` and in the build's error:
// `fichier:ligne › champ`, the message, then `→` what to do.
import { plural } from '../../i18n/fr';
import type { Problem } from './validate';

/** Beyond this many problems, a terminal report stops and says how many it left out. */
export const SHOWN_PROBLEMS = 50;

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

/** Problems as blocks separated by a blank line: `fichier:ligne › champ`, the message, the suggestion. */
export function formatProblemBlocks(problems: readonly Problem[], indent = ''): string {
  return problems
    .map((problem) => {
      const { line, field } = locate(problem);
      const place = `${problem.file}${line ? `:${line}` : ''}${field ? ` › ${field}` : ''}`;
      // A message or suggestion of several lines (a YAML snippet) keeps its lines under its first one.
      const message = problem.message.replaceAll('\n', `\n${indent}  `);
      const suggestion = problem.suggestion?.replaceAll('\n', `\n${indent}    `);
      return `${indent}${place}\n${indent}  ${message}${suggestion ? `\n${indent}  → ${suggestion}` : ''}`;
    })
    .join('\n\n');
}

/** The first `limit` problems as blocks, then a line saying how many were left out. */
export function formatProblemList(problems: readonly Problem[], limit = SHOWN_PROBLEMS): string {
  const blocks = formatProblemBlocks(problems.slice(0, limit));
  const rest = problems.length - limit;
  if (rest <= 0) return blocks;
  return `${blocks}\n\n… et ${plural(rest, 'autre non affiché', 'autres non affichés')} (seuls les ${limit} premiers le sont) : corrigez ceux-ci, puis relancez.`;
}

/** The error a build stops with when content files do not pass: every problem, as `check:content` prints it. */
export function formatContentError(problems: readonly Problem[]): string {
  const files = new Set(problems.map((p) => p.file)).size;
  return (
    `Contenu invalide : ${plural(problems.length, 'problème')} dans ${plural(files, 'fichier')}.\n\n` +
    `${formatProblemList(problems)}\n\n` +
    'Corrigez puis relancez la construction ; « npm run check:content » vérifie le contenu sans construire le site.'
  );
}
