// The A–Z directory of /territoires/: its rows, grouped by initial, and cut into pages when long.
import type { ResolvedTerritory } from '../content/territories';
import { foldText } from '../text';
import type { Atlas, AtlasResult } from './atlas';

/** One territory of the directory: its latest result and the years of all its results. */
export interface DirectoryRow {
  name: string;
  territory: ResolvedTerritory;
  latest: AtlasResult | undefined;
  years: number[];
  /** Length of the latest result's scale (for its badge colour). */
  scaleLength: number;
}

/** The directory's rows, one per territory of the atlas, in the atlas' order. */
export function directoryRows(atlas: Pick<Atlas, 'territories' | 'resultsByTerritory' | 'editionByYear'>): DirectoryRow[] {
  return atlas.territories.map((territory) => {
    const results = atlas.resultsByTerritory.get(territory.slug) ?? [];
    const latest = results.at(-1);
    return {
      name: territory.name,
      territory,
      latest,
      years: results.map((r) => r.year),
      scaleLength: latest ? (atlas.editionByYear.get(latest.year)?.scale.length ?? 0) : 0,
    };
  });
}

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

export interface DirectoryPage<T> {
  /** 1-based page number: the page lives at `/territoires/a-z/<number>/`. */
  number: number;
  /** The page's rows, grouped by initial as on a single page. */
  groups: Array<{ letter: string; items: T[] }>;
  first: T;
  last: T;
}

export interface DirectoryIndex<T> {
  pages: Array<DirectoryPage<T>>;
  /** Each initial and the page where its first row is. */
  letters: Array<{ letter: string; page: number }>;
}

/**
 * The A–Z directory cut into pages of at most `size` rows (letters in order, items in order within
 * a letter; a letter may run over several pages), with the page where each letter starts.
 */
export function directoryPages<T extends { name: string }>(items: T[], size: number): DirectoryIndex<T> {
  if (!Number.isInteger(size) || size < 1) throw new Error(`Taille de page invalide : ${size} (attendu un entier positif).`);
  const rows = groupByInitial(items).flatMap((group) => group.items.map((item) => ({ letter: group.letter, item })));
  const pages: Array<DirectoryPage<T>> = [];
  const letters: Array<{ letter: string; page: number }> = [];
  for (let start = 0; start < rows.length; start += size) {
    const slice = rows.slice(start, start + size);
    const groups: Array<{ letter: string; items: T[] }> = [];
    for (const { letter, item } of slice) {
      if (groups.at(-1)?.letter === letter) groups.at(-1)!.items.push(item);
      else groups.push({ letter, items: [item] });
      if (letters.at(-1)?.letter !== letter) letters.push({ letter, page: pages.length + 1 });
    }
    pages.push({ number: pages.length + 1, groups, first: slice[0]!.item, last: slice.at(-1)!.item });
  }
  return { pages, letters };
}
