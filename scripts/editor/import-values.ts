// Reads the cells of a results spreadsheet: distinction (by id, name or "Niveau 3"), mentions,
// département (code or name), kind and confidence. Each reader returns a value or a French error.
import type { Reference } from '../../src/lib/reference/reference';
import { closestMatches, foldText } from '../../src/lib/text';
import { textsSimilar } from './similarity';
import type { Confidence } from '../../src/schemas/common';
import { UNKNOWN_DISTINCTION, type Distinction, type Mention } from '../../src/schemas/edition';
import { TERRITORY_KINDS, type TerritoryKind } from '../../src/schemas/territory';

export type Read<T> = { ok: true; value: T } | { ok: false; message: string; suggestion?: string };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const fail = (message: string, suggestion?: string): Read<never> => ({ ok: false, message, suggestion });

const UNKNOWN_WORDS = ['inconnue', 'inconnu', 'non connue', 'non connu', 'nc', 'n c', 'unknown'];

/** A distinction of the scale by id, name or short form ("5", "Niveau 5", "or", "Or"), or null for "inconnue". */
export function readDistinction(cell: string, scale: readonly Distinction[], year: number): Read<string | null> {
  const key = foldText(cell);
  const expected = `${scale.map((d) => (d.label === d.id ? d.id : `${d.id} (${d.label})`)).join(', ')} ou ${UNKNOWN_DISTINCTION}`;
  if (!key)
    return fail(
      'distinction manquante',
      `écrivez ${scale.map((d) => d.id).join(', ')}, ou ${UNKNOWN_DISTINCTION} si la source dit que la collectivité est distinguée sans donner sa distinction`,
    );
  if (UNKNOWN_WORDS.includes(key) || cell.trim() === '?') return ok(null);
  const find = (k: string) => scale.find((d) => [d.id, d.label, d.short].some((v) => v !== undefined && foldText(v) === k));
  const found = find(key) ?? find(/^(?:niveau|level|n)\s*(\S+)$/.exec(key)?.[1] ?? '');
  if (found) return ok(found.id);
  return fail(`distinction « ${cell} » absente de l’échelle de l’édition ${year}`, `attendu : ${expected}`);
}

/** A mention of a cell that the edition does not declare, with the declared ones it resembles. */
export interface UnknownMention {
  text: string;
  close: Mention[];
}

/**
 * The mentions of a cell, by id or name, separated by semicolons, "|", "+" or line breaks, or by
 * commas when a comma does not belong to a declared name (« Promotion, communication et … »).
 */
export function readMentions(cell: string, mentions: readonly Mention[]): { ids: string[]; unknown: UnknownMention[] } {
  const ids: string[] = [];
  const unknown: UnknownMention[] = [];
  const exact = (text: string) => {
    const key = foldText(text);
    return mentions.find((m) => foldText(m.id) === key || foldText(m.label) === key);
  };
  const close = (text: string) => mentions.filter((m) => textsSimilar(text, m.label) || textsSimilar(text, m.id));
  const take = (id: string) => void (ids.includes(id) || ids.push(id));
  for (const segment of cell.split(/[;|\n+]/).map((p) => p.trim())) {
    if (!segment) continue;
    const parts = segment
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
    const found: Mention[] = [];
    const missing: string[] = [];
    // Longest run of comma-separated parts first: a declared name may hold a comma.
    for (let i = 0; i < parts.length;) {
      let j = parts.length;
      let match: Mention | undefined;
      while (j > i && !(match = exact(parts.slice(i, j).join(', ')))) j--;
      if (match) {
        found.push(match);
        i = j;
      } else missing.push(parts[i++]!);
    }
    const similarWhole = parts.length > 1 && missing.length > 0 ? close(segment) : [];
    if (similarWhole.length > 0) unknown.push({ text: segment, close: similarWhole });
    else {
      for (const m of found) take(m.id);
      for (const text of missing) unknown.push({ text, close: close(text) });
    }
  }
  return { ids, unknown };
}

