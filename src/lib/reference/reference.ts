// The official reference of French collectivités (COG, EPCI, centres): types and the pure
// function that indexes raw records. Loading the files lives in reference-fs.ts.

export interface LatLon {
  lat: number;
  lon: number;
}

export interface CommuneRef {
  code: string;
  name: string;
  departement: string;
  region: string;
  population?: number;
  postalCodes: string[];
  /** The commune's own SIREN (9 digits), when the reference has it. */
  siren?: string;
  /** SIREN of the EPCI the commune belongs to, when any. */
  epci?: string;
  centre?: LatLon;
}

export interface EpciRef {
  code: string;
  name: string;
  type: string;
  population?: number;
  members: string[];
  departement?: string;
  region?: string;
  centre?: LatLon;
}

export interface AreaRef {
  code: string;
  name: string;
  /** Région of a département (empty for a région). */
  region?: string;
  centre?: LatLon;
}

/** A former or delegated commune name, pointing to the current commune. */
export interface FormerCommuneRef {
  code: string;
  name: string;
  current: string;
}

export interface Reference {
  communes: Map<string, CommuneRef>;
  epcis: Map<string, EpciRef>;
  departements: Map<string, AreaRef>;
  regions: Map<string, AreaRef>;
  formerCommunes: FormerCommuneRef[];
  /**
   * The history of codes: the code of a commune that no longer exists (merged into a commune
   * nouvelle, `anciensCodes` in the COG) → the code of the current commune that took it over.
   */
  formerCodes: Map<string, string>;
}

/** Raw records as published by @etalab/decoupage-administratif (only the fields we read). */
export interface RawReference {
  communes: Array<{
    code: string;
    nom: string;
    type: string;
    departement?: string;
    region?: string;
    population?: number;
    codesPostaux?: string[];
    siren?: string;
    chefLieu?: string;
    anciensCodes?: string[];
  }>;
  epcis: Array<{ code: string; nom: string; type: string; populationMunicipale?: number; membres: Array<{ code: string }> }>;
  departements: Array<{ code: string; nom: string; region: string }>;
  regions: Array<{ code: string; nom: string }>;
  communeCentres: Map<string, LatLon>;
  epciCentres: Map<string, LatLon>;
  areaCentres: Map<string, LatLon>;
}

/**
 * A member commune as the content gives it: a current commune, or a former commune (a commune
 * déléguée or associée with its own code, such as Pierre-Bénite, 69152, inside Oullins-Pierre-Bénite
 * since 2024), as the sources of a syndicat name it. Undefined for a code the reference does not know.
 */
export interface MemberCommune {
  code: string;
  /** The name the member has under this code (the former commune's name for a former commune). */
  name: string;
  /** The current commune holding it: itself, or the commune nouvelle. */
  current: CommuneRef;
  /** True when the code is a former commune's, now part of `current`. */
  former: boolean;
}

const formerByCode = new WeakMap<Reference, Map<string, FormerCommuneRef>>();

export function memberCommune(code: string, ref: Reference): MemberCommune | undefined {
  const commune = ref.communes.get(code);
  if (commune) return { code, name: commune.name, current: commune, former: false };
  let formers = formerByCode.get(ref);
  if (!formers) {
    // A former commune whose code is its commune nouvelle's (Oullins, 69149) is the current code: only the others.
    formers = new Map(ref.formerCommunes.filter((f) => f.code !== f.current).map((f) => [f.code, f]));
    formerByCode.set(ref, formers);
  }
  const former = formers.get(code);
  const current = former && ref.communes.get(former.current);
  return former && current ? { code, name: former.name, current, former: true } : undefined;
}

/** Indexes the raw reference records by code. */
export function buildReference(raw: RawReference): Reference {
  const communes = new Map<string, CommuneRef>();
  const formerCommunes: FormerCommuneRef[] = [];
  const formerCodes = new Map<string, string>();
  for (const c of raw.communes) {
    if (c.type === 'commune-actuelle') {
      for (const old of c.anciensCodes ?? []) if (old !== c.code) formerCodes.set(old, c.code);
      communes.set(c.code, {
        code: c.code,
        name: c.nom,
        departement: c.departement ?? '',
        region: c.region ?? '',
        population: c.population,
        postalCodes: c.codesPostaux ?? [],
        ...(c.siren && { siren: c.siren }),
        centre: raw.communeCentres.get(c.code),
      });
    } else if ((c.type === 'commune-deleguee' || c.type === 'commune-associee') && c.chefLieu) {
      formerCommunes.push({ code: c.code, name: c.nom, current: c.chefLieu });
    }
  }
  const epcis = new Map<string, EpciRef>();
  for (const e of raw.epcis) {
    const members = e.membres.map((m) => m.code);
    const first = members.map((code) => communes.get(code)).find(Boolean);
    epcis.set(e.code, {
      code: e.code,
      name: e.nom,
      type: e.type,
      population: e.populationMunicipale,
      members,
      departement: mostFrequent(members.map((code) => communes.get(code)?.departement)),
      region: first?.region,
      centre: raw.epciCentres.get(e.code),
    });
    for (const code of members) {
      const commune = communes.get(code);
      if (commune) commune.epci = e.code;
    }
  }
  const departements = new Map(
    raw.departements.map((d) => [
      d.code,
      { code: d.code, name: d.nom, region: d.region, centre: raw.areaCentres.get(`departement:${d.code}`) },
    ]),
  );
  const regions = new Map(raw.regions.map((r) => [r.code, { code: r.code, name: r.nom, centre: raw.areaCentres.get(`region:${r.code}`) }]));
  return { communes, epcis, departements, regions, formerCommunes, formerCodes };
}

function mostFrequent(values: Array<string | undefined>): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** Parses a `code,lat,lon` CSV with a header line into a map. */
export function parseCentresCsv(csv: string): Map<string, LatLon> {
  const centres = new Map<string, LatLon>();
  for (const line of csv.split(/\r?\n/).slice(1)) {
    if (!line.trim()) continue;
    const [code, lat, lon] = line.split(',');
    centres.set(code!, { lat: Number(lat), lon: Number(lon) });
  }
  return centres;
}

/**
 * The current commune that took over a code no longer in use (a former or delegated commune, or a
 * code merged into a commune nouvelle), with the former commune's name when the COG still has it.
 */
export function successorOf(code: string, ref: Reference): { commune: CommuneRef; formerName?: string } | undefined {
  if (ref.communes.has(code)) return undefined;
  const former = ref.formerCommunes.find((f) => f.code === code);
  const current = former?.current ?? ref.formerCodes.get(code);
  const commune = current === undefined ? undefined : ref.communes.get(current);
  return commune && { commune, formerName: former?.name };
}
