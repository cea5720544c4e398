// Groups territories A–Z for the directory.
import { foldText } from '../text';

/** Groups items by the first letter of their name (accents folded), letters in order. */
export function groupByInitial<T extends { name: string }>(items: T[]): Array<{ letter: string; items: T[] }> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const first = foldText(item.name).charAt(0).toUpperCase();
    const letter = /[A-Z]/.test(first) ? first : '#';
    const group = groups.get(letter);
    if (group) group.push(item);
    else groups.set(letter, [item]);
  }
  return [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([letter, group]) => ({ letter, items: group }));
}
