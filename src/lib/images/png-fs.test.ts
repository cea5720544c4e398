import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pngCacheDir, pngKey, pngSize, prunePngCache, renderPngs } from './png-fs';

const svg = (text: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="#fff"/><text x="4" y="28" font-family="Inter" font-size="20">${text}</text></svg>`;

const dirs: string[] = [];
const cacheDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'tnl-png-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('renderPngs', () => {
  it('renders each missing PNG once, at the size asked, and nothing on a second run (the cache)', async () => {
    const dir = cacheDir();
    const jobs = [
      { svg: svg('Or 2025'), width: 240, height: 80 },
      { svg: svg('Or 2025'), width: 240, height: 80 },
      { svg: svg('Niveau 5'), width: 120, height: 40 },
    ];
    const cold = await renderPngs(jobs, { cacheDir: dir });
    expect([cold.rendered, cold.cached, cold.workers]).toEqual([2, 0, 0]);
    expect(cold.files[0]).toBe(cold.files[1]);
    expect(pngSize(readFileSync(cold.files[0]!))).toEqual({ width: 240, height: 80 });
    expect(pngSize(readFileSync(cold.files[2]!))).toEqual({ width: 120, height: 40 });
    const warm = await renderPngs(jobs, { cacheDir: dir });
    expect([warm.rendered, warm.cached]).toEqual([0, 2]);
    expect(warm.files).toEqual(cold.files);
  });

  it('renders in worker threads when there are many, leaving no temporary file', async () => {
    const dir = cacheDir();
    const jobs = Array.from({ length: 10 }, (_, i) => ({ svg: svg(`Badge ${i}`), width: 120, height: 40 }));
    const report = await renderPngs(jobs, { cacheDir: dir, workers: 2 });
    expect([report.rendered, report.workers]).toEqual([10, 2]);
    expect(readdirSync(dir).sort()).toEqual(report.files.map((f) => path.basename(f)).sort());
    for (const file of report.files) expect(pngSize(readFileSync(file))).toEqual({ width: 120, height: 40 });
  });

  it('says which image could not be rendered, in this thread or in a worker', async () => {
    const one = { svg: '<svg', width: 120, height: 40 };
    await expect(renderPngs([one], { cacheDir: cacheDir() })).rejects.toThrow(
      new RegExp(`^Rendu PNG impossible pour 1 image\\(s\\) :\\n${pngKey(one)}\\.png : `),
    );
    const jobs = Array.from({ length: 8 }, (_, i) => ({ svg: i === 3 ? '<svg' : svg(String(i)), width: 120, height: 40 }));
    await expect(renderPngs(jobs, { cacheDir: cacheDir(), workers: 2 })).rejects.toThrow(
      new RegExp(`^Rendu PNG impossible pour 1 image\\(s\\) :\\n${pngKey(jobs[3]!)}\\.png : `),
    );
  });
});

describe('prunePngCache', () => {
  const DAY = 24 * 60 * 60 * 1000;
  const age = (file: string, days: number) => utimesSync(file, new Date(Date.now() - days * DAY), new Date(Date.now() - days * DAY));

  it('removes the PNGs unused for a month, keeps the recent ones and those of this build', async () => {
    const dir = cacheDir();
    const [kept, recent, old] = (
      await renderPngs(
        ['Or', 'Argent', 'Bronze'].map((text) => ({ svg: svg(text), width: 120, height: 40 })),
        { cacheDir: dir },
      )
    ).files as [string, string, string];
    age(kept, 90);
    age(recent, 29);
    age(old, 31);
    const leftover = path.join(dir, `${path.basename(old)}.123-0.tmp`);
    writeFileSync(leftover, 'half a file');
    age(leftover, 2);
    const removedBytes = statSync(old).size + 'half a file'.length;
    expect(prunePngCache([kept], { cacheDir: dir })).toEqual({ files: 2, bytes: removedBytes });
    expect(readdirSync(dir).sort()).toEqual([kept, recent].map((f) => path.basename(f)).sort());
  });

  it('marks a cached PNG as used when a build reads it, so that a later prune keeps it', async () => {
    const dir = cacheDir();
    const job = { svg: svg('Or'), width: 120, height: 40 };
    const [file] = (await renderPngs([job], { cacheDir: dir })).files as [string];
    age(file, 40);
    await renderPngs([job], { cacheDir: dir });
    expect(Date.now() - statSync(file).mtimeMs).toBeLessThan(DAY);
    expect(prunePngCache([], { cacheDir: dir })).toEqual({ files: 0, bytes: 0 });
  });
});

describe('pngKey', () => {
  it('changes with the markup and with the size', () => {
    const job = { svg: svg('Or'), width: 120, height: 40 };
    expect(pngKey(job)).toMatch(/^[0-9a-f]{64}$/);
    expect(pngKey(job)).toBe(pngKey({ ...job }));
    expect(pngKey({ ...job, svg: svg('Argent') })).not.toBe(pngKey(job));
    expect(pngKey({ ...job, width: 240, height: 80 })).not.toBe(pngKey(job));
  });
});

describe('pngCacheDir', () => {
  it('is IMAGE_CACHE_DIR, else images/ in Astro’s cache folder', () => {
    expect(pngCacheDir({ IMAGE_CACHE_DIR: 'cache/png' }, '/projet')).toBe('/projet/cache/png');
    expect(pngCacheDir({ ASTRO_CACHE_DIR: '/tmp/astro' }, '/projet')).toBe('/tmp/astro/images');
    expect(pngCacheDir({}, '/projet')).toBe('/projet/node_modules/.astro/images');
  });
});

describe('pngSize', () => {
  it('reads the size in a PNG header, and refuses what is not a PNG', () => {
    const header = Buffer.from('89504e470d0a1a0a0000000d49484452000004b000000276', 'hex');
    expect(pngSize(header)).toEqual({ width: 1200, height: 630 });
    expect(pngSize(Buffer.from('<svg/>'))).toBeUndefined();
  });
});
