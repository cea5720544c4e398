// "Ma commune est-elle concernée ?" without JavaScript: for one département, every labelled body
// that covers some of its communes, with the names of the communes covered.
import type { CoverageIndex, CoverageTerritory } from './coverage';
import type { Reference } from '../reference/reference';
import { groupBy } from '../record/group-by';
import { compareFrench } from '../text';

export interface CoveredGroup {
  territory: CoverageTerritory;
  /** Names of the communes of the département it covers (members of an EPCI or syndicat). */
  communes: string[];
}

export interface DepartementOverview {
  code: string;
  name: string;
  /** Left out when the région has the département's name. */
  region?: { code: string; name: string };
  communeCount: number;
  /** The département itself, when labelled. */
  labelledDepartement: CoverageTerritory[];
  /** Its région, when labelled. */
  labelledRegion: CoverageTerritory[];
  /** Communes labelled themselves. */
  communes: CoveredGroup[];
  epcis: CoveredGroup[];
  syndicats: CoveredGroup[];
  /** Bodies acting in the département or région without listed members. */
  nearby: CoverageTerritory[];
}

/**
 * The reference and the coverage index sorted by département once, so that each département's page
 * reads its own communes and EPCI members instead of scanning all of France (101 times).
 */
export interface OverviewIndex {
  communes: Map<string, Array<{ code: string; name: string }>>;
  /** By département: each labelled EPCI with members there, and the codes of those members. */
  epciMembers: Map<string, Array<{ indices: number[]; codes: string[] }>>;
}

export function overviewIndex(ref: Reference, index: CoverageIndex): OverviewIndex {
  const communes = groupBy(ref.communes.values(), (c) => c.departement);
  const epciMembers = new Map<string, Array<{ indices: number[]; codes: string[] }>>();
  for (const [siren, indices] of Object.entries(index.epci)) {
    const byDepartement = groupBy(ref.epcis.get(siren)?.members ?? [], (code) => ref.communes.get(code)?.departement);
    for (const [departement, codes] of byDepartement) {
      if (departement === undefined) continue;
      const list = epciMembers.get(departement);
      if (list) list.push({ indices, codes });
      else epciMembers.set(departement, [{ indices, codes }]);
    }
  }
  return { communes, epciMembers };
}

/** What covers the communes of a département, from the widest to the closest. */
export function departementOverview(
  code: string,
  ref: Reference,
  index: CoverageIndex,
  byDepartement: OverviewIndex = overviewIndex(ref, index),
): DepartementOverview {
  const [name = code, regionCode = ''] = index.departements[code] ?? [];
  const regionName = index.regions[regionCode];
  const communes = byDepartement.communes.get(code) ?? [];
  const inDepartement = new Set(communes.map((c) => c.code));
  const territory = (i: number) => index.territories[i]!;
  const names = (codes: string[]) =>
    codes
      .filter((c) => inDepartement.has(c))
      .map((c) => ref.communes.get(c)!.name)
      .sort(compareFrench);
  const byName = (a: CoveredGroup, b: CoveredGroup) => compareFrench(a.territory.name, b.territory.name);

  const own = communes.flatMap((c) => (index.commune[c.code] ?? []).map((i) => ({ territory: territory(i), communes: [c.name] })));
  const epcis = (byDepartement.epciMembers.get(code) ?? []).flatMap(({ indices, codes }) => {
    const members = names(codes);
    return indices.map((i) => ({ territory: territory(i), communes: members }));
  });
  const syndicatMembers = new Map<number, string[]>();
  const add = (i: number, name: string) => syndicatMembers.set(i, [...(syndicatMembers.get(i) ?? []), name]);
  for (const c of communes) {
    for (const i of index.member[c.code] ?? []) add(i, c.name);
    // A former commune given as member covers only that part of the commune nouvelle, named as such.
    for (const [i, former] of index.partMember?.[c.code] ?? []) add(i, formerMemberName(former, c.name));
  }
  const syndicats = [...syndicatMembers].map(([i, members]) => ({ territory: territory(i), communes: members.sort(compareFrench) }));

  return {
    code,
    name,
    region: regionName && regionName !== name ? { code: regionCode, name: regionName } : undefined,
    communeCount: communes.length,
    labelledDepartement: (index.departement[code] ?? []).map(territory),
    labelledRegion: (index.region[regionCode] ?? []).map(territory),
    communes: own.sort(byName),
    epcis: epcis.sort(byName),
    syndicats: syndicats.sort(byName),
    nearby: [...(index.nearbyDepartement[code] ?? []), ...(index.nearbyRegion[regionCode] ?? [])].map(territory),
  };
}

/** « Pierre-Bénite (ancienne commune, aujourd’hui dans Oullins-Pierre-Bénite) » */
export function formerMemberName(former: string, current: string): string {
  return `${former} (ancienne commune, aujourd’hui dans ${current})`;
}

/** Départements that have communes, grouped by région (in French order), for the fallback index. */
export function departementsByRegion(ref: Reference): Array<{ region: string; departements: Array<{ code: string; name: string }> }> {
  const withCommunes = new Set([...ref.communes.values()].map((c) => c.departement));
  const groups = new Map<string, Array<{ code: string; name: string }>>();
  for (const d of ref.departements.values()) {
    if (!withCommunes.has(d.code)) continue;
    const region = (d.region && ref.regions.get(d.region)?.name) || d.name;
    groups.set(region, [...(groups.get(region) ?? []), { code: d.code, name: d.name }]);
  }
  return [...groups]
    .sort(([a], [b]) => compareFrench(a, b))
    .map(([region, departements]) => ({ region, departements: departements.sort((a, b) => compareFrench(a.name, b.name)) }));
}
