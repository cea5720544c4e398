// Writes a set of content files all or nothing, as a whole, even if the command is killed:
//
//   1. every file is first written to a staging folder inside the content folder
//      (content/.ecriture-en-cours/), with a journal naming the command; nothing in content/ changes;
//   2. the journal is marked ready (an atomic rename): from then on, the write is decided;
//   3. each staged file is renamed into place (atomic per file, same file system), then the folder goes.
//
// Interrupted during 1, nothing changed: the next run discards the staging folder. Interrupted during
// 3 (a kill, a closed laptop), the next run of any writing command finishes the renames before doing
// anything else (resumePendingWrite), unless a file changed in between: then it says exactly what to
// do. An error during 3 in the process itself puts back what was renamed. Ctrl+C during 3 waits for
// the renames to end. No temporary file is ever left next to a content file.
import { createHash } from 'node:crypto';
import * as nodeFs from 'node:fs';
import path from 'node:path';
import { displayPath, PENDING_WRITE_DIR, PENDING_WRITE_JOURNAL } from '../../src/lib/content/content-dir';

export interface FileChange {
  path: string;
  content: string;
  /** `create` refuses to replace an existing file; `update` replaces one. */
  mode: 'create' | 'update';
}

/** The file operations used, replaceable in tests to simulate a failure. */
export type FileSystem = Pick<
  typeof nodeFs,
  'existsSync' | 'mkdirSync' | 'readFileSync' | 'renameSync' | 'rmSync' | 'writeFileSync' | 'readdirSync'
>;

/** A change refused before anything was written (a file to create already exists…). */
export class WriteRefused extends Error {}

/** An interrupted write that cannot be finished as it is: a file changed since. Nothing was touched. */
export class ResumeRefused extends Error {}

interface JournalFile {
  /** Relative to the content folder, '/'-separated. */
  target: string;
  staged: string;
  /** SHA-256 of the file before the write; null when it did not exist. */
  before: string | null;
  after: string;
}

interface Journal {
  version: 1;
  state: 'staging' | 'ready';
  /** The command line that wrote it, as an editor would type it again. */
  command: string;
  startedAt: string;
  files: JournalFile[];
}

export interface WriteOptions {
  /** The content folder the files belong to (the staging folder goes inside it). */
  contentDir: string;
  /** The command line, quoted by check:content if the write is interrupted. */
  command: string;
  /** Where messages name files from (default: the working directory). */
  root?: string;
}

const sha = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

/** Applies every change or none. Throws WriteRefused (nothing touched) or the underlying error (rolled back). */
export function writeAllOrNothing(changes: readonly FileChange[], options: WriteOptions, fs: FileSystem = nodeFs): void {
  const contentDir = path.resolve(options.contentDir);
  const stagingDir = path.join(contentDir, PENDING_WRITE_DIR);
  const shown = (file: string) => displayPath(options.root ?? process.cwd(), file);
  for (const change of changes) {
    if (change.mode === 'create' && fs.existsSync(change.path))
      throw new WriteRefused(`${shown(change.path)} existe déjà : il n’est jamais écrasé (supprimez-le ou modifiez-le vous-même)`);
    const relative = path.relative(contentDir, path.resolve(change.path));
    if (relative.startsWith('..') || path.isAbsolute(relative))
      throw new WriteRefused(`${shown(change.path)} n’est pas dans le dossier du contenu ${shown(contentDir)}`);
  }
  if (fs.existsSync(stagingDir))
    throw new WriteRefused(
      `une écriture interrompue attend dans ${shown(stagingDir)} : relancez la commande pour la terminer d’abord (npm run check:content dit laquelle)`,
    );

  // 1. Staging: nothing in the content changes.
  const journal: Journal = { version: 1, state: 'staging', command: options.command, startedAt: new Date().toISOString(), files: [] };
  const writeJournal = () => {
    const temp = path.join(stagingDir, `${PENDING_WRITE_JOURNAL}.tmp`);
    fs.writeFileSync(temp, JSON.stringify(journal, null, 2));
    fs.renameSync(temp, path.join(stagingDir, PENDING_WRITE_JOURNAL));
  };
  try {
    fs.mkdirSync(path.join(stagingDir, 'fichiers'), { recursive: true });
    writeJournal();
    changes.forEach((change, index) => {
      const staged = `fichiers/${index}`;
      fs.writeFileSync(path.join(stagingDir, staged), change.content, { flag: 'wx' });
      const before = fs.existsSync(change.path) ? sha(fs.readFileSync(change.path)) : null;
      if (before !== null) fs.writeFileSync(path.join(stagingDir, `${staged}.avant`), fs.readFileSync(change.path), { flag: 'wx' });
      const target = path.relative(contentDir, path.resolve(change.path)).split(path.sep).join('/');
      journal.files.push({ target, staged, before, after: sha(change.content) });
    });
    // 2. The write is decided.
    journal.state = 'ready';
    writeJournal();
  } catch (error) {
    fs.rmSync(stagingDir, { recursive: true, force: true });
    throw error;
  }

  // 3. Into place; Ctrl+C or a termination signal waits for the end of the renames.
  const done: JournalFile[] = [];
  withSignalsDeferred(() => {
    try {
      for (const file of journal.files) {
        placeFile(contentDir, stagingDir, file, fs);
        done.push(file);
      }
    } catch (error) {
      rollBack(contentDir, stagingDir, done, fs);
      throw error;
    }
    fs.rmSync(stagingDir, { recursive: true, force: true });
  });
}

function placeFile(contentDir: string, stagingDir: string, file: JournalFile, fs: FileSystem) {
  const target = path.join(contentDir, file.target);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.renameSync(path.join(stagingDir, file.staged), target);
}

