// Astro integration: writes the `_headers` file into the site a plain `astro build` built, with paths
// under the configured base path (src/lib/site-files/headers-file-fs.ts). `npm run build` turns it off
// (astro.config.mjs, `writeSiteFiles: false`) and writes the file itself, once Pagefind's files are there.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeHeadersFile } from '../lib/site-files/headers-file-fs';

export function securityHeaders({ writeFile }: { writeFile: boolean }): AstroIntegration {
  let base = '/';
  return {
    name: 'atlas:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!writeFile) return;
        logger.info(`_headers écrit (${writeHeadersFile(fileURLToPath(dir), base)} règles).`);
      },
    },
  };
}
