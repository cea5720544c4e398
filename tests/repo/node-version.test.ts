// One Node version, where each tool looks for it: .nvmrc (nvm, GitHub's setup-node), .node-version
// (fnm, nodenv, asdf), the npm package `node` that installs it in node_modules/.bin, and `engines`,
// the oldest Node the project runs on. The package is optional: where its binary is missing, npm
// carries on (tests/repo/install-platforms.test.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { satisfiesMinimum } from '../../scripts/toolchain/node-binary.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const pkg = JSON.parse(read('package.json'));
const lock = JSON.parse(read('package-lock.json'));

describe('the Node version of the project', () => {
  const locked = lock.packages['node_modules/node'].version as string;

  it('is the same in .nvmrc, .node-version and the locked node package', () => {
    expect([read('.nvmrc').trim(), read('.node-version').trim()]).toEqual([locked, locked]);
  });

  it('is at least the minimum of engines, which Astro and Vitest need', () => {
    expect(pkg.engines.node).toBe('>=22.12.0');
    expect(satisfiesMinimum(locked, pkg.engines.node)).toBe(true);
  });

  it('comes from an optional dependency, so that a platform without its binary still installs', () => {
    expect(pkg.optionalDependencies).toEqual({ node: expect.stringMatching(/^\^24\./) });
    expect(pkg.dependencies.node).toBeUndefined();
    expect(pkg.devDependencies.node).toBeUndefined();
    expect(lock.packages['node_modules/node'].optional).toBe(true);
  });

  it('is read by the GitHub workflows from .nvmrc', () => {
    for (const workflow of ['.github/workflows/ci.yml', '.github/workflows/contenu.yml']) {
      const text = read(workflow);
      expect(text, workflow).not.toMatch(/node-version:/);
      expect((text.match(/node-version-file: \.nvmrc/g) ?? []).length, workflow).toBe((text.match(/actions\/setup-node@/g) ?? []).length);
    }
  });

  it('guards every npm script that runs Astro, Vitest or a TypeScript command with a clear message on an older Node', () => {
    const unguarded = Object.entries(pkg.scripts as Record<string, string>)
      .filter(([, command]) => /\b(astro|vitest)\b|register-ts\.ts/.test(command) && !/^npm run /.test(command))
      .filter(([, command]) => !command.includes('scripts/toolchain/require-node.mjs'))
      .map(([name]) => name);
    expect(unguarded).toEqual([]);
  });
});
