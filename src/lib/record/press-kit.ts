// An edition's press kit: its key figures and the sentences a journalist can quote, written from the
// record alone. The official count comes first when the edition publishes one, then what the atlas
// knows of it; nothing is extrapolated, and an unknown figure is said to be unknown.
import { frenchList, frKeySentences as t } from '../../i18n/fr';
import type { Atlas, AtlasEdition, AtlasResult } from './atlas';
import { distinctionGroups } from './palmares';
import { compareFrench } from '../text';
import type { AwardWord } from './knowledge';

/** Names quoted in a sentence before « et N autres ». */
export const NAMES_IN_SENTENCE = 5;

export interface PressFacts {
  year: number;
  official?: number;
  /** « labellisées » or « distinguées » (knowledge.ts). */
  awards: AwardWord;
  /** True when every result of the edition is known. */
  complete: boolean;
  candidates?: number;
  known: number;
  /** The highest distinction of the edition's scale, its known results and its official count. */
  top: { label: string; results: AtlasResult[]; official?: number };
  /** Bodies with special mentions, in palmarès order, with the labels of their mentions. */
  mentions: Array<{ name: string; labels: string[] }>;
  previousYear?: number;
  /** Known results whose territory had a result in the previous edition. */
  renewed: number;
  /** Known results whose territory has no earlier result in the atlas. */
  firstTime: number;
  /** Régions of the known results, most represented first. */
  regions: Array<{ name: string; count: number }>;
  /** Known results of bodies without a région (national bodies). */
  national: number;
}

/** The figures behind the sentences; `earlier` is the set of territories with a result before this edition. */
export function pressFacts(edition: AtlasEdition, atlas: Atlas): PressFacts {
  const index = atlas.editions.findIndex((e) => e.year === edition.year);
  const previous = index > 0 ? atlas.editions[index - 1] : undefined;
  const inPrevious = new Set(previous?.results.map((r) => r.territory.slug));
  const firstTime = edition.results.filter(
    (r) => (atlas.resultsByTerritory.get(r.territory.slug)?.[0]?.year ?? r.year) >= edition.year,
  ).length;
  const top = distinctionGroups(edition)[0]!;
  const mentions = edition.results
    .filter((r) => r.mentions.length > 0)
    .map((r) => ({ name: r.territory.name, labels: r.mentions.map((m) => m.label) }));
  const regions = new Map<string, number>();
  let national = 0;
  for (const r of edition.results) {
    const name = r.territory.region?.name;
    if (name) regions.set(name, (regions.get(name) ?? 0) + 1);
    else national++;
  }
  return {
    year: edition.year,
    official: edition.knowledge.official,
    awards: edition.knowledge.awards,
    complete: edition.knowledge.status === 'complete',
    candidates: edition.candidatesCount,
    known: edition.results.length,
    top: { label: top.distinction!.label, results: top.results, official: top.officialCount },
    mentions,
    previousYear: previous?.year,
    renewed: edition.results.filter((r) => inPrevious.has(r.territory.slug)).length,
    firstTime,
    regions: [...regions].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || compareFrench(a.name, b.name)),
    national,
  };
}

/** "A, B et C", or "A, B, C, D, E et 3 autres": names for a sentence, bounded. */
export function namesForSentence(names: string[], max = NAMES_IN_SENTENCE): string {
  if (names.length <= max) return frenchList(names);
  return frenchList([...names.slice(0, max), t.others(names.length - max)]);
}

/** The key sentences of an edition, in French, each a full sentence. */
export function keySentences(facts: PressFacts): string[] {
  const sentences: string[] = [];
  const at = t.at(facts.top.label);
  const topNames = namesForSentence(facts.top.results.map((r) => r.territory.name));
  if (facts.official !== undefined) {
    sentences.push(
      `${t.counts(facts.year, facts.official, facts.known, facts.awards, facts.complete)}, ${t.top(facts.top.results.length, at, facts.top.official, topNames)}.`,
    );
  } else {
    sentences.push(`${t.counts(facts.year, undefined, facts.known, facts.awards)}.`);
    if (facts.known > 0) sentences.push(t.topAlone(facts.top.results.length, at, facts.top.official, topNames));
  }
  if (facts.mentions.length > 0) sentences.push(t.mentions(facts.mentions.map((m) => t.mention(m.name, m.labels)).join(' ; ')));
  if (facts.known > 0) {
    // Before the first edition in the record there is nothing to compare with.
    if (facts.previousYear !== undefined)
      sentences.push(t.renewals(facts.known, facts.previousYear, facts.renewed, facts.firstTime, facts.year));
    if (facts.regions.length > 0)
      sentences.push(t.regions(facts.regions.length, facts.regions.map((r) => `${r.name} (${r.count})`).join(', '), facts.national));
  }
  return sentences;
}
