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
 */
export function editionChanges(editions: AtlasEdition[], year: number): EditionChanges {
  const index = editions.findIndex((e) => e.year === year);
  const current = editions[index];
  if (!current) return { changes: [] };
  const previous = index > 0 ? editions[index - 1] : undefined;
  const earlier = new Set(editions.slice(0, Math.max(index - 1, 0)).flatMap((e) => e.results.map((r) => r.territory.slug)));
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
  changes.sort((a, b) => CHANGE_KINDS.indexOf(a.kind) - CHANGE_KINDS.indexOf(b.kind) || compareFrench(a.name, b.name));
  return { previous, changes };
}

function compareDistinctions(current: AtlasResult, previous: AtlasResult, sameScheme: boolean): ChangeKind {
  if (!sameScheme || current.rank === null || previous.rank === null) return 'renewed';
  if (current.rank > previous.rank) return 'up';
  if (current.rank < previous.rank) return 'down';
  return 'same';
}
