// The build must refuse invalid content: a copy of the project with one broken file is built
// and must fail, naming the file and the field.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const copies: string[] = [];

function projectCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tnl-build-'));
  copies.push(dir);
  for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public'])
    cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

function build(dir: string) {
  const result = spawnSync('npx', ['astro', 'build'], {
    cwd: dir,
    encoding: 'utf8',
    // Its own Astro cache: the default one sits in the linked node_modules, shared with every build.
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: path.join(dir, '.astro-cache') },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('astro build', () => {
  it('fails on a result for an unknown territory, naming the file, the field and a suggestion', () => {
    const dir = projectCopy();
    const file = path.join(dir, 'content/editions/2022.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('territory: abbeville', 'territory: abeville'));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('content/editions/2022.yaml › results[0].territory\n  territoire « abeville » inconnu');
    expect(output).toContain('vouliez-vous dire « abbeville » ?');
    expect(existsSync(path.join(dir, 'dist/index.html'))).toBe(false);
  }, 120_000);

  it('fails on a distinction outside the edition scale, naming the file and the field', () => {
    const dir = projectCopy();
    const file = path.join(dir, 'content/editions/2023.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/distinction: 5/, 'distinction: or'));
    const { status, output } = build(dir);
    expect(status).not.toBe(0);
    expect(output).toMatch(/editions/);
    expect(output).toContain('2023');
    expect(output).toContain("distinction « or » absente de l'échelle de l'édition 2023");
  }, 120_000);
});
