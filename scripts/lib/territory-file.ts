// The territory file of a first-time entrant: its slug (file name) and its YAML text.
import { Document, isScalar } from 'yaml';
import { slugify } from '../../src/lib/text';
import { nameKey, stripKindPrefix, type Candidate } from './resolve-territory';

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
  if (c.kind === 'epci') return slugify(stripKindPrefix(nameKey(c.name))?.key ?? c.name);
  return slugify(c.name);
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
