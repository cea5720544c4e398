// Which modules of the repository end up in the browser's JavaScript: every module reached by a
// value import (not `import type`) from the custom elements of src/elements/. ESLint's boundary
// rule (eslint.config.js) lists them; a test keeps that list equal to this walk.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

// `import … from '…'`, `export … from '…'`, `import '…'` and `import('…')`, across lines.
const IMPORT =
  /(?:^|\n)\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The specifiers a module imports values from (type-only imports and re-exports left out). */
export function valueImports(source: string): string[] {
  const specifiers: string[] = [];
  for (const match of source.matchAll(IMPORT)) {
    const [, , typeOnly, clause, from, bare, dynamic] = match;
    if (bare ?? dynamic) specifiers.push((bare ?? dynamic)!);
    else if (from && !typeOnly && !onlyTypes(clause ?? '')) specifiers.push(from);
  }
  return specifiers;
}

/** `{ type A, type B }`: every named import is a type. */
function onlyTypes(clause: string): boolean {
  const named = /^\{([\s\S]*)\}$/.exec(clause.trim());
  if (!named) return false;
  const names = named[1]!
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  return names.length > 0 && names.every((n) => n.startsWith('type '));
}

/**
 * The repository's modules reachable from `entries` by value imports, as '/'-separated paths
 * relative to `root`, sorted; packages (leaflet, supercluster) are not followed.
 */
export function browserModules(root: string, entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    const relative = path.relative(root, file).split(path.sep).join('/');
    if (seen.has(relative)) return;
    seen.add(relative);
    for (const specifier of valueImports(readFileSync(file, 'utf8'))) {
      if (!specifier.startsWith('.')) continue;
      const target = path.resolve(path.dirname(file), specifier);
      const resolved = [target, `${target}.ts`].find((candidate) => candidate.endsWith('.ts') && existsSync(candidate));
      if (resolved) visit(resolved);
    }
  };
  for (const entry of entries) visit(path.resolve(root, entry));
  return [...seen].sort();
}
