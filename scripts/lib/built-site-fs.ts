// Reads pages of the built site (dist/) as text for build-output tests.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** The built site: dist/, or DIST_DIR to test a build made elsewhere (`astro build --outDir …`). */
export const distDir = path.resolve(process.env.DIST_DIR ?? path.resolve(import.meta.dirname, '../../dist'));

/** Fails early with a helpful message when the site has not been built. */
export function requireDist(): void {
  if (!existsSync(path.join(distDir, 'index.html')))
    throw new Error('dist/ est absent : lancez « npm run build » avant ces tests (npm test le fait).');
}

/** The HTML of a page by its site path ("/editions/2022/"). */
export function readPage(sitePath: string): string {
  return readFileSync(path.join(distDir, sitePath, sitePath.endsWith('/') ? 'index.html' : ''), 'utf8');
}

/** The visible text of an HTML page: tags, scripts and styles removed, whitespace collapsed. */
export function textOf(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every HTML file of a built site (dist/ by default), as site paths. */
export function listPages(root = distDir): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return walk(full);
      return name.endsWith('.html')
        ? [
            '/' +
              path
                .relative(root, full)
                .split(path.sep)
                .join('/')
                .replace(/index\.html$/, ''),
          ]
        : [];
    });
  return walk(root);
}
