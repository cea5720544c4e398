// Writes the `_headers` file (Netlify, Cloudflare Pages) into a built site, from the files it holds:
// by the Astro integration after a plain `astro build`, by `npm run build` once Pagefind has written
// its index (the file covers every file of the site).
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { headerRules, renderHeadersFile } from './security-headers';

/** Every file under a folder, as '/'-separated paths relative to it. */
function listFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

/** Writes `_headers` into a built site, from the files it holds; returns the number of rules. */
export function writeHeadersFile(siteDir: string, base: string): number {
  const rules = headerRules(base, listFiles(siteDir));
  writeFileSync(path.join(siteDir, '_headers'), renderHeadersFile(rules));
  return rules.length;
}
