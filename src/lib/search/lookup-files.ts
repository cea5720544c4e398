// Builds, at build time, the small files the commune lookup loads lazily: an index (file keys and
// the coverage index) and lookup files split by name prefix and by code prefix.
import type { Atlas } from '../record/atlas';
import { CODE_KEY_LENGTH, nameKeys, type CommuneRow, type LookupShard } from './commune-lookup';
import { coverageSlot, emptyCoverageIndex, subsetCoverage, type CoverageIndex, type CoverageTerritory } from './coverage';
import type { Reference } from '../reference/reference';
import { distinctionTone } from '../look';
import { paths } from '../urls';

/** Largest number of communes in one name lookup file, unless they share the whole name. */
export const MAX_SHARD_SIZE = 150;

export interface LookupIndexFile {
  /** Keys of the name lookup files (folded name prefixes). */
  names: string[];
  /** Keys of the code lookup files (first characters of INSEE and postal codes). */
  codes: string[];
  /**
   * Names of départements and régions only, its lists empty: each lookup file carries the bodies
   * covering its own communes, so that this file stays the same size whatever the palmarès.
   */
  coverage: CoverageIndex;
}

export interface LookupFiles {
  index: LookupIndexFile;
  /** The whole coverage index (for the pages of /recherche/departements/, built without JavaScript). */
  coverage: CoverageIndex;
  names: Map<string, LookupShard>;
  codes: Map<string, LookupShard>;
}

/** All lookup files for the current communes of the reference and the labelled bodies of the atlas. */
export function buildLookupFiles(ref: Reference, atlas: Atlas, maxShardSize = MAX_SHARD_SIZE): LookupFiles {
  const byName: Array<{ key: string; row: CommuneRow }> = [];
  const byCode = new Map<string, Set<CommuneRow>>();
  const addCode = (code: string, row: CommuneRow) => {
    const key = code.slice(0, CODE_KEY_LENGTH);
    if (!byCode.has(key)) byCode.set(key, new Set());
    byCode.get(key)!.add(row);
  };
  const rows = new Map<string, CommuneRow>();
  for (const c of ref.communes.values()) {
    const row: CommuneRow = [c.code, c.name, c.departement, c.postalCodes.join(' '), c.population ?? 0, c.epci ?? ''];
    rows.set(c.code, row);
    for (const key of nameKeys(c.name)) byName.push({ key, row });
    for (const code of [c.code, ...c.postalCodes]) addCode(code, row);
  }
  for (const former of ref.formerCommunes) {
    const current = rows.get(former.current);
    if (!current || former.name === current[1]) continue;
    const row: CommuneRow = [...(current.slice(0, 6) as [string, string, string, string, number, string]), former.name, former.code];
    for (const key of nameKeys(former.name)) byName.push({ key, row });
    if (former.code !== current[0]) addCode(former.code, row);
  }
  const coverage = buildCoverageIndex(ref, atlas);
  const names = new Map<string, LookupShard>();
  for (const [key, items] of partitionByRange(byName, maxShardSize))
    names.set(
      key,
      shardOf(
        items.map((i) => i.row),
        ref,
        coverage,
      ),
    );
  const codes = new Map<string, LookupShard>();
  for (const key of [...byCode.keys()].sort()) codes.set(key, shardOf([...byCode.get(key)!], ref, coverage));
  const slim = { ...subsetCoverage(coverage, []), departements: coverage.departements, regions: coverage.regions };
  return { index: { names: [...names.keys()], codes: [...codes.keys()], coverage: slim }, coverage, names, codes };
}

/**
 * Cuts keyed items, sorted by key, into consecutive runs of at most `max` items (never between two
 * equal keys), each named by the shortest prefix of its first key that sorts after the previous run.
 */
export function partitionByRange<T extends { key: string }>(items: T[], max: number): Map<string, T[]> {
  const sorted = [...items].sort((a, b) => compareKeys(a.key, b.key));
  const out = new Map<string, T[]>();
  let run: T[] = [];
  let previousKey = '';
  const flush = () => {
    if (run.length === 0) return;
    const first = run[0]!.key;
    let name = first.slice(0, 1);
    while (compareKeys(name, previousKey) <= 0 && name.length < first.length) name = first.slice(0, name.length + 1);
    out.set(name, run);
    previousKey = run.at(-1)!.key;
    run = [];
  };
  for (const item of sorted) {
    if (run.length >= max && item.key !== run.at(-1)!.key) flush();
    run.push(item);
  }
  flush();
  return out;
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function shardOf(rows: CommuneRow[], ref: Reference, coverage: CoverageIndex): LookupShard {
  const unique = [...new Set(rows)].sort((a, b) => a[0].localeCompare(b[0]) || (a[6] ?? '').localeCompare(b[6] ?? ''));
  const epcis: Record<string, string> = {};
  for (const row of unique) if (row[5]) epcis[row[5]] = ref.epcis.get(row[5])?.name ?? row[5];
  const covered = unique.map((row) => ({ codes: row[7] ? [row[0], row[7]] : [row[0]], epci: row[5] || undefined, departement: row[2] }));
  return { epcis, communes: unique, coverage: subsetCoverage(coverage, covered) };
}

/** The coverage index: every body with a known result, indexed by what it covers. */
export function buildCoverageIndex(ref: Reference, atlas: Atlas): CoverageIndex {
  const index = emptyCoverageIndex(
    Object.fromEntries([...ref.departements.values()].map((d) => [d.code, [d.name, d.region ?? '']])),
    Object.fromEntries([...ref.regions.values()].map((r) => [r.code, r.name])),
  );
  const add = (map: Record<string, number[]>, key: string, i: number) => (map[key] ??= []).push(i);
  index.latestYear = atlas.editions.at(-1)?.year;
  for (const territory of atlas.territories) {
    const latest = atlas.resultsByTerritory.get(territory.slug)?.at(-1);
    if (!latest) continue;
    const edition = atlas.editionByYear.get(latest.year);
    const entry: CoverageTerritory = {
      name: territory.name,
      kind: territory.kind,
      path: paths.territory(territory.slug),
      year: latest.year,
      distinction: latest.distinction?.label ?? null,
      tone: distinctionTone(latest.rank, edition?.scale.length ?? 0),
      awards: edition?.knowledge.awards ?? 'label',
      ...(latest.distinction?.entry && { entry: true as const }),
      ...(!latest.distinction && latest.mentions.length > 0 && { mentions: latest.mentions.map((m) => m.label) }),
    };
    const i = index.territories.push(entry) - 1;
    const filed = coverageSlot(territory);
    for (const key of filed?.keys ?? []) add(index[filed!.slot], key, i);
    // A member given as a former commune covers only that part of today's commune nouvelle.
    if (filed?.slot === 'member')
      for (const member of territory.members) if (member.current) (index.partMember[member.current.code] ??= []).push([i, member.name]);
  }
  return index;
}
