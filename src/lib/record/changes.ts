// What changed in an edition compared with the previous one in the record, saying only what is
// known: « de retour », « nouveau » and « non renouvelé » need the lists in between to be complete
// (knowledge.ts); otherwise the change says what the record holds (« premier résultat connu »,
// « aucun résultat connu l’édition précédente », « résultat connu l’édition précédente »).
import type { AtlasEdition, AtlasResult } from './atlas';
import { absenceIsKnown } from './knowledge';
import { compareFrench } from '../text';

/**
 * `new`: no result in any earlier edition, every earlier list complete; `first-known`: no earlier
 * result known; `returning`: an earlier result, none in the previous edition, whose list is
 * complete; `unknown-previous`: an earlier result, none known in the previous edition; `up`, `down`,
 * `same`, `renewed` (distinctions not comparable): a result in both; `not-renewed`: a result in the
 * previous edition and none in this one, whose list is complete; `previous-only`: a result in the
 * previous edition, none known in this one.
 */
export type ChangeKind =
  'new' | 'first-known' | 'returning' | 'unknown-previous' | 'up' | 'down' | 'same' | 'renewed' | 'not-renewed' | 'previous-only';

export interface Change {
  kind: ChangeKind;
  slug: string;
  name: string;
  current?: AtlasResult;
  previous?: AtlasResult;
}

export interface EditionChanges {
  previous?: AtlasEdition;
  changes: Change[];
}

/** The order in which change groups are shown. */
export const CHANGE_KINDS: ChangeKind[] = [
  'new',
  'first-known',
  'returning',
  'unknown-previous',
  'up',
  'down',
  'same',
  'renewed',
  'not-renewed',
  'previous-only',
];

/**
 * Compares an edition with the one before it. Distinctions are compared only when both are known
 * and both editions use the same scheme; otherwise a repeated result is "renewed". A body without a
 * known result in an edition is known to have none only when that edition's list is complete.
 * The edition page, the statistics and the changelog all ask: every edition is compared once per
 * list of editions (see allEditionChanges), and the answer shared.
 */
export function editionChanges(editions: AtlasEdition[], year: number): EditionChanges {
  let all = computed.get(editions);
  if (!all) {
    all = allEditionChanges(editions);
    computed.set(editions, all);
  }
  return all.get(year) ?? { changes: [] };
}

const computed = new WeakMap<AtlasEdition[], Map<number, EditionChanges>>();

/**
 * The changes of every edition (oldest first in `editions`), in one pass: the bodies seen in the
 * editions before the previous one grow as the editions go, instead of being gathered again for each.
 */
export function allEditionChanges(editions: AtlasEdition[]): Map<number, EditionChanges> {
  const out = new Map<number, EditionChanges>();
  const earlier = new Set<string>();
  // True while every edition before the current one has a complete list.
  let allEarlierComplete = true;
  editions.forEach((current, index) => {
    const previous = index > 0 ? editions[index - 1] : undefined;
    if (index >= 2) for (const r of editions[index - 2]!.results) earlier.add(r.territory.slug);
    out.set(current.year, compareEditions(current, previous, earlier, allEarlierComplete));
    allEarlierComplete &&= absenceIsKnown(current.knowledge);
  });
  return out;
}

function compareEditions(
  current: AtlasEdition,
  previous: AtlasEdition | undefined,
  earlier: ReadonlySet<string>,
  allEarlierComplete: boolean,
): EditionChanges {
  const before = new Map(previous?.results.map((r) => [r.territory.slug, r]) ?? []);
  const previousComplete = previous !== undefined && absenceIsKnown(previous.knowledge);
  const changes: Change[] = current.results.map((result) => {
    const slug = result.territory.slug;
    const prior = before.get(slug);
    const base = { slug, name: result.territory.name, current: result, previous: prior };
    if (prior) return { ...base, kind: compareDistinctions(result, prior, current.scheme === previous?.scheme) };
    if (earlier.has(slug)) return { ...base, kind: previousComplete ? 'returning' : 'unknown-previous' };
    return { ...base, kind: allEarlierComplete ? 'new' : 'first-known' };
  });
  const now = new Set(current.results.map((r) => r.territory.slug));
  const currentComplete = absenceIsKnown(current.knowledge);
  for (const prior of previous?.results ?? []) {
    if (!now.has(prior.territory.slug))
      changes.push({
        kind: currentComplete ? 'not-renewed' : 'previous-only',
        slug: prior.territory.slug,
        name: prior.territory.name,
        previous: prior,
      });
  }
  const order = new Map(CHANGE_KINDS.map((kind, i) => [kind, i]));
  changes.sort((a, b) => order.get(a.kind)! - order.get(b.kind)! || compareFrench(a.name, b.name));
  return { previous, changes };
}

function compareDistinctions(current: AtlasResult, previous: AtlasResult, sameScheme: boolean): ChangeKind {
  if (!sameScheme || current.rank === null || previous.rank === null) return 'renewed';
  if (current.rank > previous.rank) return 'up';
  if (current.rank < previous.rank) return 'down';
  return 'same';
}

/** Changes whose previous result is shown alone (no known result in this edition). */
export function isPreviousOnly(kind: ChangeKind): boolean {
  return kind === 'not-renewed' || kind === 'previous-only';
}
