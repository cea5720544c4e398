// Reads the repository's import graph: every TypeScript, JavaScript and Astro module tracked by git,
// with the modules of the repository it imports (values and types alike: a type-only circle is still a
// circle to read). Packages are left out.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ImportGraph } from './layout';
import { moduleSpecifiers } from './package-policy';

const SOURCE = /\.(ts|mjs|js|astro)$/;
const SUFFIXES = ['', '.ts', '.mjs', '.js', '.astro', '/index.ts'];

/** The source files git tracks (and those not yet committed), as '/'-separated paths relative to `root`. */
export function sourceFiles(root: string): string[] {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' });
  return listed
    .split('\n')
    .filter((file) => SOURCE.test(file) && !file.startsWith('tests/fixtures/') && existsSync(path.join(root, file)))
    .sort();
}

/** The import graph of these files. */
export function readImportGraph(root: string, files: readonly string[]): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const file of files) {
    const targets = new Set<string>();
    for (const specifier of moduleSpecifiers(readFileSync(path.join(root, file), 'utf8'))) {
      if (!specifier.startsWith('.')) continue;
      const base = path.posix.join(path.posix.dirname(file), specifier);
      const found = SUFFIXES.map((suffix) => base + suffix).find((candidate) => {
        const full = path.join(root, candidate);
        return existsSync(full) && statSync(full).isFile();
      });
      if (found) targets.add(found);
    }
    graph.set(file, [...targets].sort());
  }
  return graph;
}