/** Puts back the files already renamed (an error in this process): the content is as it was. */
function rollBack(contentDir: string, stagingDir: string, done: JournalFile[], fs: FileSystem) {
  for (const file of done.reverse()) {
    const target = path.join(contentDir, file.target);
    if (file.before === null) fs.rmSync(target, { force: true });
    else fs.writeFileSync(target, fs.readFileSync(path.join(stagingDir, `${file.staged}.avant`)));
  }
  fs.rmSync(stagingDir, { recursive: true, force: true });
}

/**
 * Runs `work` with SIGINT and SIGTERM caught: Node runs the handlers only once the synchronous work
 * is over, so the renames finish; the process then stops as the signal asked.
 */
function withSignalsDeferred(work: () => void) {
  let received: NodeJS.Signals | undefined;
  const note = (signal: NodeJS.Signals) => (received ??= signal);
  process.on('SIGINT', note);
  process.on('SIGTERM', note);
  try {
    work();
  } finally {
    process.off('SIGINT', note);
    process.off('SIGTERM', note);
  }
  if (received) {
    console.error(`\nArrêt demandé (${received}) : l’écriture était en cours, elle est terminée ; rien n’est laissé à moitié.`);
    process.exit(130);
  }
}

/** What resumePendingWrite did with an interrupted write. */
export type Resumed =
  { kind: 'discarded'; command?: string } | { kind: 'finished'; command?: string; placed: number; alreadyPlaced: number };

/**
 * Finishes a write interrupted in the content folder, before a command writes anything: a write
 * stopped while staging is discarded (the content did not change); a ready one is completed, unless
 * one of its files changed since, when ResumeRefused says what to do and nothing is touched.
 * Returns undefined when there is nothing pending.
 */
export function resumePendingWrite(contentFolder: string, root = process.cwd(), fs: FileSystem = nodeFs): Resumed | undefined {
  const contentDir = path.resolve(root, contentFolder);
  const stagingDir = path.join(contentDir, PENDING_WRITE_DIR);
  if (!fs.existsSync(stagingDir)) return undefined;
  let journal: Journal | undefined;
  try {
    journal = JSON.parse(fs.readFileSync(path.join(stagingDir, PENDING_WRITE_JOURNAL), 'utf8')) as Journal;
  } catch {
    journal = undefined;
  }
  if (!journal || journal.state !== 'ready') {
    fs.rmSync(stagingDir, { recursive: true, force: true });
    return { kind: 'discarded', command: journal?.command };
  }
  const state = journal.files.map((file) => {
    const target = path.join(contentDir, file.target);
    const now = fs.existsSync(target) ? sha(fs.readFileSync(target)) : null;
    const staged = fs.existsSync(path.join(stagingDir, file.staged));
    return { file, status: now === file.after && !staged ? 'placed' : now === file.before && staged ? 'waiting' : 'changed' };
  });
  const changed = state.filter((s) => s.status === 'changed').map((s) => displayPath(root, path.join(contentDir, s.file.target)));
  if (changed.length > 0) {
    const staging = displayPath(root, stagingDir);
    const content = `${displayPath(root, contentDir)}/`;
    throw new ResumeRefused(
      [
        `une écriture interrompue (${journal.command}) ne peut pas être terminée : ${changed.length > 1 ? 'ces fichiers ont changé' : 'ce fichier a changé'} depuis : ${changed.slice(0, 5).join(', ')}${changed.length > 5 ? ` et ${changed.length - 5} autres` : ''}.`,
        `Pour l’abandonner et revenir au contenu du dernier commit : git restore ${content} && git clean -f ${content} && rm -r "${staging}", puis relancez la commande.`,
        `Pour garder vos modifications et l’abandonner seulement : rm -r "${staging}", puis npm run check:content.`,
      ].join('\n'),
    );
  }
  let placed = 0;
  withSignalsDeferred(() => {
    for (const { file, status } of state)
      if (status === 'waiting') {
        placeFile(contentDir, stagingDir, file, fs);
        placed++;
      }
    fs.rmSync(stagingDir, { recursive: true, force: true });
  });
  return { kind: 'finished', command: journal.command, placed, alreadyPlaced: state.length - placed };
}

/** The line a command prints after resuming an interrupted write. */
export function describeResumed(resumed: Resumed): string {
  const command = resumed.command ? ` (${resumed.command})` : '';
  return resumed.kind === 'discarded'
    ? `Écriture interrompue${command} abandonnée : elle n’avait encore rien changé dans le contenu.`
    : `Écriture interrompue${command} terminée : ${resumed.placed} fichier(s) mis en place, ${resumed.alreadyPlaced} déjà en place ; le contenu est tel que la commande l’aurait laissé.`;
}

/** The command line as an editor types it again: `npm run import:results -- 2024 "mes résultats.xlsx"`. */
export function commandLine(script: string, args: readonly string[]): string {
  const quote = (arg: string) => (/^[\w@%+=:,./~-]+$/u.test(arg) ? arg : `"${arg.replace(/(["\\$`])/g, '\\$1')}"`);
  return `npm run ${script}${args.length ? ` -- ${args.map(quote).join(' ')}` : ''}`;
}

/**
 * What every writing command does first: finish (or discard) a write interrupted in the content
 * folder, saying so. False when it cannot, after saying what to do: the command then writes nothing.
 */
export function resumeBeforeWriting(contentFolder: string, root = process.cwd()): boolean {
  try {
    const resumed = resumePendingWrite(contentFolder, root);
    if (resumed) console.log(`${describeResumed(resumed)}\n`);
    return true;
  } catch (error) {
    if (!(error instanceof ResumeRefused)) throw error;
    console.error(`Rien n’a été écrit : ${error.message}`);
    return false;
  }
}
