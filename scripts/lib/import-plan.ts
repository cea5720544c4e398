// `edition:import` without the command line: reads a results spreadsheet, resolves every name to a
// territory with the COG, and plans the files to write (the edition, the files of first-time
// entrants). Any problem blocks the whole plan: the command then writes nothing.
import { isSeq, parseDocument, type Document } from 'yaml';
import { parseEntry } from '../../src/lib/content-files';
import type { Reference } from '../../src/lib/reference';
import { resolveTerritory } from '../../src/lib/territories';
import { foldText } from '../../src/lib/text';
import { validateContent, type ContentSet, type Problem } from '../../src/lib/validate';
import { urlSchema } from '../../src/schemas/common';
import { editionSchema, UNKNOWN_DISTINCTION, type Distinction, type Mention } from '../../src/schemas/edition';
import { territorySchema } from '../../src/schemas/territory';
import { yamlId } from './edition-scaffold';
import { COLUMN_LABELS, mapColumns, type ColumnField } from './import-columns';
import { readConfidence, readDepartement, readDistinction, readKind, readMentions, type Read } from './import-values';
import { createResolver, describeCandidate, nameKey, stripKindPrefix, type Candidate, type Resolver } from './resolve-territory';
import { decodeSpreadsheet, parseTable, SpreadsheetError, type Table } from './spreadsheet';
import { assignSlugs, departementTitle, territoryFileText } from './territory-file';

type Confidence = 'high' | 'medium' | 'low';

export interface ImportInput {
  year: number;
  /** The spreadsheet, named as the editor typed it. */
  csv: { file: string; bytes: Uint8Array };
  /** Optional mapping file: name in the spreadsheet → territory slug or official code. */
  mapping?: { file: string; bytes: Uint8Array };
  /** The edition file, as named in messages; `text` is undefined when it does not exist. */
  edition: { file: string; text: string | undefined };
  /** The territories folder, as named in messages (`content/territories`). */
  territoriesDir: string;
  content: ContentSet;
  reference: Reference;
  /** INSEE linking type of each département's name, for "Département de la Gironde". */
  departementLinking: ReadonlyMap<string, number>;
  options: { source?: string; confidence?: Confidence; replace?: boolean };
}

export interface PlannedChange {
  file: string;
  content: string;
  mode: 'create' | 'update';
  summary: string;
}

export interface ImportPlan {
  /** How the spreadsheet was read: encoding, separator, columns, defaults. */
  read: string[];
  /** One line per row: the name and what it was resolved to. */
  matches: string[];
  /** Blocking: nothing is written while there is one. */
  problems: Problem[];
  /** Not blocking: problems the edition already had, unused mappings. */
  warnings: Problem[];
  changes: PlannedChange[];
}

interface Row {
  line: number;
  name: string;
  candidate: Candidate;
  distinction: string | null;
  mentions: string[];
  source: string;
  confidence: Confidence;
  note?: string;
}

interface EditionFile {
  doc: Document;
  scale: Distinction[];
  mentions: Mention[];
  defaultSource?: string;
  existing: Array<{ territory: string; distinction: string | null; mentions: string[] }>;
}

