import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildThenReplace } from './staged-build-fs';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A project folder with a previous dist/ holding one file. */
function project(): { root: string; dist: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'tnl-staged-'));
  dirs.push(root);
  const dist = path.join(root, 'dist');
  mkdirSync(dist);
  writeFileSync(path.join(dist, 'index.html'), 'ancien');
  return { root, dist };
}

describe('buildThenReplace', () => {
  it('builds next to the target, then replaces it, leaving no temporary folder', async () => {
    const { root, dist } = project();
    let staging = '';
    await buildThenReplace(dist, async (folder) => {
      staging = folder;
      expect(path.dirname(folder)).toBe(root);
      expect(path.basename(folder)).toMatch(/^\.dist-construction-/);
      writeFileSync(path.join(folder, 'index.html'), 'nouveau');
    });
    expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).toBe('nouveau');
    expect(existsSync(staging)).toBe(false);
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('leaves the previous target as it was when the build fails, and removes the half-written folder', async () => {
    const { root, dist } = project();
    await expect(
      buildThenReplace(dist, async (folder) => {
        writeFileSync(path.join(folder, 'index.html'), 'à moitié');
        throw new Error('échec');
      }),
    ).rejects.toThrow('échec');
    expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).toBe('ancien');
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('leaves a target that any user may read and enter (0755), not the private mode of a temporary folder', async () => {
    const { dist } = project();
    await buildThenReplace(dist, async (folder) => writeFileSync(path.join(folder, 'index.html'), 'public'));
    expect((statSync(dist).mode & 0o777).toString(8)).toBe('755');
  });

  it('creates the target when there was none', async () => {
    const { root, dist } = project();
    rmSync(dist, { recursive: true });
    await buildThenReplace(dist, async (folder) => writeFileSync(path.join(folder, 'a.txt'), 'a'));
    expect(readdirSync(dist)).toEqual(['a.txt']);
    expect(readdirSync(root)).toEqual(['dist']);
  });
});
