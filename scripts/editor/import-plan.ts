// `import:results` without the command line: reads a results spreadsheet, resolves every name to a
// territory with the COG, and plans the files to write (the edition, the files of first-time
// entrants). Any problem blocks the whole plan: the command then writes nothing.
import { isSeq, parseDocument } from 'yaml';
import { parseEntry } from '../../src/lib/content/content-fs';
import { OFFICIAL_SOURCE_DOMAINS } from '../../src/lib/content/source-confidence';
import { resolveTerritory } from '../../src/lib/content/territories';
import { foldText, nameKey } from '../../src/lib/text';
import { validateContent, type ContentSet, type Problem } from '../../src/lib/content/validate';
import { editionSchema, UNKNOWN_DISTINCTION } from '../../src/schemas/edition';
import { territorySchema } from '../../src/schemas/territory';
import { yamlId } from './edition-scaffold';
import { COLUMN_LABELS, mapColumns, type ColumnField } from './import-columns';
import { declareMentions, NewMentions, type NewMention } from './import-mentions';
import { readRow, reportNewMentions, type Row, type RowContext } from './import-rows';
import { readYear } from './import-values';
import { createResolver, describeCandidate, type Candidate, type Resolver } from './territory-matcher';
import { decodeSpreadsheet, parseTable, SpreadsheetError, type Table } from './spreadsheet';
import { assignSlugs, departementTitle, territoryFileText } from './territory-file';
import type { EditionFile, ImportInput, ImportPlan, MappingEntry } from './import-types';

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
  const rowsOfYear = columns.year === undefined ? table.rows : rowsOfTheYear(table, columns.year, input, plan);
  plan.read.push(describeSource(input, edition, columns.source !== undefined));
  plan.read.push(describeConfidence(input, columns.confidence === undefined ? undefined : table.header[columns.confidence]!));

  const territories = input.content.territories.map((t) => resolveTerritory(t.id, t.data, input.reference));
  const resolver = createResolver(territories, input.reference);
  const mapping = readMapping(input, resolver, plan);
  const context: RowContext = { input, edition, resolver, mapping, plan, columns, newMentions: new NewMentions() };
  const rows = rowsOfYear.flatMap((row) => readRow(row, context));
  reportNewMentions(context);
  if (rows.length > 0) plan.read.push(confidenceTally(rows));
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
    const remarks = [...(r.candidate.via ? [r.candidate.via] : []), ...r.remarks];
    plan.matches.push(`ligne ${r.line} : « ${r.name} » → ${target}${remarks.length ? ` — ${remarks.join(' ; ')}` : ''}`);
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
  const declared = input.options.declareMentions ? context.newMentions.list : [];
  const editionText = writeResults(edition, added, slug, input.options.replace === true, declared);
  checkResult(input, editionText, territoryFiles, plan);
  if (plan.problems.length > 0) return plan;
  const replaced = input.options.replace ? edition.existing.length : 0;
  if (added.length === 0 && replaced === 0) return plan;
  const declaredText = declared.length
    ? `, ${declared.length} mention(s) déclarée(s) (${declared.map((m) => `${m.id} : ${m.label}`).join(' ; ')})`
    : '';
  plan.changes.push({
    file: input.edition.file,
    content: editionText,
    mode: 'update',
    summary: `${input.edition.file} : ${added.length} résultat(s) ajouté(s)${replaced ? `, ${replaced} ancien(s) résultat(s) remplacé(s)` : ''}${declaredText}`,
  });
  for (const t of territoryFiles)
    plan.changes.push({ file: t.file, content: t.text, mode: 'create', summary: `${t.file} : ${describeCandidate(t.candidate)}` });
  return plan;
}

function readEditionFile(input: ImportInput, plan: ImportPlan): EditionFile | undefined {
  const { file, text } = input.edition;
  const fail = (message: string, suggestion?: string) => void plan.problems.push({ file, message, suggestion });
  if (text === undefined)
    return fail(`l’édition ${input.year} n’existe pas encore`, `créez-la d’abord : npm run create:edition -- ${input.year}`);
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length > 0)
    return fail(`YAML invalide : ${doc.errors[0]!.message.split('\n')[0]}`, 'corrigez-le d’abord (npm run check:content)');
  const data = (doc.toJS() ?? {}) as Record<string, unknown>;
  if (data.year !== input.year)
    return fail(`l’année indiquée dans le fichier (${String(data.year)}) n’est pas ${input.year}`, 'corrigez « year »');
  const scale = editionSchema.shape.scale.safeParse(data.scale);
  const mentions = editionSchema.shape.mentions.safeParse(data.mentions);
  if (!scale.success || !mentions.success)
    return fail('l’échelle (scale) ou les mentions de l’édition sont invalides', 'corrigez-les d’abord (npm run check:content)');
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

