// A tiny static server for dist/ on 127.0.0.1 (random port), optionally under a base path and
// with the headers of dist/_headers, so that browser tests see what a static host serves.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { headersForPath, parseHeadersFile } from './headers-file-reader';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.csv': 'text/csv; charset=utf-8',
  '.geojson': 'application/geo+json',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

export interface ServeOptions {
  /** Base path the site is built for ('/' or '/atlas/'). */
  base?: string;
  /** Headers added to every response (e.g. parsed from _headers). */
  headers?: (urlPath: string) => Record<string, string>;
}

export function serveDist(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const base = options.base ?? '/';
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const send = (status: number, file: string) => {
      res.writeHead(status, {
        'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        ...(options.headers?.(url.pathname) ?? {}),
      });
      createReadStream(file).pipe(res);
    };
    const notFound = () => send(404, path.join(root, '404.html'));
    if (!url.pathname.startsWith(base)) return notFound();
    const relative = decodeURIComponent(url.pathname.slice(base.length));
    let file = path.join(root, relative);
    if (!file.startsWith(root)) return notFound();
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) return notFound();
    send(200, file);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

/** Serves a built site with the headers of its own _headers file, as Netlify or Cloudflare would. */
export function serveBuiltSite(root: string, base = '/'): Promise<StaticServer> {
  const rules = parseHeadersFile(readFileSync(path.join(root, '_headers'), 'utf8'));
  return serveDist(root, { base, headers: (urlPath) => headersForPath(rules, urlPath).headers });
}
