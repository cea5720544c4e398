import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePng } from './png-worker-fs';

/** The chunks of a PNG: type and data. */
function chunks(png: Buffer): Array<[string, Buffer]> {
  const found: Array<[string, Buffer]> = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    found.push([png.toString('latin1', at + 4, at + 8), png.subarray(at + 8, at + 8 + length)]);
    at += 12 + length;
  }
  return found;
}

describe('encodePng', () => {
  it('writes an indexed-colour PNG, premultiplied pixels turned to straight alpha', () => {
    // Opaque red, red at half opacity (premultiplied: 128, 0, 0, 128), transparent.
    const pixels = Uint8Array.from([255, 0, 0, 255, 128, 0, 0, 128, 0, 0, 0, 0, 255, 0, 0, 255]);
    const png = encodePng(pixels, 2, 2)!;
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const parts = Object.fromEntries(chunks(png));
    expect(Object.keys(parts)).toEqual(['IHDR', 'PLTE', 'tRNS', 'IDAT', 'IEND']);
    expect([...parts.IHDR!]).toEqual([0, 0, 0, 2, 0, 0, 0, 2, 8, 3, 0, 0, 0]);
    expect([...parts.PLTE!]).toEqual([255, 0, 0, 255, 0, 0, 0, 0, 0]);
    expect([...parts.tRNS!]).toEqual([255, 128, 0]);
    expect([...inflateSync(parts.IDAT!)]).toEqual([0, 0, 1, 0, 2, 0]);
  });

  it('leaves out the transparency chunk of an opaque image', () => {
    const png = encodePng(Uint8Array.from([255, 255, 255, 255]), 1, 1)!;
    expect(chunks(png).map(([type]) => type)).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
  });

  it('gives up beyond 256 colours (the caller keeps resvg’s RGBA PNG)', () => {
    const pixels = new Uint8Array(257 * 4);
    for (let i = 0; i < 257; i++) pixels.set([i % 256, i >> 8, 0, 255], i * 4);
    expect(encodePng(pixels, 257, 1)).toBeUndefined();
    expect(encodePng(pixels.subarray(0, 256 * 4), 256, 1)).toBeDefined();
  });
});
