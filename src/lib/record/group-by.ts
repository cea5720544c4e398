// One pass over a list into lists by key: what pages use instead of filtering a whole collection
// once per page (which makes a build quadratic in the content).

/** Items by key, each list in the input order; keys in order of first appearance. */
export function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
