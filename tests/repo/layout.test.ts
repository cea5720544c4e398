// The layout of the repository (docs/architecture.md) holds: each rule on a small graph, then on the
// repository itself.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImportGraph, sourceFiles } from './import-graph-fs';
import {
  importCycles,
  integrationImporters,
  lonelySharedModules,
  misplacedModules,
  repeatedNames,
  type Family,
  type ImportGraph,
} from './layout';

const root = path.resolve(import.meta.dirname, '../..');

/** The family of each npm script's entry file (package.json names the files). */
const ENTRIES: Record<string, Family> = {
  'scripts/check-content.ts': 'editor',
  'scripts/check-sources.ts': 'editor',
  'scripts/create-edition.ts': 'editor',
  'scripts/import-results.ts': 'editor',
  'scripts/generate-schemas.ts': 'editor',
  'scripts/build-site.ts': 'build',
  'scripts/check-site.ts': 'build',
  'scripts/check-deployment.ts': 'build',
  'scripts/generate-icons.ts': 'build',
  'scripts/bench/index.ts': 'bench',
  'scripts/bench/content.ts': 'bench',
  'scripts/bench/map.ts': 'bench',
  'scripts/bench/search.ts': 'bench',
  'scripts/bench/images.ts': 'bench',
  'scripts/verify-node.mjs': 'toolchain',
  'scripts/pin-node.mjs': 'toolchain',
};
/** Loaded by Node before an npm script's entry file (--import, or run before it), imported by no module: the TypeScript hooks, the Node version guard. */
const LOADED_BY_NODE = ['scripts/lib/register-ts.ts', 'scripts/toolchain/require-node.mjs'];

const graphOf = (edges: Record<string, string[]>): ImportGraph => new Map(Object.entries(edges));

describe('the layout rules', () => {
  const entries: Record<string, Family> = { 'scripts/import.ts': 'editor', 'scripts/build.ts': 'build' };

  it('finds a module of one family run by another one', () => {
    const graph = graphOf({
      'scripts/import.ts': ['scripts/editor/plan.ts'],
      'scripts/build.ts': ['scripts/editor/plan.ts'],
      'scripts/editor/plan.ts': [],
      'scripts/editor/plan.test.ts': ['scripts/editor/plan.ts'],
    });
    expect(misplacedModules(graph, entries)).toEqual([
      'scripts/editor/plan.ts (famille editor) est utilisé par : build ; déplacez-le dans scripts/lib/',
    ]);
  });

  it('finds a shared module that only one family runs, following shared modules to their users', () => {
    const graph = graphOf({
      'scripts/import.ts': ['scripts/lib/cli.ts'],
      'scripts/build.ts': ['scripts/lib/cli.ts', 'scripts/lib/server.ts'],
      'scripts/lib/cli.ts': [],
      'scripts/lib/server.ts': ['scripts/lib/headers.ts'],
      'scripts/lib/headers.ts': [],
      'tests/build/site.test.ts': ['scripts/lib/server.ts'],
      'tests/support/helper.ts': ['scripts/lib/only-tests.ts'],
      'scripts/lib/only-tests.ts': [],
    });
    expect(lonelySharedModules(graph, entries, [])).toEqual([
      'scripts/lib/only-tests.ts ne sert qu’à tests : rangez-le avec sa famille (tests/support/)',
    ]);
  });

  it('names modules that share a name', () => {
    expect(repeatedNames(['src/lib/images/site-images-fs.ts', 'src/integrations/site-images-fs.ts', 'src/lib/text.ts'])).toEqual([
      '« site-images-fs » : src/integrations/site-images-fs.ts, src/lib/images/site-images-fs.ts',
    ]);
  });

  it('finds circles of imports, type-only ones included', () => {
    const graph = graphOf({ 'a.ts': ['b.ts'], 'b.ts': ['c.ts'], 'c.ts': ['a.ts'], 'd.ts': ['a.ts'], 'e.ts': ['e.ts'] });
    expect(importCycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts'], ['e.ts']]);
    expect(importCycles(graphOf({ 'a.ts': ['b.ts'], 'b.ts': [] }))).toEqual([]);
  });

  it('finds an integration imported by something other than the Astro configuration', () => {
    const graph = graphOf({
      'astro.config.mjs': ['src/integrations/images-integration-fs.ts'],
      'scripts/build-site.ts': ['src/integrations/images-integration-fs.ts'],
    });
    expect(integrationImporters(graph)).toEqual([
      'scripts/build-site.ts importe src/integrations/images-integration-fs.ts : seul astro.config.mjs branche les intégrations ; ce qu’elles partagent va dans src/lib/',
    ]);
  });
});

describe('the repository', () => {
  const files = sourceFiles(root);
  const graph = readImportGraph(root, files);

  it('names the family of every npm script’s entry file', () => {
    const scripts = Object.values(
      (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts,
    );
    const named = scripts.flatMap((command) => [...command.matchAll(/\s(scripts\/[^\s]+\.(?:ts|mjs))/g)].map((m) => m[1]!));
    const entryFiles = [...new Set(named)].filter((file) => !LOADED_BY_NODE.includes(file)).sort();
    expect(entryFiles).toEqual(Object.keys(ENTRIES).sort());
  });

  it('keeps each module of scripts/ with the family of commands that runs it', () => {
    expect(misplacedModules(graph, ENTRIES)).toEqual([]);
  });

  it('keeps in scripts/lib/ only what two families or more run', () => {
    expect(lonelySharedModules(graph, ENTRIES, LOADED_BY_NODE)).toEqual([]);
  });

  it('gives every module of src/ and scripts/ its own name', () => {
    const modules = files.filter(
      (file) => /^(src|scripts)\//.test(file) && !file.endsWith('.test.ts') && !/^src\/(pages|components|layouts)\//.test(file),
    );
    expect(repeatedNames(modules)).toEqual([]);
  });

  it('has no circle of imports', () => {
    expect(importCycles(graph)).toEqual([]);
  });

  it('lets only the Astro configuration import src/integrations/', () => {
    expect(integrationImporters(graph)).toEqual([]);
  });
});
