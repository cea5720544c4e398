// "Ma commune est-elle concernée ?": the commune lookup shared by the build (which writes the
// lookup files) and the browser (which reads them). Pure functions: query parsing, the keys a
// commune is found under, which lookup file to load, and ranking.
import { expandAbbreviations, foldText } from '../text';
import type { CoverageIndex } from './coverage';

/**
 * One commune as shipped to the browser, as a compact array:
 * [INSEE code, name, département code, postal codes (space-separated), population, EPCI SIREN ('' if none),
 *  former or delegated name it was found under, that former commune's INSEE code].
 */
export type CommuneRow =
  | [code: string, name: string, departement: string, postalCodes: string, population: number, epci: string]
  | [code: string, name: string, departement: string, postalCodes: string, population: number, epci: string, via: string, viaCode: string];

/** One lookup file: communes, the names of the EPCI they belong to, and what covers them. */
export interface LookupShard {
  /** EPCI names by SIREN, for the communes of this file. */
  epcis: Record<string, string>;
  communes: CommuneRow[];
  /**
   * The labelled bodies covering this file's communes (the part of the coverage index they need):
   * a query loads a few small files, never the list of every labelled body.
   */
  coverage?: CoverageIndex;
}

/** A commune row with named fields. */
export interface CommuneRecord {
  code: string;
  name: string;
  departement: string;
  postalCodes: string[];
  population: number;
  epci?: { code: string; name: string };
  /** The former or delegated commune whose name or code matched the query. */
  via?: { name: string; code: string };
  /** What covers it, from its lookup file (resolveCoverage reads it before the index's). */
  coverage?: CoverageIndex;
}

/** Reads a row of a lookup file (with the file's coverage, when it has one). */
export function readRow(row: CommuneRow, epcis: Record<string, string>, coverage?: CoverageIndex): CommuneRecord {
  const [code, name, departement, postalCodes, population, epci, via, viaCode] = row;
  return {
    code,
    name,
    departement,
    postalCodes: postalCodes ? postalCodes.split(' ') : [],
    population,
    epci: epci ? { code: epci, name: epcis[epci] ?? epci } : undefined,
    via: via && viaCode ? { name: via, code: viaCode } : undefined,
    ...(coverage ? { coverage } : {}),
  };
}

/** Length of the code prefix that names a code lookup file ("381" for 38130 and 38151). */
export const CODE_KEY_LENGTH = 3;
/** Shortest name query (folded letters) that is looked up. */
export const MIN_NAME_LENGTH = 2;
/** A name query matching more lookup files than this is too broad: the reader is asked for more letters. */
export const MAX_NAME_SHARDS = 4;

export type LookupQuery =
  | { kind: 'empty' }
  /** A postal or INSEE code, complete or not (uppercase, no spaces). */
  | { kind: 'code'; code: string }
  /** A name, folded without spaces; optionally narrowed by a trailing département or postal code. */
  | { kind: 'name'; key: string; departement?: string; postalCode?: string }
  /** Too short to look up. */
  | { kind: 'short'; expects: 'code' | 'name' };

const CODE = /^(\d{2,5}|2[ab]\d{0,3})$/;
const DEPARTEMENT = /^(\d{2}|2[ab]|97\d)$/;

/**
 * Reads what a person typed: a code (`38130`, `38 151`, `2A004`) or a name (`st martin d'uriage`),
 * optionally followed by a département or postal code (`fontaine 38`, `saint joseph 97480`).
 */
