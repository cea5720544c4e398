// The derived index of all content: editions with resolved results, territories with their
// results. Built once per build from validated content, shared by every page.
import type { Distinction, Edition, Mention } from '../../schemas/edition';
import type { Reference } from '../reference/reference';
import { resolveTerritory, type ResolvedTerritory } from '../content/territories';
import { compareFrench } from '../text';
import type { ContentSet } from '../content/validate';
import { editionKnowledge, type EditionKnowledge } from './knowledge';

export interface AtlasResult {
  year: number;
  territory: ResolvedTerritory;
  /** The distinction, or null when the source gives none. */
  distinction: Distinction | null;
  /** Position of the distinction in its edition's scale (0 = lowest), null when unknown. */
  rank: number | null;
  mentions: Mention[];
  source: string;
  /** A lasting copy of the source, in a web archive. */
  archive?: string;
  confidence: Edition['results'][number]['confidence'];
  note?: string;
  /** The corrections that led to this result, oldest first (none for a result as first published). */
  corrections: AtlasCorrection[];
  /** Read from what a source says (« deux années de suite »), not announced: its note says how. */
  inferred: boolean;
}

/** A published result as it stood before or after a correction. */
export interface CorrectedResult {
  distinction: Distinction | null;
  mentions: Mention[];
}

/** One change of a published result: when, from what to what, why, and on which source. */
export interface AtlasCorrection {
  /** Stable anchor (and feed guid): `correction-2023-boe-2026-12-10`, `-2` for a second one that day. */
  id: string;
  year: number;
  territory: ResolvedTerritory;
  correctedOn: string;
  /** The result before; absent when the correction added a missing result. */
  from?: CorrectedResult;
  /** The result after; absent when the correction withdrew the result. */
  to?: CorrectedResult;
  reason: string;
  source: string;
  archive?: string;
}

export interface AtlasEdition extends Omit<Edition, 'results' | 'corrections'> {
  results: AtlasResult[];
  /** Every correction of the edition's results, oldest first. */
  corrections: AtlasCorrection[];
  /** How many results have a known distinction. */
  knownDistinctionCount: number;
  /** What the atlas knows of the edition, per edition and per distinction (knowledge.ts): every surface reads it. */
  knowledge: EditionKnowledge;
}

export interface Atlas {
  /** Editions, oldest first. */
  editions: AtlasEdition[];
  /** Territories sorted by name. */
  territories: ResolvedTerritory[];
  territoryBySlug: Map<string, ResolvedTerritory>;
  editionByYear: Map<number, AtlasEdition>;
  /** Results of each territory, oldest first. */
  resultsByTerritory: Map<string, AtlasResult[]>;
  /** Corrections of each territory's results, withdrawals included, oldest first. */
  correctionsByTerritory: Map<string, AtlasCorrection[]>;
}

/**
 * What the site publishes: everything but draft editions, the testimonials about them, and the
 * territories whose only results are in drafts (their page would reveal a result before the ceremony).
 */
export function publishedContent(content: ContentSet): ContentSet {
  const drafts = content.editions.filter((e) => e.data.draft);
  if (drafts.length === 0) return content;
  const editions = content.editions.filter((e) => !e.data.draft);
  const published = new Set(editions.flatMap((e) => e.data.results.map((r) => r.territory)));
  const draftOnly = new Set(drafts.flatMap((e) => e.data.results.map((r) => r.territory)).filter((slug) => !published.has(slug)));
  const draftYears = new Set(drafts.map((e) => e.data.year));
  return {
    ...content,
    editions,
    territories: content.territories.filter((t) => !draftOnly.has(t.id)),
    testimonials: content.testimonials.filter((t) => !draftYears.has(t.data.edition)),
  };
}

/** Builds the index from content that passed validation; drafts are left out (see publishedContent). */
export function buildAtlas(all: ContentSet, ref: Reference): Atlas {
  const content = publishedContent(all);
  const territories = content.territories
    .map(({ id, data }) => resolveTerritory(id, data, ref))
    .sort((a, b) => compareFrench(a.name, b.name));
  const territoryBySlug = new Map(territories.map((t) => [t.slug, t]));
  const editions = content.editions.map(({ data }) => resolveEdition(data, territoryBySlug)).sort((a, b) => a.year - b.year);
  const resultsByTerritory = new Map<string, AtlasResult[]>(territories.map((t) => [t.slug, []]));
  const correctionsByTerritory = new Map<string, AtlasCorrection[]>(territories.map((t) => [t.slug, []]));
  for (const edition of editions) {
    for (const result of edition.results) resultsByTerritory.get(result.territory.slug)?.push(result);
    for (const correction of edition.corrections) correctionsByTerritory.get(correction.territory.slug)?.push(correction);
  }
  return {
    editions,
    territories,
    territoryBySlug,
    editionByYear: new Map(editions.map((e) => [e.year, e])),
    resultsByTerritory,
    correctionsByTerritory,
  };
}

