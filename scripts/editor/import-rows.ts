// One row of a results spreadsheet in import:results: its cells read, its collectivité resolved
// (or why not, with what to do: a suggestion, a code, the file to write by hand), its mentions
// found, accepted or declared, its confidence given by the rule of the source.
import { confidenceOfSource, isOfficialSource, OFFICIAL_SOURCE_DOMAINS } from '../../src/lib/content/source-confidence';
import { pluralForm } from '../../src/i18n/fr';
import { nameKey } from '../../src/lib/text';
import { urlSchema } from '../../src/schemas/common';
import { COLUMN_LABELS, type ColumnField } from './import-columns';
import { declarationAdvice, linesText, type NewMentions } from './import-mentions';
import type { Confidence, EditionFile, ImportInput, ImportPlan, MappingEntry } from './import-types';
import { readConfidence, readDepartement, readDistinction, readKind, readMentions, type Read } from './import-values';
import { describeCandidate, stripKindPrefix, type Candidate, type Query, type Resolution, type Resolver } from './territory-matcher';
import type { Table } from './spreadsheet';
import { assignSlugs, handMadeTerritoryText } from './territory-file';

/** A row that resolved to a collectivité, with everything the edition's result needs. */
export interface Row {
  line: number;
  name: string;
  candidate: Candidate;
  distinction: string | null;
  mentions: string[];
  source: string;
  confidence: Confidence;
  /** Where the confidence came from, for the tally of « Lecture ». */
  confidenceFrom: 'cellule' | 'option' | 'source';
  note?: string;
  /** What the line of « Collectivités » adds: a suggestion accepted, an unknown distinction… */
  remarks: string[];
}

/** What rows share while they are read: the mentions to declare or to report. */
export interface RowContext {
  input: ImportInput;
  edition: EditionFile;
  resolver: Resolver;
  mapping: Map<string, MappingEntry>;
  plan: ImportPlan;
  columns: Partial<Record<ColumnField, number>>;
  newMentions: NewMentions;
}

/** Reads a row; returns it, or nothing once its problems are in `plan.problems`. */
export function readRow(row: Table['rows'][number], context: RowContext): Row[] {
  const { input, edition, columns, plan } = context;
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
  const remarks: string[] = [];
  const departement = take('departement', readDepartement(cell('departement'), input.reference));
  const kind = take('kind', readKind(cell('kind')));
  // Without a readable département or kind, resolving the name would only add misleading messages.
  const resolvable = !failed;
  const mentions = readRowMentions(cell('mentions'), row.line, context, remarks, () => (failed = true));
  // A source may name a mention without the tier it came with (Colomiers in 2025): the tier is unknown.
  const mentionOnly = cell('distinction') === '' && cell('mentions') !== '';
  const distinction = mentionOnly ? null : take('distinction', readDistinction(cell('distinction'), edition.scale, input.year));
  if (mentionOnly)
    remarks.push(
      `distinction inconnue (cellule vide), avec ${pluralForm(mentions.length, 'la mention', 'les mentions')} ${mentions.join(', ')}`,
    );
  const cellConfidence = take('confidence', readConfidence(cell('confidence')));
  const source = cell('source') || input.options.source || edition.defaultSource;
  if (source === undefined || !urlSchema.safeParse(source).success)
    take<never>('source', {
      ok: false,
      message: source ? `source « ${source} » : attendu une adresse web complète (https://…)` : 'source manquante',
      suggestion: 'ajoutez une colonne source, ou donnez --source avec l’adresse du palmarès',
    });
  if (!resolvable) return [];
  const candidate = resolveRow({ name, departement, code: cell('code').toUpperCase() || undefined, kind }, row.line, context, remarks);
  if (!candidate || failed) return [];
  const confidenceFrom = cellConfidence ? 'cellule' : input.options.confidence ? 'option' : 'source';
  const confidence = cellConfidence ?? input.options.confidence ?? confidenceOfSource(source!);
  if (confidence === 'high' && !isOfficialSource(source!))
    plan.warnings.push({
      file: input.csv.file,
      field: `${COLUMN_LABELS.confidence} (ligne ${row.line})`,
      message: `confiance high (« Source officielle » sur le site) pour une source qui n’est pas officielle : ${source}`,
      suggestion: `high est réservé au site du label (${OFFICIAL_SOURCE_DOMAINS[0]}) et à ${OFFICIAL_SOURCE_DOMAINS[1]} : ${
        confidenceFrom === 'cellule'
          ? 'écrivez medium dans la cellule, ou videz-la pour appliquer la règle de la source'
          : 'relancez sans --confiance high pour appliquer la règle de la source (medium ici)'
      }`,
    });
  return [
    {
      line: row.line,
      name,
      candidate,
      distinction: distinction as string | null,
      mentions,
      source: source!,
      confidence,
      confidenceFrom,
      note: cell('note') || undefined,
      remarks,
    },
  ];
}

