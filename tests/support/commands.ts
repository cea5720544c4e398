// Runs the editor commands (scripts/*.ts) as an editor would, on a throw-away copy of content/,
// and snapshots folders to prove that a failed command left every file as it was.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');
const copies: string[] = [];

/**
 * A copy of content/ (or of another content folder of the repository, such as the import's fixture
 * tests/fixtures/import/contenu) in a temporary folder; returns the copy's content folder.
 */
export function contentCopy(from = 'content'): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tnl-commande-'));
  copies.push(dir);
  cpSync(path.join(root, from), path.join(dir, 'content'), { recursive: true });
  return path.join(dir, 'content');
}

/** Removes the copies made by this test file (call from afterAll). */
export function removeCopies(): void {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export interface CommandResult {
  code: number;
  output: string;
}

/** Runs scripts/<name>.ts with the project's Node, exactly as its npm script does. */
export function runCommand(name: string, args: string[], env: Record<string, string> = {}): Promise<CommandResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', './scripts/lib/register-ts.ts', `scripts/${name}.ts`, ...args],
      { cwd: root, env: { ...process.env, ...env, NO_COLOR: '1' } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
    );
  });
}

/** Every file under `dir` with its content, to compare a folder before and after a command. */
export function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const full = path.join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else files[path.relative(dir, full)] = readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  return files;
}
