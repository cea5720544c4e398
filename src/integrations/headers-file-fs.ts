// Astro integration: writes the `_headers` file (Netlify, Cloudflare Pages) into the built site,
// with paths under the configured base path and one rule per top-level group of pages.
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { FILES_AFTER_ASTRO } from '../lib/images/site-images-fs';
import { headerRules, renderHeadersFile } from '../lib/security-headers';

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

export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'atlas:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        // npm run build adds the image files after Astro, then writes _headers itself.
        if (process.env[FILES_AFTER_ASTRO]) return;
        logger.info(`_headers écrit (${writeHeadersFile(fileURLToPath(dir), base)} règles).`);
      },
    },
  };
}
