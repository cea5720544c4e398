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
  confidence: Edition['results'][number]['confidence'];
  note?: string;
  /** Read from what a source says (« deux années de suite »), not announced: its note says how. */
  inferred: boolean;
}

export interface AtlasEdition extends Omit<Edition, 'results'> {
  results: AtlasResult[];
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
  for (const edition of editions) for (const result of edition.results) resultsByTerritory.get(result.territory.slug)?.push(result);
  return { editions, territories, territoryBySlug, editionByYear: new Map(editions.map((e) => [e.year, e])), resultsByTerritory };
}

function resolveEdition(edition: Edition, territories: Map<string, ResolvedTerritory>): AtlasEdition {
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
        confidence: result.confidence,
        note: result.note,
        inferred: result.inferred,
      },
    ];
  });
  results.sort(compareResults);
  const knowledge = editionKnowledge(
    edition,
    results.map((r) => ({ distinction: r.distinction?.id ?? null, inferred: r.inferred })),
  );
  return { ...edition, results, knownDistinctionCount: knowledge.knownDistinction, knowledge };
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
