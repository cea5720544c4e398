// Where the content folder lives: ./content by default, another folder with the CONTENT_DIR
// environment variable (a test fixture, a preview of an editor's work). Read by the build and the commands.
import path from 'node:path';

/** The content folder, relative to the project root unless CONTENT_DIR gives an absolute path. */
export function contentDirectory(env: Record<string, string | undefined> = process.env): string {
  return env.CONTENT_DIR?.trim() || 'content';
}

/** How a file is named in messages: relative to the project root when inside it, absolute otherwise. */
export function displayPath(root: string, file: string): string {
  const relative = path.relative(root, path.resolve(root, file));
  return relative.startsWith('..') || path.isAbsolute(relative) ? path.resolve(root, file) : relative.split(path.sep).join('/');
}

/**
 * The folder, inside the content folder, where a command stages the files it writes before putting
 * them all in place (scripts/editor/write-files-fs.ts). It exists only while a command writes, or
 * after one was interrupted: `check:content` then says what to run. Kept out of git (.gitignore).
 */
export const PENDING_WRITE_DIR = '.ecriture-en-cours';

/** The journal of a staged write: what it writes, and the command that wrote it (to run it again). */
export const PENDING_WRITE_JOURNAL = 'journal.json';
