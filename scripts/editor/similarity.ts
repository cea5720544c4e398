// When a spreadsheet cell is close enough to a known name to be offered as "vouliez-vous dire … ?"
// (and accepted by --accepter-suggestions): a typo, a name with an extra word ("Syndicat Morbihan
// Énergies" for "Morbihan Énergies"), a shortened mention. Never a 2-letter name that merely
// appears inside a longer one ("Ri" in "Parc national des Écrins"), nor a name that only shares
// a common word ("Le Mans Métropole" for "Clermont Métropole").
import { editDistance, foldText } from '../../src/lib/text';

/** Words that carry no meaning of their own in French names. */
const FUNCTION_WORDS = new Set(['a', 'au', 'aux', 'd', 'de', 'des', 'du', 'en', 'et', 'l', 'la', 'le', 'les', 'par', 'pour', 'sur']);

/** The words of a folded text that carry meaning ("parc national des ecrins" → parc, national, ecrins). */
export function significantWords(folded: string): string[] {
  const words = folded.split(' ').filter(Boolean);
  const meaningful = words.filter((word) => !FUNCTION_WORDS.has(word));
  return meaningful.length > 0 ? meaningful : words;
}

/** Typos allowed in a word: one per four letters of the shorter word; none under four letters. */
function wordDistance(a: string, b: string): number | undefined {
  if (a === b) return 0;
  const budget = Math.floor(Math.min(a.length, b.length) / 4);
  if (budget === 0 || Math.abs(a.length - b.length) > budget) return undefined;
  const distance = editDistance(a, b);
  return distance <= budget ? distance : undefined;
}

const letters = (words: readonly string[]) => words.reduce((sum, word) => sum + word.length, 0);

/**
 * How far a folded key is from a folded query (0: the same name), or undefined when it is too far
 * to be suggested. Every meaningful word of the shorter name must match a word of the longer one,
 * allowing a typo per four letters ("grenobel", "grenoble"); the shorter must hold at least four
 * letters and half of the longer’s ("morbihan energies" in "syndicat morbihan energies", not
 * "morbihan"). Each typo counts 1 and each word of the longer name left over counts 2.
 */
export function nameDistance(query: string, key: string): number | undefined {
  if (query === key) return 0;
  const a = significantWords(query);
  const b = significantWords(key);
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  const short = letters(shorter);
  if (short < 4 || short * 2 < letters(longer)) return undefined;
  const free = [...longer];
  let distance = 0;
  for (const word of shorter) {
    let best: { index: number; distance: number } | undefined;
    free.forEach((other, index) => {
      const d = wordDistance(word, other);
      if (d !== undefined && (!best || d < best.distance)) best = { index, distance: d };
    });
    if (!best) return undefined;
    distance += best.distance;
    free.splice(best.index, 1);
  }
  return Math.max(1, distance + 2 * free.length);
}

/**
 * Two words of a mention agree when equal, nearly (a typo per four letters), or when they share a
 * beginning of 4 letters or more that misses at most one letter of the shorter ("libre" and
 * "libres", "numerik" and "numerique").
 */
function wordsAgree(a: string, b: string): boolean {
  if (wordDistance(a, b) !== undefined) return true;
  let common = 0;
  while (common < a.length && a[common] === b[common]) common++;
  return common >= 4 && common >= Math.min(a.length, b.length) - 1;
}

/**
 * True when a cell plausibly names a mention’s label: every meaningful word of the cell found in
 * the label, at least two of them or all the label’s words — « promotion et sensibilisation au
 * libre » names « Promotion, communication et sensibilisation aux logiciels libres ».
 */
export function textsSimilar(cell: string, label: string): boolean {
  const a = significantWords(foldText(cell));
  const b = significantWords(foldText(label));
  if (a.length === 0 || b.length === 0) return false;
  if (!a.every((word) => b.some((other) => wordsAgree(word, other)))) return false;
  return a.length >= 2 || b.length === 1;
}
