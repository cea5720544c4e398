import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { MIN_BYTES, compressedCopies, precompressSite } from './precompress-fs';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const text = (n: number) => 'Territoire Numérique Libre, '.repeat(n);

describe('compressedCopies', () => {
  it('gives gzip and Brotli copies that decompress to the same bytes', () => {
    const bytes = Buffer.from(text(100));
    const { gzip, brotli } = compressedCopies(bytes);
    expect(gunzipSync(gzip!)).toEqual(bytes);
    expect(brotliDecompressSync(brotli!)).toEqual(bytes);
    expect(brotli!.length).toBeLessThan(bytes.length / 10);
  });

  it('writes no copy of a small file, nor one that would not save a tenth', () => {
    expect(compressedCopies(Buffer.from('a'.repeat(MIN_BYTES - 1)))).toEqual({});
    const random = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + ((i * i) % 251)) % 256));
    expect(compressedCopies(random)).toEqual({});
  });
});

describe('precompressSite', () => {
  it('writes .gz and .br beside the text files of every folder, and nothing beside images or Pagefind’s own files', () => {
    const site = mkdtempSync(path.join(tmpdir(), 'tnl-precompress-'));
    dirs.push(site);
    mkdirSync(path.join(site, 'donnees'));
    mkdirSync(path.join(site, 'pagefind'));
    writeFileSync(path.join(site, 'index.html'), text(200));
    writeFileSync(path.join(site, 'donnees', 'resultats.csv'), text(200));
    writeFileSync(path.join(site, 'petit.css'), 'a{}');
    writeFileSync(path.join(site, 'partage.png'), text(200));
    writeFileSync(path.join(site, 'pagefind', 'fr_1.pf_meta'), text(200));
    const report = precompressSite(site);
    expect(readdirSync(site).sort()).toEqual([
      'donnees',
      'index.html',
      'index.html.br',
      'index.html.gz',
      'pagefind',
      'partage.png',
      'petit.css',
    ]);
    expect(readdirSync(path.join(site, 'donnees')).sort()).toEqual(['resultats.csv', 'resultats.csv.br', 'resultats.csv.gz']);
    expect(readdirSync(path.join(site, 'pagefind'))).toEqual(['fr_1.pf_meta']);
    expect(gunzipSync(readFileSync(path.join(site, 'index.html.gz'))).toString()).toBe(text(200));
    expect(report).toMatchObject({ files: 2, bytes: 2 * Buffer.byteLength(text(200)) });
    expect(report.brotliBytes).toBeLessThan(report.gzipBytes);
  });
});
