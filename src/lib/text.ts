// Text helpers shared by the site, the browser, the search and the editor commands: the folding and
// name keys by which the commune search and the results import compare names, slugs, suggestions.

/** Lowercases, strips accents and ligatures, and turns any run of non-alphanumerics into one space. */
export function foldText(value: string): string {
  return (
    value
      // Characters that do not show (zero-width spaces and joiners, soft hyphens, BOM) join, never separate.
      .replace(/[\u00AD\u200B-\u200F\u2060-\u2064\uFEFF]/g, '')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/œ/gi, 'oe')
      .replace(/æ/gi, 'ae')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()
  );
}

const ABBREVIATIONS: Record<string, string> = { st: 'saint', ste: 'sainte', sts: 'saints', stes: 'saintes' };

/** Spells out the usual abbreviations in a folded text: `st martin` → `saint martin`, `stes maries` → `saintes maries`. */
export function expandAbbreviations(folded: string): string {
  return folded
    .split(' ')
    .map((word) => ABBREVIATIONS[word] ?? word)
    .join(' ');
}

/**
 * The key two spellings of a name share: folded, abbreviations spelled out, a trailing "(…)"
 * dropped (`St-Martin-d’Hères` and `SAINT MARTIN D'HERES`, `CA du Grand Avignon (COGA)`).
 */
export function nameKey(value: string): string {
  return expandAbbreviations(foldText(value.replace(/\s*\([^)]*\)\s*$/, '')));
}

/** A URL- and file-safe identifier: `Saint-Martin-d'Uriage` → `saint-martin-d-uriage`. */
export function slugify(value: string): string {
  return foldText(value).replace(/ /g, '-');
}

/** Levenshtein distance, bounded work for short strings such as names and slugs. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(current[j - 1]! + 1, previous[j]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidates closest to `value` (after folding), best first: used for "did you mean…?".
 * Only candidates within a distance proportional to the length are kept.
 */
export function closestMatches(value: string, candidates: Iterable<string>, limit = 3): string[] {
  const folded = foldText(value);
  const maxDistance = Math.max(2, Math.floor(folded.length / 3));
  return [...candidates]
    .map((candidate) => {
      const other = foldText(candidate);
      const distance = other.includes(folded) || folded.includes(other) ? 1 : editDistance(folded, other);
      return { candidate, distance };
    })
    .filter(({ distance }) => distance <= maxDistance)
    .sort((x, y) => x.distance - y.distance || x.candidate.localeCompare(y.candidate, 'fr'))
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}

/** French collation for sorting names (accents and case ignored, numbers in order). */
export const compareFrench = new Intl.Collator('fr', { sensitivity: 'base', numeric: true }).compare;
