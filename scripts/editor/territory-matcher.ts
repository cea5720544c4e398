// Finds which collectivité a name from a results spreadsheet designates, with the official codes
// of the COG: the territory files first (name, former names, code), then current communes (exact
// name, then without accents, case or hyphens), former and delegated communes (communes
// nouvelles), EPCI (with or without "CC", "CA", "Communauté de communes"…), départements and
// régions. A département narrows homonyms. Never guesses: several matches are "ambiguous".
import type { AreaRef, CommuneRef, EpciRef, Reference } from '../../src/lib/reference/reference';
import type { ResolvedTerritory } from '../../src/lib/content/territories';
import { nameKey } from '../../src/lib/text';
import type { TerritoryKind } from '../../src/schemas/territory';
import { nameDistance } from './similarity';

/** A collectivité a name may designate. */
export interface Candidate {
  kind: TerritoryKind;
  code?: string;
  name: string;
  /** Codes of the départements it covers (empty when unknown). */
  departements: string[];
  /** Its territory file, when it already has one. */
  slug?: string;
  /** How it was found, when not by its own name ("ancienne commune Pierre-Bénite"). */
  via?: string;
}

export interface Query {
  name: string;
  /** Département code that the row gives, to tell homonyms apart. */
  departement?: string;
  /** Official code given by the row (INSEE, SIREN, département or région code). */
  code?: string;
  kind?: TerritoryKind;
}

export type Resolution =
  | { status: 'found'; candidate: Candidate }
  | { status: 'ambiguous'; candidates: Candidate[] }
  /** `paddedCode`: the code of the row with the leading zeros a spreadsheet drops ("1001" → "01001"). */
  | { status: 'unknown'; suggestions: Candidate[]; elsewhere: Candidate[]; paddedCode?: string };

const ARTICLE = '(?:de la |de l |du |des |de |d )?';
const KIND_PREFIXES: Array<[TerritoryKind, RegExp]> = [
  ['departement', new RegExp(`^(?:conseil departemental|conseil general|departement) ${ARTICLE}(.+)$`)],
  ['region', new RegExp(`^(?:conseil regional|region) ${ARTICLE}(.+)$`)],
  [
    'epci',
    new RegExp(`^(?:communaute de communes|communaute d agglomeration|communaute urbaine|cc|ca|cu|agglomeration|agglo) ${ARTICLE}(.+)$`),
  ],
  ['commune', new RegExp(`^(?:ville|commune|mairie) ${ARTICLE}(.+)$`)],
];

/** The key without a leading "Département de la", "CC du", "Ville de"…, and the kind it announces. */
export function stripKindPrefix(key: string): { kind: TerritoryKind; key: string } | undefined {
  for (const [kind, pattern] of KIND_PREFIXES) {
    let match = pattern.exec(key);
    if (!match) continue;
    let rest = match[1]!;
    // "CA Agglo du Pays de Dreux": strip every prefix of the same kind.
    while ((match = pattern.exec(rest))) rest = match[1]!;
    return { kind, key: rest };
  }
  return undefined;
}

type Index<T> = Map<string, T[]>;

