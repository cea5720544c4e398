// The mentions of an imported spreadsheet that the edition does not declare: the YAML to paste
// into the edition's `mentions:` block, or, with --declarer-mentions, the mentions to add to it.
import { isSeq, stringify, type Document } from 'yaml';
import { slugify } from '../../src/lib/text';
import type { Mention } from '../../src/schemas/edition';
import { mentionLabel } from './import-values';

/** A mention to declare, and the spreadsheet lines that give it. */
export interface NewMention {
  id: string;
  label: string;
  /** The cell as written, on its first line. */
  text: string;
  lines: number[];
}

/** Collects undeclared mentions by id, in the order they first appear. */
export class NewMentions {
  readonly byId = new Map<string, NewMention>();

  /** Records a mention typed on `line`; returns its id, or undefined when the text makes no id. */
  add(text: string, line: number): string | undefined {
    const id = slugify(text);
    if (!id) return undefined;
    const known = this.byId.get(id);
    if (known) {
      if (!known.lines.includes(line)) known.lines.push(line);
    } else this.byId.set(id, { id, label: mentionLabel(text), text, lines: [line] });
    return id;
  }

  get list(): NewMention[] {
    return [...this.byId.values()];
  }
}

/** "ligne 3", "lignes 4 et 6", "lignes 2, 5 et 9". */
export function linesText(lines: readonly number[]): string {
  if (lines.length === 1) return `ligne ${lines[0]}`;
  return `lignes ${lines.slice(0, -1).join(', ')} et ${lines.at(-1)}`;
}

/** The YAML items of new mentions, indented as in an edition file. */
function mentionItems(mentions: readonly NewMention[], indent: string): string[] {
  return mentions.flatMap((m) => [`${indent}- id: ${m.id}`, `${indent}  label: ${yamlText(m.label)}`]);
}

/** A label as YAML writes it: quoted only when it must be (« Sobriété numérique : durabilité »). */
function yamlText(text: string): string {
  return stringify(text, { lineWidth: 0 }).trimEnd();
}

/**
 * What to do with undeclared mentions, said for the edition file: where to paste which lines
 * (after the block's last mention, or in place of `mentions: []`), or --declarer-mentions.
 */
export function declarationAdvice(editionFile: string, declared: readonly Mention[], mentions: readonly NewMention[]): string {
  const one = mentions.length === 1;
  const where =
    declared.length > 0
      ? `ajoutez ces lignes à la fin du bloc « mentions: » de ${editionFile} :`
      : `dans ${editionFile}, remplacez la ligne « mentions: [] » (ou ajoutez le bloc) par :`;
  const snippet = declared.length > 0 ? mentionItems(mentions, '  ') : ['mentions:', ...mentionItems(mentions, '  ')];
  return [
    where,
    ...snippet.map((line) => `  ${line}`),
    `ou relancez avec --declarer-mentions pour que l’import ${one ? 'la déclare' : 'les déclare'} ainsi, dans la même écriture que les résultats`,
  ].join('\n');
}

/** Adds the new mentions at the end of the edition's `mentions:` block (created if missing). */
export function declareMentions(doc: Document, mentions: readonly NewMention[]): void {
  if (mentions.length === 0) return;
  const items = mentions.map((m) => ({ id: m.id, label: m.label }));
  const block = doc.get('mentions', true);
  if (isSeq(block)) {
    block.flow = false;
    for (const item of items) block.items.push(doc.createNode(item));
  } else doc.set('mentions', doc.createNode(items));
}
