// How import:results prints its problems and warnings: check:content's blocks, with the YAML
// snippets of a suggestion kept aligned, and a long list cut with a count of the rest.
import { plural, pluralForm } from '../../src/i18n/fr';
import type { Problem } from '../../src/lib/content/validate';
import { formatProblemBlocks } from './content-report';

/**
 * Problems shown at most. Twenty blocks fill about two screens: past that, the first ones are
 * usually the same mistake repeated (a column shifted, the wrong file), and fixing them changes the rest.
 */
export const MAX_PRINTED_PROBLEMS = 20;

/** The blocks of `problems`, at most `limit` of them, then one line counting those left out. */
export function formatImportProblems(problems: readonly Problem[], indent = '  ', limit = MAX_PRINTED_PROBLEMS): string {
  // A message or suggestion of several lines (a YAML snippet) keeps its lines under its first one.
  const aligned = problems.slice(0, limit).map((p) => ({
    ...p,
    message: p.message.replaceAll('\n', `\n${indent}  `),
    suggestion: p.suggestion?.replaceAll('\n', `\n${indent}    `),
  }));
  const rest = problems.length - aligned.length;
  const more =
    rest > 0
      ? `\n\n${indent}… et ${plural(rest, 'autre')}, ${pluralForm(rest, 'non affiché')} : corrigez d’abord ceux-ci, puis relancez la commande.`
      : '';
  return `${formatProblemBlocks(aligned, indent)}${more}`;
}