/** The mention ids of a cell; an undeclared mention is accepted, declared or reported. */
function readRowMentions(text: string, line: number, context: RowContext, remarks: string[], fail: () => void): string[] {
  const { input, edition, plan } = context;
  const { ids, unknown } = readMentions(text, edition.mentions);
  const declaredList = () => edition.mentions.map((m) => `${m.id} (${m.label})`).join(', ');
  for (const { text: part, close } of unknown) {
    const problem = (message: string, suggestion: string) => {
      plan.problems.push({ file: input.csv.file, field: `${COLUMN_LABELS.mentions} (ligne ${line})`, message, suggestion });
      fail();
    };
    const undeclared = `mention « ${part} » non déclarée par l’édition ${input.year}`;
    if (close.length === 1 && input.options.acceptSuggestions) {
      if (!ids.includes(close[0]!.id)) ids.push(close[0]!.id);
      remarks.push(`mention « ${part} » lue comme « ${close[0]!.label} » (suggestion acceptée, --accepter-suggestions)`);
    } else if (close.length === 1)
      problem(
        undeclared,
        `vouliez-vous dire « ${close[0]!.label} » (${close[0]!.id}) ? Relancez avec --accepter-suggestions pour l’accepter, ou corrigez la cellule`,
      );
    else if (close.length > 1)
      problem(
        undeclared,
        `vouliez-vous dire ${close.map((m) => `« ${m.label} »`).join(' ou ')} ? Corrigez la cellule ; mentions déclarées : ${declaredList()}`,
      );
    else {
      const id = context.newMentions.add(part, line);
      if (!id)
        problem(`mention « ${part} » illisible`, `écrivez le nom de la mention ; mentions déclarées : ${declaredList() || 'aucune'}`);
      else if (input.options.declareMentions) {
        if (!ids.includes(id)) ids.push(id);
        remarks.push(`mention « ${part} » déclarée dans l’édition (--declarer-mentions)`);
      } else fail();
    }
  }
  return ids;
}

/** Undeclared mentions that --declarer-mentions would declare: one problem, with the YAML to paste. */
export function reportNewMentions({ input, edition, plan, newMentions }: RowContext) {
  const list = newMentions.list;
  if (list.length === 0 || input.options.declareMentions) return;
  plan.problems.push({
    file: input.csv.file,
    field: `${COLUMN_LABELS.mentions} (ligne ${Math.min(...list.flatMap((m) => m.lines))})`,
    message:
      list.length === 1
        ? `mention « ${list[0]!.text} » non déclarée par l’édition ${input.year}${list[0]!.lines.length > 1 ? ` (${linesText(list[0]!.lines)})` : ''}`
        : `${list.length} mentions non déclarées par l’édition ${input.year} : ${list.map((m) => `« ${m.text} » (${linesText(m.lines)})`).join(', ')}`,
    suggestion: declarationAdvice(input.edition.file, edition.mentions, list),
  });
}

