// The territory file of a first-time entrant: its slug (file name) and its YAML text.
import { Document, isScalar } from 'yaml';
import { nameKey, slugify } from '../../src/lib/text';
import { stripKindPrefix, type Candidate } from './territory-matcher';

export const TERRITORY_HEADER = 'yaml-language-server: $schema=../../public/schemas/territory.schema.json';

/**
 * Slugs for new territories: the name ("saint-joseph"; an EPCI without "CC du"…); on a clash with an
 * existing file or another newcomer, the département is added ("saint-joseph-50"), or the full EPCI name.
 */
export function assignSlugs(newcomers: readonly Candidate[], taken: ReadonlySet<string>): string[] {
  const bases = newcomers.map(baseSlug);
  const used = new Set(taken);
  return newcomers.map((candidate, index) => {
    const base = bases[index]!;
    const clash = used.has(base) || bases.filter((b) => b === base).length > 1;
    let slug = clash ? fallbackSlug(candidate, base) : base;
    for (let n = 2; used.has(slug); n++) slug = `${clash ? fallbackSlug(candidate, base) : base}-${n}`;
    used.add(slug);
    return slug;
  });
}

function baseSlug(c: Candidate): string {
  if (c.kind !== 'epci') return slugify(c.name);
  // Without its "CA du", a name of one short word says nothing ("CA du Sud" → ca-du-sud, not sud).
  const stripped = slugify(stripKindPrefix(nameKey(c.name))?.key ?? c.name);
  return /^[a-z0-9]{1,4}$/.test(stripped) ? slugify(nameKey(c.name)) : stripped;
}

function fallbackSlug(c: Candidate, base: string): string {
  switch (c.kind) {
    case 'commune':
      return `${base}-${c.departements[0]!.toLowerCase()}`;
    case 'epci':
      return slugify(c.name) === base ? `${base}-${c.code}` : slugify(c.name);
    case 'departement':
    case 'region':
      return `${c.kind}-${base}`;
    default:
      return `${base}-${c.kind}`;
  }
}

/** "Département de la Gironde" from the INSEE linking type (TNCC) of the département's name. */
export function departementTitle(name: string, typeLiaison: number | undefined): string {
  const linking = ['de ', 'd’', 'du ', 'de la ', 'des ', 'de l’', 'des ', 'de las ', 'de los '][typeLiaison ?? 0] ?? 'de ';
  return `Département ${linking.replace('’', "'")}${name}`;
}

/** The YAML of a new territory file: kind and official code; a title for départements and régions. */
export function territoryFileText(c: Candidate, options: { name?: string; formerNames?: string[] } = {}): string {
  const data: Record<string, unknown> = { kind: c.kind, code: c.code };
  if (options.name) data.name = options.name;
  if (options.formerNames?.length) data.formerNames = options.formerNames;
  const doc = new Document(data);
  // Codes stay quoted strings, like in the existing files, so that YAML keeps their leading zeros ("05074").
  const code = doc.get('code', true);
  if (isScalar(code)) code.type = 'QUOTE_DOUBLE';
  return `# ${TERRITORY_HEADER}\n${doc.toString({ lineWidth: 0 })}`;
}

/**
 * The file an editor writes by hand for a body the COG does not list (a syndicat, a national park):
 * its name, its kind (`autre` when the row does not say) and placeholders for the SIREN and the
 * seat, that check:content refuses until they are filled in.
 */
export function handMadeTerritoryText(name: string, kind: 'syndicat' | 'autre' | undefined): string {
  const doc = new Document({ kind: kind ?? 'autre', name, code: '<SIREN>', seat: '<code INSEE du siège>' });
  for (const key of ['code', 'seat']) {
    const node = doc.get(key, true);
    if (isScalar(node)) node.type = 'QUOTE_DOUBLE';
  }
  if (!kind) {
    const node = doc.get('kind', true);
    if (isScalar(node)) node.comment = ' ou syndicat';
  }
  return `# ${TERRITORY_HEADER}\n${doc.toString({ lineWidth: 0 })}`;
}