function resolveEdition(edition: Edition, territories: Map<string, ResolvedTerritory>): AtlasEdition {
  const corrections = resolveCorrections(edition, territories);
  const results = edition.results.flatMap((result): AtlasResult[] => {
    const territory = territories.get(result.territory);
    if (!territory) return [];
    const rank = result.distinction === null ? -1 : edition.scale.findIndex((d) => d.id === result.distinction);
    return [
      {
        year: edition.year,
        territory,
        distinction: rank >= 0 ? edition.scale[rank]! : null,
        rank: rank >= 0 ? rank : null,
        mentions: result.mentions.flatMap((id) => edition.mentions.find((m) => m.id === id) ?? []),
        source: result.source,
        archive: result.archive,
        confidence: result.confidence,
        note: result.note,
        inferred: result.inferred,
        corrections: corrections.filter((c) => c.territory.slug === result.territory),
      },
    ];
  });
  results.sort(compareResults);
  const knowledge = editionKnowledge(
    edition,
    results.map((r) => ({ distinction: r.distinction?.id ?? null, inferred: r.inferred })),
  );
  return { ...edition, results, corrections, knownDistinctionCount: knowledge.knownDistinction, knowledge };
}

/** An edition's corrections with their territories, distinctions and mentions, and a stable anchor each. */
function resolveCorrections(edition: Edition, territories: Map<string, ResolvedTerritory>): AtlasCorrection[] {
  const side = (result: { distinction: string | null; mentions: string[] } | undefined): CorrectedResult | undefined =>
    result && {
      distinction: edition.scale.find((d) => d.id === result.distinction) ?? null,
      mentions: result.mentions.flatMap((id) => edition.mentions.find((m) => m.id === id) ?? []),
    };
  const ids = new Set<string>();
  return edition.corrections.flatMap((correction): AtlasCorrection[] => {
    const territory = territories.get(correction.territory);
    if (!territory) return [];
    const base = `correction-${edition.year}-${territory.slug}-${correction.correctedOn}`;
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    return [
      {
        id,
        year: edition.year,
        territory,
        correctedOn: correction.correctedOn,
        from: side(correction.from),
        to: side(correction.to),
        reason: correction.reason,
        source: correction.source,
        archive: correction.archive,
      },
    ];
  });
}

/** Every correction of the atlas, newest first (same day: by edition, then by name). */
export function allCorrections(atlas: Atlas): AtlasCorrection[] {
  return atlas.editions
    .flatMap((e) => e.corrections)
    .sort((a, b) =>
      a.correctedOn < b.correctedOn
        ? 1
        : a.correctedOn > b.correctedOn
          ? -1
          : a.year - b.year || compareFrench(a.territory.name, b.territory.name),
    );
}

/** Highest distinction first, unknown last, then by name. */
export function compareResults(a: AtlasResult, b: AtlasResult): number {
  return (b.rank ?? -1) - (a.rank ?? -1) || compareFrench(a.territory.name, b.territory.name);
}

/** Short text of a distinction for badges ("5", "Or"), or null when unknown. */
export function distinctionShort(distinction: Distinction | null): string | null {
  return distinction ? (distinction.short ?? distinction.label) : null;
}

/** The most recent edition. */
export function latestEdition(atlas: Atlas): AtlasEdition | undefined {
  return atlas.editions.at(-1);
}

/**
 * The latest correction that started from the result a testimonial states (`stated`, ids as in its
 * file): what its page says changed since it was written. Undefined when the result still stands.
 */
export function correctionSince(
  atlas: Atlas,
  territory: string,
  year: number,
  stated: { distinction: string | null; mentions: string[] },
): AtlasCorrection | undefined {
  const ids = (r: CorrectedResult) =>
    `${r.distinction?.id ?? null}|${r.mentions
      .map((m) => m.id)
      .sort()
      .join()}`;
  const key = `${stated.distinction}|${[...stated.mentions].sort().join()}`;
  return atlas.correctionsByTerritory.get(territory)?.findLast((c) => c.year === year && c.from !== undefined && ids(c.from) === key);
}
