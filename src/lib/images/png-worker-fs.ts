// The PNG renderer of png-fs.ts: resvg draws the SVG, then encodePng writes the pixels as an
// indexed-colour PNG when they hold 256 colours or fewer (text on flat colours always does: 5 to
// 10 times smaller than resvg's RGBA PNG, and faster to compress), else as RGBA.
// Loaded as a worker thread by png-fs.ts (Node strips the types itself), or imported for one
// render in the calling thread. Self-contained on purpose: a worker loads it without the
// project's module resolution.
import { renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isMainThread, parentPort, threadId, workerData } from 'node:worker_threads';
import { crc32, deflateSync } from 'node:zlib';

export interface RendererFiles {
  /** Path of the @resvg/resvg-js module. */
  module: string;
  /** The font files, the only fonts resvg may use. */
  fonts: string[];
}

/** Draws an SVG at `width` pixels wide and returns its PNG. */
export function renderSvgToPng(svg: string, width: number, files: RendererFiles): Buffer {
  const { Resvg } = createRequire(import.meta.url)(files.module) as typeof import('@resvg/resvg-js');
  const image = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: { fontFiles: files.fonts, loadSystemFonts: false, defaultFontFamily: 'Inter' },
  }).render();
  return encodePng(image.pixels, image.width, image.height) ?? image.asPng();
}

/**
 * A PNG of premultiplied RGBA pixels (as resvg gives them) with a palette, or undefined when they
 * hold more than 256 colours. Rows are not filtered, as the PNG specification advises for palettes.
 */
export function encodePng(pixels: Uint8Array, width: number, height: number): Buffer | undefined {
  const palette = new Map<number, number>();
  const rows = Buffer.alloc(height * (width + 1));
  // One pixel per 32-bit word, in the machine's byte order (read back channel by channel below).
  const aligned = pixels.byteOffset % 4 === 0 ? pixels : Uint8Array.from(pixels);
  const words = new Uint32Array(aligned.buffer, aligned.byteOffset, width * height);
  let lastColour = -1;
  let lastIndex = 0;
  for (let y = 0, out = 0, at = 0; y < height; y++) {
    rows[out++] = 0;
    for (let x = 0; x < width; x++, at++) {
      const colour = words[at]!;
      if (colour !== lastColour) {
        let index = palette.get(colour);
        if (index === undefined) {
          if (palette.size === 256) return undefined;
          index = palette.size;
          palette.set(colour, index);
        }
        lastColour = colour;
        lastIndex = index;
      }
      rows[out++] = lastIndex;
    }
  }
  const plte = Buffer.alloc(palette.size * 3);
  const trns = Buffer.alloc(palette.size);
  let opaque = true;
  const rgba = new Uint8Array(4);
  const word = new Uint32Array(rgba.buffer);
  for (const [colour, index] of palette) {
    word[0] = colour;
    const alpha = rgba[3]!;
    // Premultiplied to straight alpha.
    const straight = (channel: number) => (alpha === 0 ? 0 : Math.min(255, Math.round((channel * 255) / alpha)));
    plte[index * 3] = straight(rgba[0]!);
    plte[index * 3 + 1] = straight(rgba[1]!);
    plte[index * 3 + 2] = straight(rgba[2]!);
    trns[index] = alpha;
    if (alpha !== 255) opaque = false;
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', plte),
    ...(opaque ? [] : [chunk('tRNS', trns)]),
    chunk('IDAT', deflateSync(rows, { level: 6 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** Writes a file under a temporary name, then renames it: a cache shared by two builds never holds half a file. */
export function writeAtomically(file: string, bytes: Buffer): void {
  const temporary = `${file}.${process.pid}-${threadId}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, file);
}

// As a worker: render each job it is sent into its cache file, and say when done (or why not).
if (!isMainThread && parentPort && (workerData as { pngWorker?: RendererFiles } | null)?.pngWorker) {
  const files = (workerData as { pngWorker: RendererFiles }).pngWorker;
  const port = parentPort;
  port.on('message', ({ svg, width, file }: { svg: string; width: number; file: string }) => {
    try {
      writeAtomically(file, renderSvgToPng(svg, width, files));
      port.postMessage({ file });
    } catch (error) {
      port.postMessage({ file, error: (error as Error).message ?? String(error) });
    }
  });
}