function add<T>(index: Index<T>, key: string, value: T) {
  const list = index.get(key);
  if (!list) index.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

export interface Resolver {
  resolve(query: Query): Resolution;
  /** The candidate for an official code, or undefined. `kind` settles codes shared by a département and a région. */
  byCode(code: string, kind?: TerritoryKind): Candidate | undefined;
  /** The candidate for an existing territory file. */
  bySlug(slug: string): Candidate | undefined;
}

/** Indexes the territory files and the reference once; resolving is then a few map lookups. */
export function createResolver(territories: readonly ResolvedTerritory[], ref: Reference): Resolver {
  const regionDepartements = new Map<string, string[]>();
  for (const d of ref.departements.values()) add(regionDepartements, d.region ?? '', d.code);

  const fromCommune = (c: CommuneRef, via?: string): Candidate => ({
    kind: 'commune',
    code: c.code,
    name: c.name,
    departements: [c.departement],
    via,
  });
  const fromEpci = (e: EpciRef): Candidate => ({
    kind: 'epci',
    code: e.code,
    name: e.name,
    departements: [...new Set(e.members.flatMap((m) => ref.communes.get(m)?.departement ?? []))].sort(),
  });
  const fromDepartement = (d: AreaRef): Candidate => ({ kind: 'departement', code: d.code, name: d.name, departements: [d.code] });
  const fromRegion = (r: AreaRef): Candidate => ({
    kind: 'region',
    code: r.code,
    name: r.name,
    departements: regionDepartements.get(r.code) ?? [],
  });
  const fromFile = (t: ResolvedTerritory): Candidate => ({
    kind: t.kind,
    code: t.code,
    name: t.name,
    departements: t.footprint.length ? t.footprint : t.departement ? [t.departement.code] : [],
    slug: t.slug,
  });

  const files: Index<Candidate> = new Map();
  const fileByCode = new Map<string, Candidate[]>();
  const fileBySlug = new Map<string, Candidate>();
  for (const t of territories) {
    const candidate = fromFile(t);
    fileBySlug.set(t.slug, candidate);
    if (t.code) add(fileByCode, t.code, candidate);
    for (const name of [t.slug.replace(/-/g, ' '), t.name, t.officialName, ...t.formerNames]) {
      if (!name) continue;
      const key = nameKey(name);
      add(files, key, candidate);
      const stripped = stripKindPrefix(key);
      if (stripped) add(files, stripped.key, candidate);
    }
  }
  const exactCommunes: Index<CommuneRef> = new Map();
  const communes: Index<CommuneRef> = new Map();
  for (const c of ref.communes.values()) {
    add(exactCommunes, c.name, c);
    add(communes, nameKey(c.name), c);
  }
  const formers: Index<Candidate> = new Map();
  for (const f of ref.formerCommunes) {
    const current = ref.communes.get(f.current);
    if (current && nameKey(current.name) !== nameKey(f.name))
      add(formers, nameKey(f.name), fromCommune(current, `ancienne commune « ${f.name} », aujourd’hui ${current.name}`));
  }
  const epcis: Index<EpciRef> = new Map();
  for (const e of ref.epcis.values()) {
    const key = nameKey(e.name);
    add(epcis, key, e);
    const stripped = stripKindPrefix(key);
    if (stripped) add(epcis, stripped.key, e);
  }
  const departements: Index<AreaRef> = new Map();
  for (const d of ref.departements.values()) add(departements, nameKey(d.name), d);
  const regions: Index<AreaRef> = new Map();
  for (const r of ref.regions.values()) add(regions, nameKey(r.name), r);

  /** Tiers in order; each returns the candidates a key designates. */
  const tiers: Array<{ find: (key: string, raw: string) => Candidate[] }> = [
    { find: (key) => files.get(key) ?? [] },
    { find: (_key, raw) => (exactCommunes.get(raw) ?? []).map((c) => fromCommune(c)) },
    { find: (key) => (communes.get(key) ?? []).map((c) => fromCommune(c)) },
    { find: (key) => formers.get(key) ?? [] },
    { find: (key) => (epcis.get(key) ?? []).map(fromEpci) },
    // AREA_TIERS: the départements and régions come last.
    { find: (key) => (departements.get(key) ?? []).map(fromDepartement) },
    { find: (key) => (regions.get(key) ?? []).map(fromRegion) },
  ];

  const AREA_TIERS = tiers.length - 2;

  function byCode(code: string, kind?: TerritoryKind): Candidate | undefined {
    const files = (fileByCode.get(code) ?? []).filter((c) => !kind || c.kind === kind);
    if (files.length === 1) return files[0];
    if (/^(\d{5}|2[AB]\d{3})$/.test(code) && (!kind || kind === 'commune')) {
      const commune = ref.communes.get(code);
      if (commune) return fromCommune(commune);
      const former = ref.formerCommunes.find((f) => f.code === code);
      const current = former && ref.communes.get(former.current);
      if (current) return fromCommune(current, `ancienne commune « ${former.name} » (${code}), aujourd’hui ${current.name}`);
    }
    if (/^\d{9}$/.test(code) && ref.epcis.has(code)) return fromEpci(ref.epcis.get(code)!);
    if (kind === 'region' && ref.regions.has(code)) return fromRegion(ref.regions.get(code)!);
    if ((!kind || kind === 'departement') && ref.departements.has(code)) return fromDepartement(ref.departements.get(code)!);
    return undefined;
  }

  function resolve(query: Query): Resolution {
    if (query.code) {
      const candidate = byCode(query.code, query.kind);
      if (candidate) return { status: 'found', candidate };
      const padded = paddedCodes(query.code)
        .map((code) => ({ code, candidate: byCode(code, query.kind) }))
        .find((p) => p.candidate);
      return padded
        ? { status: 'unknown', suggestions: [padded.candidate!], elsewhere: [], paddedCode: padded.code }
        : { status: 'unknown', suggestions: [], elsewhere: [] };
    }
    const raw = query.name.trim();
    const full = nameKey(raw);
    const stripped = stripKindPrefix(full);
    const allowed = (kind: TerritoryKind, hinted?: TerritoryKind) => (!query.kind || query.kind === kind) && (!hinted || hinted === kind);
    const inDepartement = (list: Candidate[]) =>
      query.departement ? list.filter((c) => c.departements.length === 0 || c.departements.includes(query.departement!)) : list;
    const elsewhere: Candidate[] = [];
    for (const [index, tier] of tiers.entries()) {
      let key = full;
      let hint: TerritoryKind | undefined;
      let found = tier.find(full, raw).filter((c) => allowed(c.kind));
      if (found.length === 0 && stripped) {
        ({ key, kind: hint } = stripped);
        found = tier.find(key, raw).filter((c) => allowed(c.kind, hint));
      }
      if (found.length === 0) continue;
      const here = inDepartement(found);
      if (here.length === 0) {
        elsewhere.push(...found);
        continue;
      }
      // A commune or an EPCI named like a département or a région ("Mayenne", "Bretagne") is never picked silently.
      const areas =
        index > 0 && index < AREA_TIERS
          ? inDepartement(tiers.slice(AREA_TIERS).flatMap((t) => t.find(key, raw).filter((c) => allowed(c.kind, hint))))
          : [];
      if (here.length + areas.length > 1) return { status: 'ambiguous', candidates: [...here, ...areas] };
      const candidate = here[0]!;
      // A territory file found by a name that several communes share is only trusted with a département.
      const homonyms = index === 0 && !query.departement ? (communes.get(full) ?? []).filter((c) => c.code !== candidate.code) : [];
      if (homonyms.length > 0) return { status: 'ambiguous', candidates: [candidate, ...homonyms.map((c) => fromCommune(c))] };
      return { status: 'found', candidate };
    }
    return { status: 'unknown', suggestions: suggest(raw, query.departement, query.kind ?? stripped?.kind), elsewhere: dedupe(elsewhere) };
  }

  let pool: Array<{ key: string; candidate: Candidate }> | undefined;
  /** Every name a suggestion can come from, keyed once (about 40,000 names). */
  const suggestionPool = () =>
    (pool ??= [
      ...[...fileBySlug.values()].map((candidate) => ({
        key: stripKindPrefix(nameKey(candidate.name))?.key ?? nameKey(candidate.name),
        candidate,
      })),
      ...[...communes].flatMap(([key, list]) => list.map((c) => ({ key, candidate: fromCommune(c) }))),
      ...[...epcis].flatMap(([key, list]) => list.map((e) => ({ key, candidate: fromEpci(e) }))),
      ...[...departements].flatMap(([key, list]) => list.map((d) => ({ key, candidate: fromDepartement(d) }))),
    ]);

  /**
   * Up to five close names among territory files, communes (of the département, if given), EPCI and
   * départements, of the row’s kind if given: a typo, or a name holding the other as whole words.
   * Only the closest are kept (within one of the best), so that a clear match stands alone.
   */
  function suggest(raw: string, departement?: string, kind?: TerritoryKind): Candidate[] {
    const query = stripKindPrefix(nameKey(raw))?.key ?? nameKey(raw);
    const scored: Array<{ distance: number; candidate: Candidate }> = [];
    for (const { key, candidate } of suggestionPool()) {
      if (departement && candidate.departements.length > 0 && !candidate.departements.includes(departement)) continue;
      if (kind && kindGroup(candidate.kind) !== kindGroup(kind)) continue;
      const distance = nameDistance(query, key);
      if (distance !== undefined) scored.push({ distance, candidate });
    }
    scored.sort(
      (a, b) =>
        a.distance - b.distance ||
        Number(!a.candidate.slug) - Number(!b.candidate.slug) ||
        a.candidate.name.localeCompare(b.candidate.name, 'fr'),
    );
    const best = scored[0]?.distance ?? 0;
    return dedupe(scored.filter((s) => s.distance <= best + 1).map((s) => s.candidate)).slice(0, 5);
  }

  return { resolve, byCode, bySlug: (slug) => fileBySlug.get(slug) };
}

/** Syndicats and other bodies are told apart by editors only loosely: one group for suggestions. */
const kindGroup = (kind: TerritoryKind) => (kind === 'autre' ? 'syndicat' : kind);

/** The codes a spreadsheet may have meant when it dropped leading zeros: "1001" → "01001", "1" → "01". */
function paddedCodes(code: string): string[] {
  if (!/^\d+$/.test(code)) return [];
  return [2, 5, 9].filter((length) => code.length < length).map((length) => code.padStart(length, '0'));
}

/** Keeps one candidate per collectivité, the territory file first when there is one. */
function dedupe(candidates: Candidate[]): Candidate[] {
  const seen = new Set<string>();
  const filesFirst = [...candidates].sort((a, b) => Number(!a.slug) - Number(!b.slug));
  const kept = new Set(
    filesFirst.filter((c) => {
      const id = c.code ? `${c.kind}:${c.code}` : `fichier:${c.slug}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    }),
  );
  return candidates.filter((c) => kept.has(c));
}

const KIND_NAMES: Record<TerritoryKind, string> = {
  commune: 'commune',
  epci: 'EPCI',
  departement: 'département',
  region: 'région',
  syndicat: 'syndicat',
  autre: 'organisme',
};

/** "Saint-Joseph (commune 97412, dép. 974)", "rennes-metropole (déjà dans l’atlas : Rennes Métropole, EPCI 243500139)". */
export function describeCandidate(c: Candidate): string {
  const identity = `${KIND_NAMES[c.kind]}${c.code ? ` ${c.code}` : ''}${c.kind === 'commune' || c.kind === 'epci' ? departementsNote(c) : ''}`;
  return c.slug ? `${c.slug} (déjà dans l’atlas : ${c.name}, ${identity})` : `${c.name} (${identity})`;
}

function departementsNote(c: Candidate): string {
  if (c.departements.length === 0) return '';
  return c.departements.length === 1 ? `, dép. ${c.departements[0]}` : `, dép. ${c.departements.join('/')}`;
}
