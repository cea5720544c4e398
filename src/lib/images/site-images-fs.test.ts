import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureAtlas } from '../../../tests/support/atlas-fixture';
import { loadReference } from '../reference/reference-fs';
import { pngSize } from './png-fs';
import { chartPermalink } from '../record/statistics-fs';
import { planSiteImages, renderSiteImages, siteUrl, writeSiteImages, type SiteImages } from './site-images-fs';

const dirs: string[] = [];
const temporary = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'tnl-site-images-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const svg = (text: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="60" height="20"><rect width="60" height="20" fill="#fff"/><text x="2" y="15" font-family="Inter" font-size="12">${text}</text></svg>`;

describe('the public address', () => {
  it('joins the origin and the base path, with or without its last slash', () => {
    expect(siteUrl({ site: 'https://atlas.example', base: '/atlas/' })).toBe('https://atlas.example/atlas/');
    expect(siteUrl({ site: 'https://atlas.example', base: '/atlas' })).toBe('https://atlas.example/atlas/');
    expect(siteUrl({ site: 'https://atlas.example', base: '/' })).toBe('https://atlas.example/');
    expect(chartPermalink({ site: 'https://atlas.example', base: '/atlas/' }, 'couverture')).toBe(
      'https://atlas.example/atlas/statistiques/#graphique-couverture',
    );
  });
});

describe('planSiteImages', () => {
  const images = planSiteImages(fixtureAtlas(), loadReference(), { site: 'https://atlas.example', base: '/atlas/' });

  it('plans the share images and badges of the image plan, and the PNG twin of each chart at twice its size', () => {
    expect(images.pngs.get('/territoires/abbeville/partage.png')).toMatchObject({ width: 1200, height: 630 });
    expect(images.pngs.get('/territoires/abbeville/badge.png')).toMatchObject({ width: 352, height: 148 });
    expect(images.svgs.get('/territoires/abbeville/badge.svg')).toMatch(/^<svg[^>]*width="176" height="74"/);
    const chart = images.pngs.get('/statistiques/couverture.png');
    expect(chart?.svg).toContain('https://atlas.example/atlas/statistiques/#graphique-couverture');
    expect(chart?.width).toBe(2 * Number(/^<svg[^>]*\swidth="(\d+)"/.exec(chart!.svg)![1]));
  });

  it('prints the page address with the base path on a share image', () => {
    expect(images.pngs.get('/territoires/abbeville/partage.png')?.svg).toContain('atlas.example/atlas/territoires/abbeville/');
  });
});

describe('writeSiteImages', () => {
  it('writes each PNG from its cache file and each SVG at its site path, creating the folders', async () => {
    const images: SiteImages = {
      pngs: new Map([
        ['/territoires/boe/badge-2025.png', { svg: svg('Or'), width: 120, height: 40 }],
        ['/partage.png', { svg: svg('Atlas'), width: 60, height: 20 }],
      ]),
      svgs: new Map([['/territoires/boe/badge.svg', svg('Or')]]),
    };
    const rendered = await renderSiteImages(images, { cacheDir: temporary() });
    const site = temporary();
    expect(await writeSiteImages(site, rendered)).toEqual({ pngs: 2, svgs: 1 });
    expect(pngSize(readFileSync(path.join(site, 'territoires/boe/badge-2025.png')))).toEqual({ width: 120, height: 40 });
    expect(pngSize(readFileSync(path.join(site, 'partage.png')))).toEqual({ width: 60, height: 20 });
    expect(readFileSync(path.join(site, 'territoires/boe/badge.svg'), 'utf8')).toBe(svg('Or'));
    // Cache and site on one file system: the PNG is the cache file itself, linked, not a copy.
    const cached = rendered.files.get('/partage.png')!;
    expect(statSync(path.join(site, 'partage.png')).ino).toBe(statSync(cached).ino);
  });

  it('stops rendering when the build is stopped, and says so', async () => {
    const stopped = new AbortController();
    stopped.abort();
    const images: SiteImages = { pngs: new Map([['/partage.png', { svg: svg('Atlas'), width: 60, height: 20 }]]), svgs: new Map() };
    await expect(renderSiteImages(images, { cacheDir: temporary(), signal: stopped.signal })).rejects.toThrow(/abort/i);
  });
});
