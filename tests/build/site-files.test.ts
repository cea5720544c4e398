// The files a browser, a phone or a security researcher asks every site for: the PNG icons (besides
// the SVG one), the web manifest, /.well-known/security.txt (RFC 9116), each linked from every page.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { distDir, listPages, readPage, requireDist } from '../../scripts/lib/built-site-fs';

beforeAll(requireDist);

/** Width and height of a PNG file, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the icons and the web manifest', () => {
  it('has PNG icons of 32 and 180 pixels beside the SVG one', () => {
    expect(pngSize(path.join(distDir, 'favicon.png'))).toEqual({ width: 32, height: 32 });
    expect(pngSize(path.join(distDir, 'apple-touch-icon.png'))).toEqual({ width: 180, height: 180 });
  });

  it('names the site in French in its manifest, whose icons exist at their declared size', () => {
    const manifest = JSON.parse(readFileSync(path.join(distDir, 'manifest.webmanifest'), 'utf8')) as {
      name: string;
      short_name: string;
      lang: string;
      theme_color: string;
      icons: { src: string; sizes: string; type: string }[];
    };
    expect({ name: manifest.name, short: manifest.short_name, lang: manifest.lang, theme: manifest.theme_color }).toEqual({
      name: 'Atlas du label Territoire Numérique Libre',
      short: 'Atlas TNL',
      lang: 'fr',
      theme: '#1b3a6b',
    });
    const base = new URL(readPage('/').match(/<link rel="canonical" href="([^"]+)"/)![1]!).pathname;
    for (const icon of manifest.icons) {
      const file = path.join(distDir, icon.src.slice(base.length));
      expect(existsSync(file), icon.src).toBe(true);
      if (icon.type === 'image/png') {
        const { width, height } = pngSize(file);
        expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
      }
    }
  });

  it('links the icons and the manifest from every page', () => {
    const missing = listPages().filter((page) => {
      const html = readPage(page);
      return !['rel="icon" href="', 'type="image/png" sizes="32x32"', 'rel="apple-touch-icon"', 'rel="manifest"'].every((part) =>
        html.includes(part),
      );
    });
    expect(missing).toEqual([]);
  });
});

describe('/.well-known/security.txt', () => {
  it('gives a contact, the canonical address, French then English, and expires within a year', () => {
    const text = readFileSync(path.join(distDir, '.well-known/security.txt'), 'utf8');
    const fields = Object.fromEntries(
      text
        .split('\n')
        .filter((line) => /^[A-Z][A-Za-z-]+: /.test(line))
        .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 2)]),
    );
    expect(Object.keys(fields)).toEqual(['Contact', 'Expires', 'Preferred-Languages', 'Canonical']);
    expect(fields.Contact).toMatch(/^(https:\/\/|mailto:|http:\/\/localhost:4321\/)/);
    expect(fields['Preferred-Languages']).toBe('fr, en');
    expect(fields.Canonical).toMatch(/\/\.well-known\/security\.txt$/);
    const expires = Date.parse(fields.Expires!);
    // dist/ is built just before the tests (npm test): the file is valid now and for less than a year.
    expect(expires).toBeGreaterThan(Date.now());
    expect(expires - Date.now()).toBeLessThan(365 * 24 * 3600 * 1000);
  });
});
