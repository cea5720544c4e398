// Two builds of the same sources must give the same bytes: a fresh build (cold Astro cache, another
// folder) is compared with dist/ as `npm run build` made it.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildSite } from '../../scripts/lib/isolated-build-fs';
import { distDir, requireDist } from '../../scripts/lib/built-site-fs';
import { listFiles } from '../support/site-checks';

const outDir = mkdtempSync(path.join(tmpdir(), 'tnl-repro-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** Hash of every file of a folder, by relative path. */
function fingerprint(root: string): Map<string, string> {
  return new Map(
    listFiles(root).map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(path.join(root, file)))
        .digest('hex'),
    ]),
  );
}

/** The first line that differs between two versions of a text file, for the error message. */
function firstDifference(file: string): string {
  if (!/\.(html|xml|txt|css|js|json|svg|csv|geojson)$|_headers$/.test(file)) return '';
  const [a, b] = [distDir, outDir].map((root) => readFileSync(path.join(root, file), 'utf8').split('\n')) as [string[], string[]];
  const line = Math.max(
    a.findIndex((text, index) => text !== b[index]),
    0,
  );
  const [left = '', right = ''] = [a[line], b[line]];
  let column = 0;
  while (column < left.length && left[column] === right[column]) column++;
  const excerpt = (text: string) => text.slice(Math.max(column - 30, 0), column + 50);
  return ` (ligne ${line + 1}, colonne ${column + 1} : « ${excerpt(left)} » / « ${excerpt(right)} »)`;
}

it('gives a dist/ identical byte for byte to a fresh build of the same sources', async () => {
  requireDist();
  const started = Date.now();
  await buildSite(outDir);
  console.log(`Construction de contrôle en ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  const [before, after] = [fingerprint(distDir), fingerprint(outDir)];
  const differences = [...new Set([...before.keys(), ...after.keys()])].sort().flatMap((file) => {
    if (!after.has(file)) return [`${file} : seulement dans dist/`];
    if (!before.has(file)) return [`${file} : seulement dans la nouvelle construction`];
    return before.get(file) === after.get(file) ? [] : [`${file} : contenu différent${firstDifference(file)}`];
  });
  // If dist/ predates your last change, run `npm run build` first (npm test does).
  expect(differences).toEqual([]);
}, 300_000);
