// Which labelled bodies cover a commune: the commune itself, its EPCI, a syndicat listing it as
// member, its département, its région. The index is built at build time from the atlas and read
// by the browser; resolution is a pure function used by both.
import type { ResolvedTerritory } from '../content/territories';
import type { TerritoryKind } from '../../schemas/territory';
import type { AwardWord } from '../record/knowledge';

/** A labelled body, as the lookup shows it. */
export interface CoverageTerritory {
  name: string;
  kind: TerritoryKind;
  /** Site path of its page (without the base path). */
  path: string;
  /** Year of its latest known result. */
  year: number;
  /** Label of that distinction in its own edition's scale ("Niveau 5", "Or"), or null when unknown. */
  distinction: string | null;
  /** Colour tone of the distinction (0 unknown, 1 lowest … 5 highest), see look.ts. */
  tone: number;
  /** What that edition awards: « labellisé » or « distingué » (its scale has an entry distinction). */
  awards: AwardWord;
  /** Set when the distinction is an entry distinction, not the label itself (the 2025 Badge). */
  entry?: true;
  /** Labels of the special mentions of that result, when its distinction is not known. */
  mentions?: string[];
}

/** How a commune is linked to a body that covers it, from the closest to the widest. */
export const COVERAGE_RELATIONS = ['commune', 'epci', 'syndicat', 'departement', 'region'] as const;
export type CoverageRelation = (typeof COVERAGE_RELATIONS)[number];

/** The coverage index shipped to the browser: labelled bodies, and indexes into that list. */
export interface CoverageIndex {
  territories: CoverageTerritory[];
  /** By INSEE code: the commune's own record. */
  commune: Record<string, number[]>;
  /**
   * By INSEE code: syndicats (or other bodies) listing the commune as member — a current commune, or
   * a former commune by its own code (Pierre-Bénite, 69152), as the body's sources name it.
   */
  member: Record<string, number[]>;
  /**
   * By INSEE code of a current commune: bodies listing one of its former communes (not the whole
   * commune nouvelle) as member, with that former commune's name: they cover only that part of it.
   */
  partMember: Record<string, Array<[body: number, former: string]>>;
  /** By SIREN. */
  epci: Record<string, number[]>;
  /** By département code. */
  departement: Record<string, number[]>;
  /** By région code. */
  region: Record<string, number[]>;
  /**
   * Bodies acting in a département or région without a list of member communes (a syndicat
   * départemental, a GIP): worth mentioning, but they do not make a commune labelled.
   */
  nearbyDepartement: Record<string, number[]>;
  nearbyRegion: Record<string, number[]>;
  /** Names and région of départements (and overseas collectivités), by code. */
  departements: Record<string, [name: string, region: string]>;
  /** Names of régions, by code. */
  regions: Record<string, string>;
  /** The latest edition of the atlas: only a result of that edition is said in the present tense. */
  latestYear?: number;
}

/** The lists of the coverage index a labelled body can be filed under. */
export type CoverageSlotName = 'commune' | 'epci' | 'departement' | 'region' | 'member' | 'nearbyDepartement' | 'nearbyRegion';

/**
 * Where a labelled body is filed in the coverage index, and under which codes: a commune under its
 * INSEE code, an EPCI under its SIREN, a département or région under its code, a body with member
 * communes under each member, else a body acting in a département or région without listed members.
 * The one rule of what covers what, shared by the commune lookup and the regional pages.
 */
export function coverageSlot(
  territory: Pick<ResolvedTerritory, 'kind' | 'code' | 'members' | 'departement' | 'region'>,
): { slot: CoverageSlotName; keys: string[] } | undefined {
  const { kind, code } = territory;
  if (kind === 'commune' && code) return { slot: 'commune', keys: [code] };
  if (kind === 'epci' && code) return { slot: 'epci', keys: [code] };
  if (kind === 'departement' && code) return { slot: 'departement', keys: [code] };
  if (kind === 'region' && code) return { slot: 'region', keys: [code] };
  if (territory.members.length > 0) return { slot: 'member', keys: territory.members.map((m) => m.code) };
  if (territory.departement) return { slot: 'nearbyDepartement', keys: [territory.departement.code] };
  if (territory.region) return { slot: 'nearbyRegion', keys: [territory.region.code] };
  return undefined;
}

export interface CoverageItem {
  relation: CoverageRelation;
  territory: CoverageTerritory;
  /**
   * When the membership goes through a former commune: its name, and whether it is the whole of
   * what was asked (the query named that former commune) or only a part of the commune nouvelle.
   */
  former?: { name: string; whole: boolean };
}

export interface Coverage {
  /** Labelled bodies covering the commune, closest first. */
  items: CoverageItem[];
  /** Labelled bodies of the département or région without listed members. */
  nearby: CoverageTerritory[];
  departement?: { code: string; name: string };
  /** The région, left out when it has the département's name (La Réunion, Martinique…). */
  region?: { code: string; name: string };
}

