// Derives what a territory file does not type: official name, département, région, population,
// postal codes and position, from the reference data.
import type { Territory, TerritoryKind } from '../../schemas/territory';
import { meanPosition } from '../reference/geo';
import { memberCommune, type LatLon, type Reference } from '../reference/reference';

/** Where a territory's map position comes from, from the most to the least precise. */
export const POSITION_SOURCES = ['explicit', 'commune', 'epci', 'seat', 'members', 'departement', 'region'] as const;
export type PositionSource = (typeof POSITION_SOURCES)[number];

export interface ResolvedTerritory {
  slug: string;
  kind: TerritoryKind;
  code?: string;
  /**
   * SIREN (9 digits): the code of an EPCI, syndicat or other body that has one, and a commune's own
   * from the reference; départements and régions have none in the reference.
   */
  siren?: string;
  /** Name shown to readers. */
  name: string;
  /** Name in the official reference, when the body has an official code. */
  officialName?: string;
  formerNames: string[];
  departement?: { code: string; name: string };
  region?: { code: string; name: string };
  population?: number;
  postalCodes: string[];
  /**
   * Member communes as the content gives them; a former commune (inside a commune nouvelle since)
   * keeps its own code and name, with the current commune that holds it.
   */
  members: Array<{ code: string; name: string; current?: { code: string; name: string } }>;
  position?: LatLon & { source: PositionSource };
  /** Codes of the départements the territory covers, for highlighting on maps. */
  footprint: string[];
  website?: string;
  description?: string;
}

/**
 * Resolves a validated territory against the reference. Unknown codes are left out here
 * (validation reports them); this function never throws.
 */
export function resolveTerritory(slug: string, territory: Territory, ref: Reference): ResolvedTerritory {
  const base = {
    slug,
    kind: territory.kind,
    code: territory.code,
    formerNames: territory.formerNames,
    website: territory.website,
    description: territory.description,
    members: territory.members.map((code) => {
      const member = memberCommune(code, ref);
      return {
        code,
        name: member?.name ?? code,
        ...(member?.former && { current: { code: member.current.code, name: member.current.name } }),
      };
    }),
  };
  const official = officialRecord(territory, ref);
  const memberCommunes = territory.members.flatMap((code) => memberCommune(code, ref)?.current ?? []);
  // A body given by its seat only (a syndicat, an agency) is in its seat's département: without
  // it, the body would be missing from that département's page and its search results.
  const seat = territory.seat ? ref.communes.get(territory.seat) : undefined;
  const departementCode =
    territory.departement ?? official.departement ?? seat?.departement ?? shared(memberCommunes.map((c) => c.departement));
  const departement = departementCode ? ref.departements.get(departementCode) : undefined;
  const regionCode = territory.region ?? official.region ?? departement?.region ?? shared(memberCommunes.map((c) => c.region));
  const region = regionCode ? ref.regions.get(regionCode) : undefined;
  return {
    ...base,
    name: territory.name ?? official.name ?? slug,
    officialName: official.name,
    siren: territory.kind === 'commune' ? official.siren : territory.kind === 'departement' || territory.kind === 'region' ? undefined : territory.code,
    departement: departement && { code: departement.code, name: departement.name },
    region: region && { code: region.code, name: region.name },
    population: official.population,
    postalCodes: official.postalCodes ?? [],
    position: positionOf(territory, ref, official.centre, official.source, departementCode, regionCode),
    footprint: footprintOf(territory.kind, departementCode, regionCode, memberCommunes, ref),
  };
}

interface OfficialRecord {
  name?: string;
  departement?: string;
  region?: string;
  population?: number;
  postalCodes?: string[];
  siren?: string;
  centre?: LatLon;
  source?: PositionSource;
}

function officialRecord(territory: Territory, ref: Reference): OfficialRecord {
  const code = territory.code;
  if (!code) return {};
  switch (territory.kind) {
    case 'commune': {
      const c = ref.communes.get(code);
      return c ? { ...c, source: 'commune' } : {};
    }
    case 'epci': {
      const e = ref.epcis.get(code);
      return e ? { ...e, source: 'epci' } : {};
    }
    case 'departement': {
      const d = ref.departements.get(code);
      return d
        ? {
            name: d.name,
            departement: d.code,
            region: d.region,
            population: sumPopulation(ref, (c) => c.departement === code),
            centre: d.centre,
            source: 'departement',
          }
        : {};
    }
    case 'region': {
      const r = ref.regions.get(code);
      return r
        ? { name: r.name, region: r.code, population: sumPopulation(ref, (c) => c.region === code), centre: r.centre, source: 'region' }
        : {};
    }
    default:
      return {};
  }
}

function footprintOf(
  kind: TerritoryKind,
  departement: string | undefined,
  region: string | undefined,
  members: Array<{ departement: string }>,
  ref: Reference,
): string[] {
  if (kind === 'region' && region) return [...ref.departements.values()].filter((d) => d.region === region).map((d) => d.code);
  if (members.length > 0) return [...new Set(members.map((m) => m.departement))].sort();
  return departement ? [departement] : [];
}

/** The value all items share, or undefined when they differ or there are none. */
function shared(values: string[]): string | undefined {
  return values.length > 0 && values.every((v) => v === values[0]) ? values[0] : undefined;
}

function sumPopulation(ref: Reference, keep: (c: { departement: string; region: string }) => boolean): number {
  let total = 0;
  for (const commune of ref.communes.values()) if (keep(commune)) total += commune.population ?? 0;
  return total;
}

function positionOf(
  territory: Territory,
  ref: Reference,
  officialCentre: LatLon | undefined,
  officialSource: PositionSource | undefined,
  departementCode: string | undefined,
  regionCode: string | undefined,
): ResolvedTerritory['position'] {
  const candidates: Array<[LatLon | undefined, PositionSource | undefined]> = [
    [territory.position, 'explicit'],
    [officialCentre, officialSource],
    [territory.seat ? ref.communes.get(territory.seat)?.centre : undefined, 'seat'],
    [meanPosition(territory.members.flatMap((code) => memberCommune(code, ref)?.current.centre ?? [])), 'members'],
    [departementCode ? ref.departements.get(departementCode)?.centre : undefined, 'departement'],
    [regionCode ? ref.regions.get(regionCode)?.centre : undefined, 'region'],
  ];
  for (const [position, source] of candidates) if (position && source) return { lat: position.lat, lon: position.lon, source };
  return undefined;
}

/** True when the map position is a fallback (the centre of a wider area), not the body's own. */
export function isApproximatePosition(territory: Pick<ResolvedTerritory, 'kind' | 'position'>): boolean {
  const source = territory.position?.source;
  return (source === 'departement' && territory.kind !== 'departement') || (source === 'region' && territory.kind !== 'region');
}