/**
 * The rows of the edition's year, when the spreadsheet has a year column (the whole record of the
 * label, say): the other years are skipped and counted, a missing or unreadable year is a problem.
 */
function rowsOfTheYear(table: Table, column: number, input: ImportInput, plan: ImportPlan): Table['rows'] {
  const kept: Table['rows'] = [];
  const others = new Map<number, number>();
  for (const row of table.rows) {
    const year = readYear(row.cells[column] ?? '');
    if (!year.ok)
      plan.problems.push({
        file: input.csv.file,
        field: `${COLUMN_LABELS.year} (ligne ${row.line})`,
        message: year.message,
        suggestion: year.suggestion,
      });
    else if (year.value === input.year) kept.push(row);
    else others.set(year.value, (others.get(year.value) ?? 0) + 1);
  }
  const skipped = [...others.values()].reduce((sum, n) => sum + n, 0);
  const years = [...others].sort(([a], [b]) => a - b).map(([year, n]) => `${year} : ${n}`);
  plan.read.push(
    `année : colonne « ${table.header[column]} » : ${kept.length} ligne(s) de ${input.year} importée(s)${
      skipped ? `, ${skipped} ligne(s) d’autres années ignorée(s) (${years.join(', ')})` : ''
    }`,
  );
  if (kept.length === 0 && table.rows.length > 0 && plan.problems.length === 0)
    plan.problems.push({
      file: input.csv.file,
      field: `colonne « ${table.header[column]} »`,
      message: `aucune ligne de l’année ${input.year}`,
      suggestion: `vérifiez l’année de la commande ; le tableau donne ${[...others.keys()].sort().join(', ')}`,
    });
  return kept;
}

function describeSource(input: ImportInput, edition: EditionFile, sourceColumn: boolean): string {
  const source = input.options.source ?? edition.defaultSource;
  return sourceColumn
    ? `source : colonne du tableau${source ? `, sinon ${source}` : ''}`
    : `source de chaque résultat : ${source ?? '(aucune : ajoutez une colonne source ou --source)'}${input.options.source ? '' : ' (première source de l’édition)'}`;
}

/** The rule of the source, as « Lecture » states it. */
const SOURCE_RULE = `high pour le site du label (${OFFICIAL_SOURCE_DOMAINS[0]}) et ${OFFICIAL_SOURCE_DOMAINS[1]}, medium pour toute autre source (presse, April, site d’une collectivité)`;

function describeConfidence(input: ImportInput, column: string | undefined): string {
  const fallback = input.options.confidence ? `${input.options.confidence} (--confiance)` : `d’après la source : ${SOURCE_RULE}`;
  if (column) return `confiance : colonne « ${column} » quand la cellule est remplie, sinon ${fallback}`;
  return input.options.confidence ? `confiance : ${fallback} pour chaque résultat` : `confiance ${fallback}`;
}

/** "confiance retenue : 2 high, 1 medium (1 d’après la colonne, 2 d’après la source)". */
function confidenceTally(rows: readonly Row[]): string {
  const count = <K extends string>(keys: K[]) => {
    const counts = new Map<K, number>();
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
    return counts;
  };
  const levels = count(rows.map((r) => r.confidence));
  const origins = count(rows.map((r) => r.confidenceFrom));
  const originText = { cellule: 'd’après la colonne', option: 'd’après --confiance', source: 'd’après la source' };
  return `confiance retenue : ${(['high', 'medium', 'low'] as const)
    .filter((l) => levels.has(l))
    .map((l) => `${levels.get(l)} ${l}`)
    .join(', ')} (${(['cellule', 'option', 'source'] as const)
    .filter((o) => origins.has(o))
    .map((o) => `${origins.get(o)} ${originText[o]}`)
    .join(', ')})`;
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

function writeResults(edition: EditionFile, rows: Row[], slug: (r: Row) => string, replace: boolean, mentions: NewMention[]): string {
  const doc = edition.doc.clone();
  declareMentions(doc, mentions);
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