/** Plans the import; `changes` is empty whenever `problems` is not. */
export function planImport(input: ImportInput): ImportPlan {
  const plan: ImportPlan = { read: [], matches: [], problems: [], warnings: [], changes: [] };
  const edition = readEditionFile(input, plan);
  const table = readSpreadsheet(input, plan);
  if (!table) return plan;
  const { columns, problems } = mapColumns(table.header);
  for (const p of problems)
    plan.problems.push({
      file: input.csv.file,
      field: p.column ? `en-tête, colonne « ${p.column} »` : 'en-tête',
      message: p.message,
      suggestion: p.suggestion,
    });
  if (problems.length > 0 || !edition) return plan;
  plan.read.push(
    `colonnes : ${(Object.entries(columns) as [ColumnField, number][]).map(([field, index]) => `« ${table.header[index]} » → ${COLUMN_LABELS[field]}`).join(', ')}`,
  );
  plan.read.push(describeDefaults(input, edition, columns.source !== undefined, columns.confidence !== undefined));

  const territories = input.content.territories.map((t) => resolveTerritory(t.id, t.data, input.reference));
  const resolver = createResolver(territories, input.reference);
  const mapping = readMapping(input, resolver, plan);
  const rows = table.rows.flatMap((row) => readRow(row, columns, input, edition, resolver, mapping, plan));
  reportDuplicates(rows, input.csv.file, plan);
  for (const entry of mapping.values())
    if (!entry.used)
      plan.warnings.push({
        file: input.mapping!.file,
        field: `ligne ${entry.line}`,
        message: `« ${entry.name} » n’apparaît pas dans le tableau : ligne inutilisée`,
      });

  // The rows that resolved are listed even when others have problems: the editor sees everything at once.
  const newcomers = [...new Map(rows.filter((r) => !r.candidate.slug).map((r) => [`${r.candidate.kind}:${r.candidate.code}`, r])).values()];
  const slugs = assignSlugs(
    newcomers.map((r) => r.candidate),
    new Set(input.content.territories.map((t) => t.id)),
  );
  const slugOf = new Map(newcomers.map((r, i) => [`${r.candidate.kind}:${r.candidate.code}`, slugs[i]!]));
  const slug = (r: Row) => r.candidate.slug ?? slugOf.get(`${r.candidate.kind}:${r.candidate.code}`)!;
  for (const r of rows) {
    const target = r.candidate.slug
      ? `${r.candidate.slug} (déjà dans l’atlas)`
      : `nouveau fichier ${slug(r)}.yaml : ${describeCandidate(r.candidate)}`;
    plan.matches.push(`ligne ${r.line} : « ${r.name} » → ${target}${r.candidate.via ? ` — ${r.candidate.via}` : ''}`);
  }
  if (plan.problems.length > 0) return plan;
  const added = compareWithExisting(rows, slug, edition, input, plan);
  if (plan.problems.length > 0) return plan;

  const territoryFiles = newcomers.map((r, i) => ({
    file: `${input.territoriesDir}/${slugs[i]}.yaml`,
    id: slugs[i]!,
    text: territoryFileText(r.candidate, {
      name: titleOf(r.candidate, input.departementLinking),
      formerNames: r.candidate.via && r.name !== r.candidate.name ? [r.name] : undefined,
    }),
    candidate: r.candidate,
  }));
  const editionText = writeResults(edition, added, slug, input.options.replace === true);
  checkResult(input, editionText, territoryFiles, plan);
  if (plan.problems.length > 0) return plan;
  const replaced = input.options.replace ? edition.existing.length : 0;
  if (added.length === 0 && replaced === 0) return plan;
  plan.changes.push({
    file: input.edition.file,
    content: editionText,
    mode: 'update',
    summary: `${input.edition.file} : ${added.length} résultat(s) ajouté(s)${replaced ? `, ${replaced} ancien(s) résultat(s) remplacé(s)` : ''}`,
  });
  for (const t of territoryFiles)
    plan.changes.push({ file: t.file, content: t.text, mode: 'create', summary: `${t.file} : ${describeCandidate(t.candidate)}` });
  return plan;
}

function readEditionFile(input: ImportInput, plan: ImportPlan): EditionFile | undefined {
  const { file, text } = input.edition;
  const fail = (message: string, suggestion?: string) => void plan.problems.push({ file, message, suggestion });
  if (text === undefined)
    return fail(`l’édition ${input.year} n’existe pas encore`, `créez-la d’abord : npm run edition:new -- ${input.year}`);
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0)
    return fail(`YAML invalide : ${doc.errors[0]!.message.split('\n')[0]}`, 'corrigez-le d’abord (npm run content:check)');
  const data = (doc.toJS() ?? {}) as Record<string, unknown>;
  if (data.year !== input.year)
    return fail(`l’année indiquée dans le fichier (${String(data.year)}) n’est pas ${input.year}`, 'corrigez « year »');
  const scale = editionSchema.shape.scale.safeParse(data.scale);
  const mentions = editionSchema.shape.mentions.safeParse(data.mentions);
  if (!scale.success || !mentions.success)
    return fail('l’échelle (scale) ou les mentions de l’édition sont invalides', 'corrigez-les d’abord (npm run content:check)');
  const existing = Array.isArray(data.results) ? (data.results as Array<Record<string, unknown>>) : [];
  return {
    doc,
    scale: scale.data,
    mentions: mentions.data,
    defaultSource: (data.sources as Array<{ url?: string }> | undefined)?.[0]?.url,
    existing: existing.map((r) => ({
      territory: String(r.territory),
      distinction: String(r.distinction) === UNKNOWN_DISTINCTION ? null : String(r.distinction),
      mentions: Array.isArray(r.mentions) ? r.mentions.map(String) : [],
    })),
  };
}

