// Astro integration: writes the `_headers` file (Netlify, Cloudflare Pages) into the built site,
// with paths under the configured base path and one rule per top-level group of pages.
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headerRules, renderHeadersFile } from '../lib/security-headers';

/** Every file under a folder, as '/'-separated paths relative to it. */
function listFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
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
        const root = fileURLToPath(dir);
        const rules = headerRules(base, listFiles(root));
        writeFileSync(path.join(root, '_headers'), renderHeadersFile(rules));
        logger.info(`_headers écrit (${rules.length} règles).`);
      },
    },
  };
}
