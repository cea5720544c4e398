// What changed in an edition compared with the previous one in the record.
import type { AtlasEdition, AtlasResult } from './atlas';
import { compareFrench } from '../text';

export type ChangeKind = 'new' | 'returning' | 'up' | 'down' | 'same' | 'renewed' | 'absent';

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
export const CHANGE_KINDS: ChangeKind[] = ['new', 'returning', 'up', 'down', 'same', 'renewed', 'absent'];

/**
 * Compares an edition with the one before it. Distinctions are compared only when both are known
 * and both editions use the same scheme; otherwise a repeated result is "renewed". A territory of
 * the previous edition missing from this one is "absent": not renewed, or its result is unknown.
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
  editions.forEach((current, index) => {
    const previous = index > 0 ? editions[index - 1] : undefined;
    if (index >= 2) for (const r of editions[index - 2]!.results) earlier.add(r.territory.slug);
    out.set(current.year, compareEditions(current, previous, earlier));
  });
  return out;
}

function compareEditions(current: AtlasEdition, previous: AtlasEdition | undefined, earlier: ReadonlySet<string>): EditionChanges {
  const before = new Map(previous?.results.map((r) => [r.territory.slug, r]) ?? []);
  const changes: Change[] = current.results.map((result) => {
    const slug = result.territory.slug;
    const prior = before.get(slug);
    const base = { slug, name: result.territory.name, current: result, previous: prior };
    if (!prior) return { ...base, kind: earlier.has(slug) ? 'returning' : 'new' };
    return { ...base, kind: compareDistinctions(result, prior, current.scheme === previous?.scheme) };
  });
  const now = new Set(current.results.map((r) => r.territory.slug));
  for (const prior of previous?.results ?? []) {
    if (!now.has(prior.territory.slug))
      changes.push({ kind: 'absent', slug: prior.territory.slug, name: prior.territory.name, previous: prior });
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
