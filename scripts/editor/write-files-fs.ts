// Writes a set of files all or nothing: every file is first written beside its target under a
// temporary name, then renamed into place; if anything fails, the files already renamed are put
// back as they were and the temporary files are removed. A command never leaves half an import.
import * as nodeFs from 'node:fs';
import path from 'node:path';

export interface FileChange {
  path: string;
  content: string;
  /** `create` refuses to replace an existing file; `update` replaces one. */
  mode: 'create' | 'update';
}

/** The file operations used, replaceable in tests to simulate a failure. */
export type FileSystem = Pick<typeof nodeFs, 'existsSync' | 'mkdirSync' | 'readFileSync' | 'renameSync' | 'rmSync' | 'writeFileSync'>;

/** A change refused before anything was written (a file to create already exists…). */
export class WriteRefused extends Error {}

/** Applies every change or none. Throws WriteRefused (nothing touched) or the underlying error (rolled back). */
export function writeAllOrNothing(changes: readonly FileChange[], fs: FileSystem = nodeFs): void {
  for (const change of changes) {
    if (change.mode === 'create' && fs.existsSync(change.path))
      throw new WriteRefused(`${change.path} existe déjà : il n’est jamais écrasé (supprimez-le ou modifiez-le vous-même)`);
  }
  const staged = changes.map((change, index) => ({
    ...change,
    temp: path.join(path.dirname(change.path), `.${path.basename(change.path)}.${process.pid}-${index}.tmp`),
    previous: change.mode === 'update' && fs.existsSync(change.path) ? fs.readFileSync(change.path, 'utf8') : undefined,
  }));
  const done: typeof staged = [];
  try {
    for (const file of staged) {
      fs.mkdirSync(path.dirname(file.path), { recursive: true });
      fs.writeFileSync(file.temp, file.content, { flag: 'wx' });
    }
    for (const file of staged) {
      fs.renameSync(file.temp, file.path);
      done.push(file);
    }
  } catch (error) {
    for (const file of done.reverse()) {
      if (file.previous === undefined) fs.rmSync(file.path, { force: true });
      else fs.writeFileSync(file.path, file.previous);
    }
    for (const file of staged) fs.rmSync(file.temp, { force: true });
    throw error;
  }
}
