// Writes a gzip (.gz) and a Brotli (.br) copy beside every text file of the built site, compressed
// once, so that a server serves them as they are (nginx: gzip_static, and brotli_static with
// Debian's libnginx-mod-http-brotli-static) instead of compressing on every request at a lower
// level, or not at all. A copy that would not save at least a tenth of its file is not written: the
// server then sends the file itself.
// Brotli's highest quality (11) costs about 20 times quality 5 for 10 % less: it is kept for the
// few large files every visitor of the map loads (scripts, map data); pages get quality 5. Measured
// on the site of 2025 (1,940 text files, 14.7 MB): quality 11 everywhere 31 s, this mix 2 s.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { constants, brotliCompressSync, gzipSync } from 'node:zlib';

/**
 * Extensions of the text files a server compresses: pages, styles, scripts, data, drawings, feeds.
 * Not Pagefind's index files (.pf_*, .pagefind): they are gzip already, inside.
 */
export const COMPRESSIBLE_EXTENSIONS = [
  'html',
  'css',
  'js',
  'mjs',
  'json',
  'jsonld',
  'geojson',
  'csv',
  'svg',
  'xml',
  'txt',
  'webmanifest',
] as const;

/** Below this size, compression saves less than the headers it costs. */
export const MIN_BYTES = 256;

/** From this size, Brotli's highest quality. */
export const LARGE_BYTES = 64 * 1024;

const COMPRESSIBLE = new RegExp(`\\.(${COMPRESSIBLE_EXTENSIONS.join('|')})$`);

/** What was written: how many files got copies, and the bytes before and after (gzip, Brotli). */
export interface PrecompressReport {
  files: number;
  bytes: number;
  gzipBytes: number;
  brotliBytes: number;
}

/** The two compressed copies of some bytes, each only when it saves a tenth at least. */
export function compressedCopies(bytes: Uint8Array): { gzip?: Uint8Array; brotli?: Uint8Array } {
  if (bytes.length < MIN_BYTES) return {};
  const gzip = gzipSync(bytes, { level: 9 });
  const brotli = brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: bytes.length >= LARGE_BYTES ? constants.BROTLI_MAX_QUALITY : 5,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
  const worth = (copy: Uint8Array) => copy.length <= bytes.length * 0.9;
  return { ...(worth(gzip) && { gzip }), ...(worth(brotli) && { brotli }) };
}

function* files(folder: string, relative = ''): Generator<string> {
  for (const entry of readdirSync(path.join(folder, relative), { withFileTypes: true })) {
    const name = path.join(relative, entry.name);
    if (entry.isDirectory()) yield* files(folder, name);
    else if (entry.isFile() && COMPRESSIBLE.test(entry.name)) yield name;
  }
}

/** Writes `<file>.gz` and `<file>.br` beside every compressible file of `folder`. */
export function precompressSite(folder: string): PrecompressReport {
  const report: PrecompressReport = { files: 0, bytes: 0, gzipBytes: 0, brotliBytes: 0 };
  for (const file of files(folder)) {
    const full = path.join(folder, file);
    const bytes = readFileSync(full);
    const { gzip, brotli } = compressedCopies(bytes);
    if (!gzip && !brotli) continue;
    report.files += 1;
    report.bytes += bytes.length;
    if (gzip) writeFileSync(`${full}.gz`, gzip);
    report.gzipBytes += gzip?.length ?? bytes.length;
    if (brotli) writeFileSync(`${full}.br`, brotli);
    report.brotliBytes += brotli?.length ?? bytes.length;
  }
  return report;
}