/**
 * What covers a commune, given its INSEE code, EPCI SIREN and département: from the coverage its
 * lookup file carries when it has one (see subsetCoverage), else from `index`.
 */
export function resolveCoverage(
  commune: { code: string; departement: string; epci?: { code: string }; via?: { code: string; name: string }; coverage?: CoverageIndex },
  fallback: CoverageIndex,
): Coverage {
  const index = commune.coverage ?? fallback;
  const [departementName, regionCode] = index.departements[commune.departement] ?? [];
  const regionName = regionCode ? index.regions[regionCode] : undefined;
  const codes = [commune.code, ...(commune.via ? [commune.via.code] : [])];
  // A body listing the former commune the query named covers it whole; one listing another former
  // commune of the same commune nouvelle covers only that part, and says which.
  const viaFormer = commune.via && commune.via.code !== commune.code ? commune.via : undefined;
  const formerOf = new Map<number, CoverageItem['former']>();
  for (const i of viaFormer ? (index.member[viaFormer.code] ?? []) : []) formerOf.set(i, { name: viaFormer!.name, whole: true });
  const parts = (index.partMember?.[commune.code] ?? []).filter(([i, name]) => !formerOf.has(i) && name !== viaFormer?.name);
  for (const [i, name] of parts) if (!formerOf.has(i)) formerOf.set(i, { name, whole: false });
  const keys: Record<CoverageRelation, number[]> = {
    commune: codes.flatMap((code) => index.commune[code] ?? []),
    epci: commune.epci ? (index.epci[commune.epci.code] ?? []) : [],
    syndicat: [...codes.flatMap((code) => index.member[code] ?? []), ...parts.map(([i]) => i)],
    departement: index.departement[commune.departement] ?? [],
    region: regionCode ? (index.region[regionCode] ?? []) : [],
  };
  const seen = new Set<number>();
  const items = COVERAGE_RELATIONS.flatMap((relation) =>
    keys[relation].flatMap((i): CoverageItem[] => {
      if (seen.has(i)) return [];
      seen.add(i);
      const former = relation === 'syndicat' ? formerOf.get(i) : undefined;
      return [{ relation, territory: index.territories[i]!, ...(former && { former }) }];
    }),
  );
  const nearby = [...(index.nearbyDepartement[commune.departement] ?? []), ...(regionCode ? (index.nearbyRegion[regionCode] ?? []) : [])]
    .filter((i) => !seen.has(i))
    .map((i) => index.territories[i]!);
  return {
    items,
    nearby,
    departement: departementName ? { code: commune.departement, name: departementName } : undefined,
    region: regionCode && regionName && regionName !== departementName ? { code: regionCode, name: regionName } : undefined,
  };
}

/** What a set of communes needs of the coverage index: their codes, EPCI and département. */
export interface CoveredCommune {
  codes: string[];
  epci?: string;
  departement: string;
}

/** A coverage index with no body yet, naming these départements and régions. */
export function emptyCoverageIndex(
  departements: CoverageIndex['departements'] = {},
  regions: CoverageIndex['regions'] = {},
): CoverageIndex {
  return {
    territories: [],
    commune: {},
    member: {},
    partMember: {},
    epci: {},
    departement: {},
    region: {},
    nearbyDepartement: {},
    nearbyRegion: {},
    departements,
    regions,
  };
}

/**
 * The part of the coverage index that resolves these communes (the same answers from
 * resolveCoverage), with the bodies renumbered: what one lookup file carries.
 */
export function subsetCoverage(index: CoverageIndex, communes: Iterable<CoveredCommune>): CoverageIndex {
  const out = emptyCoverageIndex();
  const renumbered = new Map<number, number>();
  const renumber = (i: number) => {
    let j = renumbered.get(i);
    if (j === undefined) {
      j = out.territories.push(index.territories[i]!) - 1;
      renumbered.set(i, j);
    }
    return j;
  };
  const copy = (
    slot: Exclude<keyof CoverageIndex, 'territories' | 'departements' | 'regions' | 'partMember' | 'latestYear'>,
    key: string | undefined,
  ) => {
    const list = key === undefined ? undefined : index[slot][key];
    if (!list || out[slot][key!]) return;
    out[slot][key!] = list.map(renumber);
  };
  if (index.latestYear !== undefined) out.latestYear = index.latestYear;
  for (const commune of communes) {
    for (const code of commune.codes) {
      copy('commune', code);
      copy('member', code);
      const parts = index.partMember?.[code];
      if (parts && !out.partMember[code]) out.partMember[code] = parts.map(([i, name]) => [renumber(i), name]);
    }
    copy('epci', commune.epci);
    copy('departement', commune.departement);
    copy('nearbyDepartement', commune.departement);
    const departement = index.departements[commune.departement];
    if (departement) out.departements[commune.departement] = departement;
    const region = departement?.[1];
    if (region) {
      copy('region', region);
      copy('nearbyRegion', region);
      if (index.regions[region]) out.regions[region] = index.regions[region];
    }
  }
  return out;
}