/** The label to declare for a mention typed in a cell: as written, with a capital first letter. */
export function mentionLabel(text: string): string {
  const base = text === text.toUpperCase() && text !== text.toLowerCase() ? text.toLowerCase() : text;
  return base.charAt(0).toUpperCase() + base.slice(1);
}

/** A year from a "année" cell: four digits. */
export function readYear(cell: string): Read<number> {
  const text = cell.trim();
  if (!text) return fail('année manquante', 'complétez la cellule (ex. 2024) ou supprimez la ligne');
  return /^\d{4}$/.test(text) ? ok(Number(text)) : fail(`année « ${text} » invalide`, 'attendu : quatre chiffres (ex. 2024)');
}

/** A département code from "38", "2a", "01", "974", "Isère", "Isère (38)" or "38 - Isère"; empty gives undefined. */
export function readDepartement(cell: string, ref: Reference): Read<string | undefined> {
  const text = cell.trim();
  if (!text) return ok(undefined);
  const code = /^\(?(\d{1,3}|2[abAB])\)?(?:\s*[-–—:]\s*.*)?$/.exec(text)?.[1] ?? /\((\d{1,3}|2[abAB])\)\s*$/.exec(text)?.[1];
  if (code) {
    const normal = code.toUpperCase().padStart(2, '0');
    return ref.departements.has(normal) ? ok(normal) : fail(`aucun département n’a le code « ${code} »`);
  }
  const key = foldText(text);
  const byName = [...ref.departements.values()].find((d) => foldText(d.name) === key);
  if (byName) return ok(byName.code);
  const close = closestMatches(
    text,
    [...ref.departements.values()].map((d) => d.name),
  );
  return fail(
    `département « ${text} » inconnu`,
    close.length
      ? `vouliez-vous dire ${close.map((n) => `« ${n} »`).join(' ou ')} ? (ou indiquez son numéro)`
      : 'indiquez son numéro (ex. 38)',
  );
}

const KIND_WORDS: Record<string, TerritoryKind> = {
  commune: 'commune',
  ville: 'commune',
  epci: 'epci',
  intercommunalite: 'epci',
  'communaute de communes': 'epci',
  'communaute d agglomeration': 'epci',
  'communaute urbaine': 'epci',
  metropole: 'epci',
  cc: 'epci',
  ca: 'epci',
  cu: 'epci',
  departement: 'departement',
  'conseil departemental': 'departement',
  region: 'region',
  'conseil regional': 'region',
  syndicat: 'syndicat',
  'syndicat mixte': 'syndicat',
  autre: 'autre',
};

/** A territory kind from "Commune", "Intercommunalité", "Département"…; empty gives undefined. */
export function readKind(cell: string): Read<TerritoryKind | undefined> {
  const key = foldText(cell);
  if (!key) return ok(undefined);
  const kind = KIND_WORDS[key];
  return kind ? ok(kind) : fail(`type « ${cell} » inconnu`, `attendu : ${TERRITORY_KINDS.join(', ')} (ou intercommunalité, ville…)`);
}

const CONFIDENCE_WORDS: Record<string, Confidence> = {
  high: 'high',
  haute: 'high',
  elevee: 'high',
  forte: 'high',
  officielle: 'high',
  medium: 'medium',
  moyenne: 'medium',
  low: 'low',
  faible: 'low',
  basse: 'low',
};

/** A confidence from "high", "haute", "moyenne", "faible"…; empty gives undefined. */
export function readConfidence(cell: string): Read<Confidence | undefined> {
  const key = foldText(cell);
  if (!key) return ok(undefined);
  const value = CONFIDENCE_WORDS[key];
  return value ? ok(value) : fail(`confiance « ${cell} » inconnue`, 'attendu : high (haute), medium (moyenne) ou low (faible)');
}
