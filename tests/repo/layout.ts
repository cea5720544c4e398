// The rules of the repository's layout (docs/architecture.md), as pure functions of its import graph:
// a module of scripts/ lives with the family of commands that runs it, scripts/lib/ holds only what
// several families share, no two modules share a name, imports never go round in a circle, and
// src/integrations/ (Astro's hooks) is imported by the Astro configuration alone.
import path from 'node:path';

/** Every module of the repository (path relative to the root, '/'-separated) and the modules it imports. */
export type ImportGraph = Map<string, string[]>;

/** The npm scripts' entry files of each family of commands, by file; a module under scripts/<family>/ belongs to it. */
export const FAMILY_FOLDERS = ['editor', 'build', 'bench', 'toolchain'] as const;
export type Family = (typeof FAMILY_FOLDERS)[number] | 'tests' | 'site';

/** The family that runs a file: its folder under scripts/, the family of an entry file, tests, or the site. */
export function familyOf(file: string, entries: Record<string, Family>): Family | 'lib' | undefined {
  if (entries[file]) return entries[file];
  if (/(^|\/)[^/]+\.test\.ts$/.test(file) || file.startsWith('tests/')) return 'tests';
  const scripts = /^scripts\/([^/]+)\//.exec(file);
  if (scripts)
    return scripts[1] === 'lib' ? 'lib' : (FAMILY_FOLDERS as readonly string[]).includes(scripts[1]!) ? (scripts[1] as Family) : undefined;
  if (file.startsWith('src/') || file === 'astro.config.mjs') return 'site';
  return undefined;
}

/** Who imports each module. */
export function importers(graph: ImportGraph): Map<string, string[]> {
  const by = new Map<string, string[]>();
  for (const [file, targets] of graph) for (const target of targets) by.set(target, [...(by.get(target) ?? []), file]);
  return by;
}

/**
 * The families that run a module: those of its importers, where a module of scripts/lib/ counts for
 * the families that run it in turn.
 */
export function familiesRunning(module: string, graph: ImportGraph, entries: Record<string, Family>): Set<Family> {
  const by = importers(graph);
  const families = new Set<Family>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    for (const importer of by.get(file) ?? []) {
      if (seen.has(importer)) continue;
      seen.add(importer);
      const family = familyOf(importer, entries);
      if (family === 'lib') visit(importer);
      else if (family) families.add(family);
    }
  };
  visit(module);
  return families;
}

/** Modules of scripts/<family>/ run by another family than their own (their tests aside). */
export function misplacedModules(graph: ImportGraph, entries: Record<string, Family>): string[] {
  const problems: string[] = [];
  for (const file of graph.keys()) {
    const own = familyOf(file, entries);
    if (!file.startsWith('scripts/') || own === 'lib' || own === 'tests' || !own || entries[file]) continue;
    const others = [...familiesRunning(file, graph, entries)].filter((f) => f !== own && f !== 'tests');
    if (others.length > 0)
      problems.push(`${file} (famille ${own}) est utilisé par : ${others.sort().join(', ')} ; déplacez-le dans scripts/lib/`);
  }
  return problems;
}

/** Modules of scripts/lib/ run by fewer than two families (tests count as one). */
export function lonelySharedModules(graph: ImportGraph, entries: Record<string, Family>, loadedByNode: readonly string[]): string[] {
  const problems: string[] = [];
  for (const file of graph.keys()) {
    if (!file.startsWith('scripts/lib/') || file.endsWith('.test.ts') || loadedByNode.includes(file)) continue;
    const families = [...familiesRunning(file, graph, entries)].sort();
    if (families.length < 2)
      problems.push(
        `${file} ne sert qu’à ${families.join(', ') || 'personne'} : rangez-le avec ${families.length === 1 ? `sa famille (${families[0] === 'tests' ? 'tests/support/' : `scripts/${families[0]}/`})` : 'ce qui l’utilise, ou supprimez-le'}`,
      );
  }
  return problems;
}

/** Module names (file name without extension and folder) used by more than one module. */
export function repeatedNames(files: readonly string[]): string[] {
  const byName = new Map<string, string[]>();
  for (const file of files) {
    const name = path.posix.basename(file).replace(/\.[^.]+$/, '');
    byName.set(name, [...(byName.get(name) ?? []), file]);
  }
  return [...byName]
    .filter(([, list]) => list.length > 1)
    .map(([name, list]) => `« ${name} » : ${list.sort().join(', ')}`)
    .sort();
}

/** Every circle of imports, each given once from its smallest module (Tarjan's strongly connected components). */
export function importCycles(graph: ImportGraph): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const connect = (file: string) => {
    indices.set(file, index);
    low.set(file, index);
    index += 1;
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!indices.has(target)) {
        connect(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) low.set(file, Math.min(low.get(file)!, indices.get(target)!));
    }
    if (low.get(file) === indices.get(file)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      if (component.length > 1 || (graph.get(file) ?? []).includes(file)) cycles.push(component.sort());
    }
  };
  for (const file of [...graph.keys()].sort()) if (!indices.has(file)) connect(file);
  return cycles.sort((a, b) => a[0]!.localeCompare(b[0]!));
}

/** Importers of src/integrations/ other than the Astro configuration. */
export function integrationImporters(graph: ImportGraph, config = 'astro.config.mjs'): string[] {
  const problems: string[] = [];
  for (const [file, targets] of graph)
    for (const target of targets)
      if (target.startsWith('src/integrations/') && file !== config && !file.startsWith('src/integrations/'))
        problems.push(`${file} importe ${target} : seul ${config} branche les intégrations ; ce qu’elles partagent va dans src/lib/`);
  return problems.sort();
}