export function parseLookupQuery(raw: string): LookupQuery {
  const words = foldText(raw).split(' ').filter(Boolean);
  if (words.length === 0) return { kind: 'empty' };
  const compact = words.join('');
  if (/^[\dab]+$/.test(compact) && /\d/.test(compact) && (CODE.test(compact) || compact.length < 2)) {
    return compact.length < CODE_KEY_LENGTH ? { kind: 'short', expects: 'code' } : { kind: 'code', code: compact.toUpperCase() };
  }
  let departement: string | undefined;
  let postalCode: string | undefined;
  const last = words.at(-1)!;
  if (words.length > 1 && DEPARTEMENT.test(last)) departement = words.pop()!.toUpperCase();
  else if (words.length > 1 && /^\d{5}$/.test(last)) postalCode = words.pop();
  const key = expandAbbreviations(words.join(' ')).replace(/ /g, '');
  if (key.length < MIN_NAME_LENGTH) return { kind: 'short', expects: 'name' };
  return { kind: 'name', key, departement, postalCode };
}

const ARTICLE = /^(le|la|les|l) (?=.)/;

/** The folded keys a name is found under: the full name, and without its article (`Le Havre` → `havre`). */
export function nameKeys(name: string): string[] {
  const folded = foldText(name);
  const keys = [folded.replace(/ /g, '')];
  if (ARTICLE.test(folded)) keys.push(folded.replace(ARTICLE, '').replace(/ /g, ''));
  return keys;
}

/**
 * The name lookup files to load for a folded name key. Files hold consecutive runs of sorted keys:
 * file `shardKeys[i]` holds the keys from `shardKeys[i]` (included) to `shardKeys[i + 1]` (excluded).
 */
export function nameShardsFor(key: string, shardKeys: readonly string[]): string[] {
  return shardKeys.filter((start, i) => {
    const next = shardKeys[i + 1];
    return (start <= key && (next === undefined || key < next)) || start.startsWith(key);
  });
}

/** The code lookup file for a code query, when it exists. */
export function codeShardFor(code: string, shardKeys: readonly string[]): string | undefined {
  const key = code.slice(0, CODE_KEY_LENGTH);
  return shardKeys.includes(key) ? key : undefined;
}

export interface CommuneMatch {
  commune: CommuneRecord;
  /** 0: exact name or code, 1: beginning of a name or code. */
  score: number;
}

/**
 * The communes matching a query, best first: exact matches before partial ones, then the most
 * populated (a citizen of Saint-Joseph, La Réunion, is likelier than one of Saint-Joseph, Manche),
 * then by name. A commune appears once, under its best match.
 */
export function matchCommunes(query: LookupQuery, shards: LookupShard[], limit = 20): CommuneMatch[] {
  if (query.kind !== 'code' && query.kind !== 'name') return [];
  const best = new Map<string, CommuneMatch>();
  for (const shard of shards) {
    for (const row of shard.communes) {
      const commune = readRow(row, shard.epcis, shard.coverage);
      const score = query.kind === 'code' ? codeScore(query.code, commune) : nameScore(query, commune);
      if (score === undefined) continue;
      const previous = best.get(commune.code);
      if (!previous || score < previous.score || (score === previous.score && previous.commune.via && !commune.via))
        best.set(commune.code, { commune, score });
    }
  }
  return [...best.values()]
    .sort(
      (a, b) =>
        a.score - b.score ||
        b.commune.population - a.commune.population ||
        a.commune.name.localeCompare(b.commune.name, 'fr') ||
        a.commune.departement.localeCompare(b.commune.departement),
    )
    .slice(0, limit);
}

function codeScore(code: string, commune: CommuneRecord): number | undefined {
  const codes = [commune.code, ...commune.postalCodes, ...(commune.via ? [commune.via.code] : [])];
  if (codes.includes(code)) return 0;
  return codes.some((c) => c.startsWith(code)) ? 1 : undefined;
}

function nameScore(query: Extract<LookupQuery, { kind: 'name' }>, commune: CommuneRecord): number | undefined {
  if (query.departement && commune.departement !== query.departement) return undefined;
  if (query.postalCode && !commune.postalCodes.includes(query.postalCode)) return undefined;
  const keys = nameKeys(commune.via?.name ?? commune.name);
  if (keys.includes(query.key)) return 0;
  return keys.some((k) => k.startsWith(query.key)) ? 1 : undefined;
}