function readSpreadsheet(input: ImportInput, plan: ImportPlan): Table | undefined {
  try {
    const { text, encoding } = decodeSpreadsheet(input.csv.bytes);
    const table = parseTable(text);
    const separator = table.separator === '\t' ? 'tabulation' : `« ${table.separator} »`;
    plan.read.push(`${input.csv.file} : encodage ${encoding}, séparateur ${separator}, ${table.rows.length} ligne(s) de résultats`);
    return table;
  } catch (error) {
    if (!(error instanceof SpreadsheetError)) throw error;
    plan.problems.push({ file: input.csv.file, message: error.message });
    return undefined;
  }
}

function describeDefaults(input: ImportInput, edition: EditionFile, sourceColumn: boolean, confidenceColumn: boolean): string {
  const source = input.options.source ?? edition.defaultSource;
  const sourceText = sourceColumn
    ? `source : colonne du tableau${source ? `, sinon ${source}` : ''}`
    : `source de chaque résultat : ${source ?? '(aucune : ajoutez une colonne source ou --source)'}${input.options.source ? '' : ' (première source de l’édition)'}`;
  const confidence = input.options.confidence ?? 'high';
  return `${sourceText} ; confiance : ${confidenceColumn ? `colonne du tableau, sinon ${confidence}` : confidence}${input.options.confidence ? '' : ' (par défaut)'}`;
}

interface MappingEntry {
  name: string;
  line: number;
  candidate: Candidate;
  used: boolean;
}

/** The mapping file: "nom;territoire" rows where territoire is a slug, a code, or "region:53". */
function readMapping(input: ImportInput, resolver: Resolver, plan: ImportPlan): Map<string, MappingEntry> {
  const entries = new Map<string, MappingEntry>();
  if (!input.mapping) return entries;
  const file = input.mapping.file;
  let table: Table;
  try {
    table = parseTable(decodeSpreadsheet(input.mapping.bytes).text);
  } catch (error) {
    if (!(error instanceof SpreadsheetError)) throw error;
    plan.problems.push({ file, message: error.message });
    return entries;
  }
  const header = table.header.map(foldText);
  const nameColumn = header.findIndex((h) => ['nom', 'collectivite', 'name', 'nom dans le tableau'].includes(h));
  const targetColumn = header.findIndex((h) => ['territoire', 'slug', 'code', 'correspondance', 'fichier', 'territory'].includes(h));
  if (nameColumn < 0 || targetColumn < 0) {
    plan.problems.push({
      file,
      field: 'en-tête',
      message: 'colonnes attendues : « nom » (le nom tel qu’écrit dans le tableau) et « territoire » (nom de fichier ou code officiel)',
      suggestion: 'première ligne : nom;territoire',
    });
    return entries;
  }
  for (const row of table.rows) {
    const name = row.cells[nameColumn] ?? '';
    const target = row.cells[targetColumn] ?? '';
    const prefixed = /^(commune|epci|departement|region)\s*:\s*(.+)$/.exec(target);
    const candidate = prefixed
      ? resolver.byCode(prefixed[2]!.toUpperCase(), prefixed[1] as Candidate['kind'])
      : (resolver.bySlug(target) ?? resolver.byCode(target.toUpperCase()));
    if (!name || !candidate) {
      plan.problems.push({
        file,
        field: `territoire (ligne ${row.line})`,
        message: name
          ? `« ${target} » n’est ni un fichier de content/territories ni un code officiel connu`
          : 'nom manquant dans la colonne « nom »',
        suggestion: 'indiquez le nom du fichier (ex. saint-joseph), un code INSEE ou SIREN, ou region:53 / departement:53',
      });
      continue;
    }
    entries.set(nameKey(name), { name, line: row.line, candidate, used: false });
  }
  return entries;
}

