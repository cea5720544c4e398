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

/** Indexes the raw reference records by code. */
export function buildReference(raw: RawReference): Reference {
  const communes = new Map<string, CommuneRef>();
  const formerCommunes: FormerCommuneRef[] = [];
  for (const c of raw.communes) {
    if (c.type === 'commune-actuelle') {
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
  return { communes, epcis, departements, regions, formerCommunes };
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
