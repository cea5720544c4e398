// What changed in the published record since a reference state of the content (the content as
// last committed, or as on main): a result of a published edition changed or removed without a
// correction saying when, from what to what, why and on which source, a correction erased, an
// edition withdrawn. Pure: the reference state is read from git by scripts/editor/committed-content-fs.ts.
import { sameResult, UNKNOWN_DISTINCTION, type Edition } from '../../schemas/edition';
import type { Entry, Problem } from './validate';

/** The content of the editions as they stood in the reference state. */
export interface Baseline {
  /** The reference state as git names it (a commit). */
  ref: string;
  /** How messages name the reference state: « origin/main (3f2a1c9) ». */
  label: string;
  /** Editions by year, as they were (files that failed their schema then are left out). */
  editions: Map<number, { file: string; data: Edition }>;
  /** Territory files renamed since (old slug → new slug, same official code): not a change of result. */
  renamed?: ReadonlyMap<string, string>;
}

type Result = { distinction: string | null; mentions: string[] };
type Correction = Edition['corrections'][number];

/** Every change of the published record since the baseline that the content does not account for. */
export function unrecordedChanges(baseline: Baseline, current: readonly Entry<Edition>[], today: string): Problem[] {
  const problems: Problem[] = [];
  const byYear = new Map(current.map((entry) => [entry.data.year, entry]));
  for (const [year, before] of baseline.editions) {
    if (before.data.draft) continue;
    const after = byYear.get(year);
    if (!after) {
      problems.push({
        file: before.file,
        message: `l’édition ${year}, publiée dans ${baseline.label}, a disparu : ses résultats sont cités, une édition publiée ne se supprime pas`,
        suggestion: `rétablissez le fichier (git restore --source ${baseline.ref} ${before.file}) ; pour retirer un résultat, gardez l’édition et ajoutez une correction`,
      });
      continue;
    }
    if (after.data.draft) {
      problems.push({
        file: after.file,
        field: 'draft',
        message: `l’édition ${year}, publiée dans ${baseline.label}, redeviendrait un brouillon : ses pages disparaîtraient`,
        suggestion: 'retirez « draft: true » ; pour corriger un résultat, ajoutez une correction',
      });
      continue;
    }
    problems.push(...changedResults(baseline, before.data, after, today), ...erasedCorrections(baseline, before.data, after));
  }
  return problems;
}

/** Results of the baseline that changed or disappeared, without a new correction starting from them. */
function changedResults(baseline: Baseline, before: Edition, after: Entry<Edition>, today: string): Problem[] {
  const known = new Set(before.corrections.map(correctionKey));
  const added = after.data.corrections.filter((c) => !known.has(correctionKey(c)));
  return before.results.flatMap((published): Problem[] => {
    const territory = baseline.renamed?.get(published.territory) ?? published.territory;
    const index = after.data.results.findIndex((r) => r.territory === territory);
    const now = after.data.results[index];
    if (now && sameResult(published, now)) return [];
    if (added.some((c) => c.territory === territory && sameResult(c.from, published))) return [];
    const was = `« ${territory} » avait ${describe(published)} dans ${baseline.label}`;
    return [
      {
        file: after.file,
        field: now ? `results[${index}]` : 'results',
        message: now
          ? `résultat publié modifié sans correction : ${was}, il a maintenant ${describe(now)}`
          : `résultat publié retiré sans correction : ${was}, il n’est plus dans « results »`,
        suggestion: [
          'si c’est une correction, ajoutez ces lignes à la fin du fichier (sans la ligne « corrections: » si elle y est déjà), remplacez les textes entre chevrons, puis relancez :',
          ...correctionLines(territory, today, published, now),
          'sinon, rétablissez le résultat publié. Voir CONTRIBUTING.md, « Corriger un résultat passé »',
        ].join('\n'),
      },
    ];
  });
}

/** Corrections of the baseline that are gone or were rewritten: the record keeps every one. */
function erasedCorrections(baseline: Baseline, before: Edition, after: Entry<Edition>): Problem[] {
  const now = new Set(after.data.corrections.map(correctionKey));
  return before.corrections
    .filter((c) => !now.has(correctionKey(c)))
    .map((c) => ({
      file: after.file,
      field: 'corrections',
      message: `la correction de « ${c.territory} » du ${c.correctedOn}, publiée dans ${baseline.label}, a été supprimée ou modifiée : une correction publiée reste dans le relevé`,
      suggestion:
        'rétablissez-la telle qu’elle était ; si elle était fausse, ajoutez une nouvelle correction qui part de son résultat (« from ») et donne le bon (« to »)',
    }));
}

/** What identifies a correction: its territory, date, and the two results (not its wording). */
function correctionKey(c: Correction): string {
  const side = (r: Result | undefined) => (r ? `${r.distinction}:${[...r.mentions].sort().join(',')}` : '-');
  return `${c.territory}|${c.correctedOn}|${side(c.from)}|${side(c.to)}`;
}

/** « la distinction 5 et la mention coup-de-coeur »: ids, as the editor reads them in the file. */
function describe(result: Result): string {
  const distinction = result.distinction === null ? 'une distinction inconnue' : `la distinction ${result.distinction}`;
  if (result.mentions.length === 0) return `${distinction} sans mention`;
  return `${distinction} et ${result.mentions.length > 1 ? 'les mentions' : 'la mention'} ${result.mentions.join(', ')}`;
}

/** The YAML of the correction to add, as it goes at the end of the edition file. */
export function correctionLines(territory: string, today: string, from: Result | undefined, to: Result | undefined): string[] {
  const result = (key: 'from' | 'to', r: Result) => [
    `    ${key}:`,
    `      distinction: ${r.distinction ?? UNKNOWN_DISTINCTION}`,
    ...(r.mentions.length ? [`      mentions: [${r.mentions.join(', ')}]`] : []),
  ];
  return [
    'corrections:',
    `  - territory: ${territory}`,
    `    correctedOn: ${today}`,
    ...(from ? result('from', from) : []),
    ...(to ? result('to', to) : []),
    '    reason: <pourquoi le résultat change>',
    '    source: <adresse de la page qui justifie la correction>',
  ];
}