function readRow(
  row: Table['rows'][number],
  columns: Partial<Record<ColumnField, number>>,
  input: ImportInput,
  edition: EditionFile,
  resolver: Resolver,
  mapping: Map<string, MappingEntry>,
  plan: ImportPlan,
): Row[] {
  const cell = (field: ColumnField) => (columns[field] === undefined ? '' : (row.cells[columns[field]] ?? ''));
  const problem = (field: ColumnField, message: string, suggestion?: string) =>
    plan.problems.push({ file: input.csv.file, field: `${COLUMN_LABELS[field]} (ligne ${row.line})`, message, suggestion });
  let failed = false;
  const take = <T>(field: ColumnField, read: Read<T>): T | undefined => {
    if (read.ok) return read.value;
    problem(field, read.message, read.suggestion);
    failed = true;
    return undefined;
  };
  const name = cell('name');
  if (!name) {
    problem('name', 'nom de la collectivité manquant', 'complétez la cellule ou supprimez la ligne');
    return [];
  }
  const departement = take('departement', readDepartement(cell('departement'), input.reference));
  const kind = take('kind', readKind(cell('kind')));
  // Without a readable département or kind, resolving the name would only add misleading messages.
  const resolvable = !failed;
  const distinction = take('distinction', readDistinction(cell('distinction'), edition.scale, input.year));
  const mentions = take('mentions', readMentions(cell('mentions'), edition.mentions, input.year));
  const confidence = take('confidence', readConfidence(cell('confidence')));
  const source = cell('source') || input.options.source || edition.defaultSource;
  if (source === undefined || !urlSchema.safeParse(source).success)
    take<never>('source', {
      ok: false,
      message: source ? `source « ${source} » : attendu une adresse web complète (https://…)` : 'source manquante',
      suggestion: 'ajoutez une colonne source, ou donnez --source avec l’adresse du palmarès',
    });
  if (!resolvable) return [];
  const code = cell('code').toUpperCase() || undefined;
  const mapped = mapping.get(nameKey(name));
  let candidate: Candidate | undefined;
  if (mapped) {
    mapped.used = true;
    candidate = mapped.candidate;
  } else {
    const resolution = resolver.resolve({ name, departement, code, kind });
    if (resolution.status === 'found') {
      candidate = resolution.candidate;
      if (code && !namesAgree(name, candidate))
        plan.warnings.push({
          file: input.csv.file,
          field: `code (ligne ${row.line})`,
          message: `le code ${code} désigne ${describeCandidate(candidate)}, pas « ${name} » : le code est retenu`,
          suggestion: 'vérifiez le code ou le nom dans le tableau',
        });
    } else if (resolution.status === 'ambiguous') {
      problem(
        'name',
        `« ${name} » désigne plusieurs collectivités : ${resolution.candidates.map(describeCandidate).join(' ; ')}`,
        `${
          new Set(resolution.candidates.map((c) => c.kind)).size > 1
            ? 'précisez la nature (« Ville de … », « Département de … », « CC … » ou une colonne type)'
            : 'précisez le département (colonne département)'
        }, ou ajoutez au fichier de correspondances une ligne « ${name};<code> » avec le bon code (${resolution.candidates
          .map((c) => c.slug ?? (c.kind === 'region' || c.kind === 'departement' ? `${c.kind}:${c.code}` : c.code))
          .join(', ')})`,
      );
    } else {
      const where = `${departement ? ` dans le département ${departement}` : ''}${code ? ` avec le code ${code}` : ''}`;
      const hints = [
        resolution.elsewhere.length ? `ce nom existe ailleurs : ${resolution.elsewhere.map(describeCandidate).join(' ; ')}` : '',
        resolution.suggestions.length ? `vouliez-vous dire : ${resolution.suggestions.map(describeCandidate).join(' ; ')} ?` : '',
        'pour un syndicat ou un organisme sans code officiel, créez d’abord son fichier dans content/territories (voir CONTRIBUTING.md), ou indiquez la correspondance avec --correspondances',
      ].filter(Boolean);
      problem('name', `« ${name} » introuvable${where}`, hints.join(' ; '));
    }
  }
  if (!candidate || failed) return [];
  return [
    {
      line: row.line,
      name,
      candidate,
      distinction: distinction as string | null,
      mentions: mentions!,
      source: source!,
      confidence: confidence ?? input.options.confidence ?? 'high',
      note: cell('note') || undefined,
    },
  ];
}

/** True when a name plausibly designates the candidate: same name, or one contains the other. */
function namesAgree(name: string, candidate: Candidate): boolean {
  const key = stripKindPrefix(nameKey(name))?.key ?? nameKey(name);
  const official = nameKey(candidate.name);
  return key === official || official.includes(key) || key.includes(official);
}