/** The collectivité a row designates, or undefined after reporting why none was found. */
function resolveRow(query: Query, line: number, context: RowContext, remarks: string[]): Candidate | undefined {
  const { input, plan, mapping, resolver } = context;
  const { name, code, departement } = query;
  const problem = (message: string, suggestion: string) =>
    plan.problems.push({ file: input.csv.file, field: `${COLUMN_LABELS.name} (ligne ${line})`, message, suggestion });
  const mapped = mapping.get(nameKey(name));
  if (mapped) {
    mapped.used = true;
    return mapped.candidate;
  }
  const resolution = resolver.resolve(query);
  if (resolution.status === 'found') {
    const candidate = resolution.candidate;
    if (code && !namesAgree(name, candidate))
      plan.warnings.push({
        file: input.csv.file,
        field: `code (ligne ${line})`,
        message: `le code ${code} désigne ${describeCandidate(candidate)}, pas « ${name} » : le code est retenu`,
        suggestion: 'vérifiez le code ou le nom dans le tableau',
      });
    return candidate;
  }
  if (resolution.status === 'ambiguous') {
    problem(
      `« ${name} » désigne plusieurs collectivités : ${resolution.candidates.map(describeCandidate).join(' ; ')}`,
      `${
        new Set(resolution.candidates.map((c) => c.kind)).size > 1
          ? 'précisez la nature (« Ville de … », « Département de … », « CC … » ou une colonne type)'
          : 'précisez le département (colonne département)'
      }, ou ajoutez au fichier de correspondances une ligne « ${name};<code> » avec le bon code (${resolution.candidates
        .map((c) => c.slug ?? (c.kind === 'region' || c.kind === 'departement' ? `${c.kind}:${c.code}` : c.code))
        .join(', ')})`,
    );
    return undefined;
  }
  const [only, ...others] = resolution.suggestions;
  if (only && others.length === 0 && input.options.acceptSuggestions) {
    remarks.push(
      resolution.paddedCode
        ? `code ${code} lu comme ${resolution.paddedCode} (suggestion acceptée, --accepter-suggestions)`
        : 'suggestion acceptée (--accepter-suggestions)',
    );
    return only;
  }
  const where = `${departement ? ` dans le département ${departement}` : ''}${code ? ` avec le code ${code}` : ''}`;
  problem(`« ${name} » introuvable${where}`, unknownAdvice(query, resolution, context));
  return undefined;
}

/** What to do about a name found nowhere: take a suggestion, or write the body's file by hand. */
function unknownAdvice(query: Query, resolution: Extract<Resolution, { status: 'unknown' }>, context: RowContext): string {
  const { suggestions, elsewhere, paddedCode } = resolution;
  const elsewhereText = elsewhere.length ? `ce nom existe ailleurs : ${elsewhere.map(describeCandidate).join(' ; ')} ; ` : '';
  if (paddedCode)
    return `vouliez-vous dire ${paddedCode} ? C’est ${describeCandidate(suggestions[0]!)} ; le tableur a sans doute retiré le zéro initial : écrivez ${paddedCode} dans la cellule (colonne au format Texte), ou relancez avec --accepter-suggestions pour l’accepter`;
  if (suggestions.length === 1)
    return `${elsewhereText}vouliez-vous dire : ${describeCandidate(suggestions[0]!)} ? Relancez avec --accepter-suggestions pour l’accepter (ainsi que toute autre suggestion unique), ou corrigez le nom dans le tableau`;
  if (suggestions.length > 1)
    return `${elsewhereText}vouliez-vous dire : ${suggestions.map(describeCandidate).join(' ; ')} ? Corrigez le nom dans le tableau, précisez le département, ou indiquez la correspondance avec --correspondances`;
  if (query.code || (query.kind && query.kind !== 'syndicat' && query.kind !== 'autre'))
    return `${elsewhereText}vérifiez l’orthographe, le département, le type et le code ; ou indiquez la correspondance avec --correspondances`;
  return `${elsewhereText}${handMadeRecipe(query, context)}`;
}

/** The territory file to write by hand for a body without INSEE code, and the YAML to paste into it. */
function handMadeRecipe(query: Query, { input }: RowContext): string {
  const kind = query.kind === 'syndicat' || query.kind === 'autre' ? query.kind : undefined;
  const taken = new Set(input.content.territories.map((t) => t.id));
  const [slug] = assignSlugs([{ kind: kind ?? 'autre', name: query.name.replace(/\s*\([^)]*\)\s*$/, ''), departements: [] }], taken);
  const file = `${input.territoriesDir}/${slug}.yaml`;
  if (input.invalidFiles?.includes(file))
    return `le fichier ${file} existe mais n’est pas valide, il est donc ignoré : npm run check:content dit pourquoi (<SIREN> et <code INSEE du siège> sont-ils remplacés ?) ; corrigez-le, puis relancez la même commande`;
  const text = handMadeTerritoryText(query.name, kind);
  return [
    `s’il s’agit d’un organisme sans code INSEE (syndicat, établissement public, association…), créez le fichier ${file} avec ces lignes, remplacez <SIREN> par son numéro SIREN (9 chiffres) et <code INSEE du siège> par le code de sa commune siège, puis relancez la même commande :`,
    ...text
      .trimEnd()
      .split('\n')
      .map((l) => `  ${l}`),
  ].join('\n');
}

/** True when a name plausibly designates the candidate: same name, or one contains the other. */
function namesAgree(name: string, candidate: Candidate): boolean {
  const key = stripKindPrefix(nameKey(name))?.key ?? nameKey(name);
  const official = nameKey(candidate.name);
  return key === official || official.includes(key) || key.includes(official);
}
