// The series behind /statistiques/: how much of each edition is known, the distribution of
// distinctions read from each edition's own scale, territories by région, renewals.
import type { CitedTotal, Distinction, Mention } from '../../schemas/edition';
import type { Atlas, AtlasEdition } from './atlas';
import { distinctionGroups } from './palmares';
import type { ResolvedTerritory } from '../content/territories';
import { compareFrench } from '../text';

export interface EditionCompleteness {
  year: number;
  /** Results known to the atlas. */
  known: number;
  /** Known results whose distinction is known. */
  knownDistinction: number;
  /** Official number of labelled collectivités, when published. */
  official?: number;
}

/** Known results against the official count, per edition, oldest first. */
export function editionCompleteness(atlas: Atlas): EditionCompleteness[] {
  return atlas.editions.map((e) => ({
    year: e.year,
    known: e.results.length,
    knownDistinction: e.knownDistinctionCount,
    official: e.labelledCount,
  }));
}

export interface CompletenessTotals {
  /** Editions with a published official count. */
  editionsWithOfficial: number;
  /** Sum of known results over those editions. */
  known: number;
  /** Sum of their official counts. */
  official: number;
}

/** Totals over the editions whose official count is published (the others cannot be compared). */
export function completenessTotals(coverage: EditionCompleteness[]): CompletenessTotals {
  const comparable = coverage.filter((c) => c.official !== undefined);
  return {
    editionsWithOfficial: comparable.length,
    known: comparable.reduce((sum, c) => sum + Math.min(c.known, c.official ?? 0), 0),
    official: comparable.reduce((sum, c) => sum + (c.official ?? 0), 0),
  };
}

export interface DistinctionCount {
  /** The distinction, or null for known results whose distinction is not known. */
  distinction: Distinction | null;
  /** Position in the edition's scale (0 = lowest), null when unknown. */
  rank: number | null;
  count: number;
  /** Official number for this distinction, when published. */
  official?: number;
}

export interface EditionDistribution {
  year: number;
  scheme: string;
  scale: Distinction[];
  /** One entry per distinction of the edition's own scale, highest first, then unknown if any. */
  counts: DistinctionCount[];
  /** Special mentions declared by the edition, with how many known results received each. */
  mentions: Array<{ mention: Mention; count: number }>;
}

/** Results per distinction of one edition, read from that edition's scale (never a fixed 1–5). */
export function editionDistribution(edition: AtlasEdition): EditionDistribution {
  return {
    year: edition.year,
    scheme: edition.scheme,
    scale: edition.scale,
    counts: distinctionGroups(edition).map(({ distinction, rank, results, officialCount }) => ({
      distinction,
      rank,
      count: results.length,
      official: officialCount,
    })),
    mentions: edition.mentions.map((mention) => ({
      mention,
      count: edition.results.filter((r) => r.mentions.some((m) => m.id === mention.id)).length,
    })),
  };
}

export interface SchemeGroup {
  scheme: string;
  /** Scale of the group's most recent edition (each edition still keeps its own). */
  scale: Distinction[];
  firstYear: number;
  lastYear: number;
  editions: EditionDistribution[];
}

/**
 * Distributions grouped by runs of consecutive editions sharing a scheme, most recent run first
 * and, inside a run, most recent edition first.
 */
export function distributionsByScheme(atlas: Atlas): SchemeGroup[] {
  const groups: SchemeGroup[] = [];
  for (const edition of atlas.editions) {
    const last = groups.at(-1);
    const distribution = editionDistribution(edition);
    if (last && last.scheme === edition.scheme) {
      last.editions.unshift(distribution);
      last.lastYear = edition.year;
      last.scale = edition.scale;
    } else {
      groups.push({
        scheme: edition.scheme,
        scale: edition.scale,
        firstYear: edition.year,
        lastYear: edition.year,
        editions: [distribution],
      });
    }
  }
  return groups.reverse();
}

/**
 * Columns for a table of a scheme group: the distinctions of its most recent scale, highest first,
 * then any distinction that only older editions of the group use.
 */
export function schemeColumns(group: SchemeGroup): Distinction[] {
  const columns = [...group.scale].reverse();
  for (const edition of group.editions)
    for (const d of [...edition.scale].reverse()) if (!columns.some((c) => c.id === d.id)) columns.push(d);
  return columns;
}

export interface RegionCount {
  /** The région, or null for bodies without one (national agencies). */
  region: { code: string; name: string } | null;
  territories: number;
  /** Known results of these territories, all editions together. */
  results: number;
}

/** Territories and results per région, most territories first, bodies without région last. */
export function territoriesByRegion(atlas: Atlas): RegionCount[] {
  const byCode = new Map<string, RegionCount>();
  for (const territory of atlas.territories) {
    const key = territory.region?.code ?? '';
    const entry = byCode.get(key) ?? { region: territory.region ?? null, territories: 0, results: 0 };
    entry.territories += 1;
    entry.results += atlas.resultsByTerritory.get(territory.slug)?.length ?? 0;
    byCode.set(key, entry);
  }
  return [...byCode.values()].sort(
    (a, b) =>
      Number(a.region === null) - Number(b.region === null) ||
      b.territories - a.territories ||
      b.results - a.results ||
      compareFrench(a.region?.name ?? '', b.region?.name ?? ''),
  );
}

export interface RenewalGroup {
  /** Number of editions with a known result. */
  editions: number;
  /** Territories with exactly that many, by name. */
  territories: ResolvedTerritory[];
}

/** Territories grouped by how many editions they are known to be labelled in, 1 upwards. */
export function renewals(atlas: Atlas): RenewalGroup[] {
  const counts = atlas.territories.map((t) => ({ territory: t, editions: atlas.resultsByTerritory.get(t.slug)?.length ?? 0 }));
  const max = Math.max(0, ...counts.map((c) => c.editions));
  return Array.from({ length: max }, (_, i) => ({
    editions: i + 1,
    territories: counts
      .filter((c) => c.editions === i + 1)
      .map((c) => c.territory)
      .sort((a, b) => compareFrench(a.name, b.name)),
  }));
}

export interface CumulativeComparison {
  /** The edition up to which both counts run. */
  year: number;
  /** Distinct territories with a known result in this edition or an earlier one. */
  known: number;
  /** The totals sources quote for the same period (labelled at least once up to this edition). */
  cited: CitedTotal[];
}

/**
 * The atlas's own cumulative count beside the totals that sources quote, for each edition that has
 * one, oldest first: how much of the record is known. One pass over the results.
 */
export function cumulativeComparison(atlas: Atlas): CumulativeComparison[] {
  const seen = new Set<string>();
  const rows: CumulativeComparison[] = [];
  for (const edition of atlas.editions) {
    for (const result of edition.results) seen.add(result.territory.slug);
    if (edition.citedTotals.length > 0) rows.push({ year: edition.year, known: seen.size, cited: edition.citedTotals });
  }
  return rows;
}