function reportDuplicates(rows: Row[], file: string, plan: ImportPlan) {
  const seen = new Map<string, Row>();
  for (const row of rows) {
    const id = row.candidate.slug ?? `${row.candidate.kind}:${row.candidate.code}`;
    const first = seen.get(id);
    if (!first) seen.set(id, row);
    else
      plan.problems.push({
        file,
        field: `collectivité (ligne ${row.line})`,
        message: `« ${row.name} » est la même collectivité que « ${first.name} » ligne ${first.line} (${describeCandidate(row.candidate)})`,
        suggestion: 'gardez une seule ligne par collectivité',
      });
  }
}

/** Rows already in the edition with the same result are left out; a different result is a problem. */
function compareWithExisting(rows: Row[], slug: (r: Row) => string, edition: EditionFile, input: ImportInput, plan: ImportPlan): Row[] {
  if (input.options.replace) return rows;
  return rows.filter((row) => {
    const current = edition.existing.find((r) => r.territory === slug(row));
    if (!current) return true;
    const same = current.distinction === row.distinction && [...current.mentions].sort().join() === [...row.mentions].sort().join();
    if (same) {
      plan.matches.push(`ligne ${row.line} : « ${row.name} » a déjà ce résultat dans ${input.edition.file} : inchangé`);
      return false;
    }
    plan.problems.push({
      file: input.csv.file,
      field: `collectivité (ligne ${row.line})`,
      message: `« ${row.name} » a déjà un autre résultat dans ${input.edition.file} (${current.distinction ?? UNKNOWN_DISTINCTION}${
        current.mentions.length ? `, ${current.mentions.join(', ')}` : ''
      })`,
      suggestion: 'corrigez le tableau ou le fichier, ou relancez avec --remplacer pour remplacer tous les résultats de l’édition',
    });
    return false;
  });
}

function writeResults(edition: EditionFile, rows: Row[], slug: (r: Row) => string, replace: boolean): string {
  const doc = edition.doc.clone();
  const items = rows.map((r) => ({
    territory: slug(r),
    distinction: r.distinction === null ? UNKNOWN_DISTINCTION : yamlId(r.distinction),
    ...(r.mentions.length ? { mentions: r.mentions } : {}),
    source: r.source,
    confidence: r.confidence,
    ...(r.note ? { note: r.note } : {}),
  }));
  const results = doc.get('results', true);
  if (!replace && isSeq(results)) {
    results.flow = false;
    for (const item of items) results.items.push(doc.createNode(item));
  } else doc.set('results', doc.createNode(items));
  return doc.toString({ lineWidth: 0 });
}

function titleOf(c: Candidate, linking: ReadonlyMap<string, number>): string | undefined {
  if (c.kind === 'departement') return departementTitle(c.name, linking.get(c.code!));
  if (c.kind === 'region') return `Région ${c.name}`;
  return undefined;
}

/** Re-checks what would be written with the build's schemas and rules: only new problems block. */
function checkResult(
  input: ImportInput,
  editionText: string,
  territoryFiles: Array<{ file: string; id: string; text: string }>,
  plan: ImportPlan,
) {
  const key = (p: Problem) => `${p.file}|${(p.field ?? '').replace(/ ?\(?ligne \d+\)?/, '')}|${p.message}`;
  const before = new Set(parseEntry(input.edition.file, { yaml: input.edition.text!, offset: 0 }, editionSchema).problems.map(key));
  const after = parseEntry(input.edition.file, { yaml: editionText, offset: 0 }, editionSchema);
  for (const p of after.problems) (before.has(key(p)) ? plan.warnings : plan.problems).push(p);
  const content: ContentSet = {
    ...input.content,
    editions: [
      ...input.content.editions.filter((e) => e.data.year !== input.year),
      ...(after.data ? [{ id: String(input.year), file: input.edition.file, data: after.data }] : []),
    ],
    territories: [...input.content.territories],
  };
  for (const t of territoryFiles) {
    const parsed = parseEntry(t.file, { yaml: t.text, offset: 0 }, territorySchema);
    plan.problems.push(...parsed.problems);
    if (parsed.data) content.territories.push({ id: t.id, file: t.file, data: parsed.data });
  }
  const previous = new Set(validateContent(input.content, input.reference).map(key));
  for (const p of validateContent(content, input.reference)) if (!previous.has(key(p))) plan.problems.push(p);
}
