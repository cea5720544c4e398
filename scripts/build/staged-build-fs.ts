// All-or-nothing publication of a built folder: the build writes into a fresh folder next to the
// target, and only a complete build replaces the target. A failed build leaves the previous target
// as it was and no temporary folder behind.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/** The prefix of the temporary folders, next to the target: `.dist-construction-XXXXXX`. */
export function stagingPrefix(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}-construction-`);
}

/**
 * Runs `build` into a new folder next to `target`, then puts that folder in place of `target`.
 * Whatever happens, the temporary folder is gone afterwards; on failure `target` is untouched.
 */
export async function buildThenReplace(target: string, build: (staging: string) => Promise<void>): Promise<void> {
  mkdirSync(path.dirname(target), { recursive: true });
  const staging = mkdtempSync(stagingPrefix(target));
  try {
    // mkdtemp makes the folder private (0700): as dist/, it would answer 403 to a web server's own
    // user (nginx's www-data) and to any copy made with cp -a or rsync -a. A built site is public.
    chmodSync(staging, 0o755);
    await build(staging);
    replaceFolder(staging, target);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Moves `source` to `target`, replacing it; puts the previous `target` back if the move fails. */
function replaceFolder(source: string, target: string): void {
  if (!existsSync(target)) {
    renameSync(source, target);
    return;
  }
  const previous = `${source}-precedent`;
  renameSync(target, previous);
  try {
    renameSync(source, target);
  } catch (error) {
    renameSync(previous, target);
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
}
