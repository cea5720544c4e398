// The nginx snippet of docs/deploiement.md is the one the code generates, and serving dist/ with it
// in Debian's nginx (workers as www-data, as installed) answers 200 for every file, sends what
// _headers says, plus what only a configured host adds (HSTS, charsets, caching, the HTTPS
// redirect), and every text file compressed from the build's own .gz (and, with the Brotli module,
// .br) copies.
import { readFileSync } from 'node:fs';
import { request, type IncomingMessage } from 'node:http';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheControl, nginxSnippet, resourcePolicy, type HeaderRule } from '../../src/lib/site-files/security-headers';
import { headersForPath, parseHeadersFile } from '../../scripts/lib/headers-file-reader';
import { distDir, requireDist } from '../../scripts/lib/built-site-fs';
import { guideSnippet, nginxHosts, type NginxHost } from '../support/nginx-server-fs';
import { listFiles } from '../support/site-checks';

const snippet = guideSnippet();

describe('the deployment guide', () => {
  it('shows the nginx snippet that src/lib/site-files/security-headers.ts generates', () => {
    expect(snippet).toBe(nginxSnippet('/'));
  });
});

/** The URL a file is served at: a folder's index.html at the folder. */
const urlOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

describe.each(nginxHosts())('dist/ served with the snippet by Debian’s $name', ({ start, brotli }) => {
  let host: NginxHost;
  let rules: HeaderRule[];
  let files: string[];
  beforeAll(async () => {
    requireDist();
    rules = parseHeadersFile(readFileSync(path.join(distDir, '_headers'), 'utf8'));
    files = listFiles(distDir).filter((file) => !file.startsWith('_headers'));
    host = await start(distDir, snippet);
  });
  afterAll(() => host?.close());

  const get = (url: string, init?: RequestInit) => fetch(`${host.origin}${url}`, { redirect: 'manual', ...init });

  /** A response as sent, its body not decompressed (fetch() decompresses). */
  const raw = (url: string, acceptEncoding: string) =>
    new Promise<{ statusCode: number; headers: IncomingMessage['headers']; body: Buffer }>((resolve, reject) =>
      request(`${host.origin}${url}`, { headers: { 'Accept-Encoding': acceptEncoding } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ statusCode: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      })
        .on('error', reject)
        .end(),
    );

  it('runs its workers as www-data, the user of Debian’s nginx, when the tests run as root', () => {
    expect(host.workerUser).toBe(process.getuid?.() === 0 ? 'www-data' : (process.env.USER ?? host.workerUser));
  });

  it('sends for every file the headers of _headers, a resource policy, a cache policy and HSTS', async () => {
    const problems: string[] = [];
    for (const file of files) {
      const url = urlOf(file);
      const response = await get(url);
      await response.arrayBuffer();
      if (response.status !== 200) {
        problems.push(`${url} : HTTP ${response.status}`);
        continue;
      }
      const expected = {
        ...headersForPath(rules, url).headers,
        // What _headers leaves to the host, or cannot say for one file in a folder of mixed files.
        'Cross-Origin-Resource-Policy': resourcePolicy(url),
        'Cache-Control': cacheControl(url),
        'Strict-Transport-Security': 'max-age=31536000',
      };
      for (const [name, value] of Object.entries(expected)) {
        const sent = response.headers.get(name);
        if (sent !== value) problems.push(`${url} : ${name} « ${sent} » au lieu de « ${value} »`);
      }
      if (!/frame-ancestors/.test(response.headers.get('content-security-policy') ?? ''))
        problems.push(`${url} : pas de Content-Security-Policy avec frame-ancestors`);
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it('sends the open data as UTF-8 CSV, JSON and GeoJSON that any site may fetch, kept ten minutes', async () => {
    const sent = async (url: string) => {
      const response = await get(url, { headers: { Origin: 'https://notebook.exemple.org' } });
      await response.arrayBuffer();
      return {
        status: response.status,
        type: response.headers.get('content-type'),
        cors: response.headers.get('access-control-allow-origin'),
        corp: response.headers.get('cross-origin-resource-policy'),
        cache: response.headers.get('cache-control'),
      };
    };
    const data = { status: 200, cors: '*', corp: 'cross-origin', cache: 'public, max-age=600' };
    expect(await sent('/donnees/resultats.csv')).toEqual({ ...data, type: 'text/csv; charset=utf-8' });
    expect(await sent('/donnees/resultats.json')).toEqual({ ...data, type: 'application/json; charset=utf-8' });
    expect(await sent('/donnees/territoires.geojson')).toEqual({ ...data, type: 'application/geo+json; charset=utf-8' });
    expect(await sent('/editions/2022/')).toEqual({
      status: 200,
      type: 'text/html; charset=utf-8',
      cors: null,
      corp: 'same-origin',
      cache: 'no-cache',
    });
  });

  it('keeps hashed files a year, and sends the site files with their types', async () => {
    const script = files.find((file) => /^_astro\/.+\.js$/.test(file));
    const response = await get(`/${script}`);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-type')).toBe('application/javascript; charset=utf-8');
    const types = async (url: string) => (await get(url)).headers.get('content-type');
    expect(await types('/manifest.webmanifest')).toBe('application/manifest+json; charset=utf-8');
    expect(await types('/.well-known/security.txt')).toBe('text/plain; charset=utf-8');
    expect(await types('/rss.xml')).toBe('text/xml; charset=utf-8');
    expect(await types('/favicon.svg')).toBe('image/svg+xml; charset=utf-8');
    expect(await types('/favicon.png')).toBe('image/png');
  });

  it('answers a missing address with the 404 page and its policy', async () => {
    const response = await get('/territoires/nulle-part/');
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('<title>Page introuvable');
    expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'$/);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it('lets other sites frame the embeddable map only, isolated sites included (COEP require-corp)', async () => {
    const response = await get('/carte/embed/');
    expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors \*$/);
    expect(response.headers.get('x-frame-options')).toBeNull();
    expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(response.headers.get('cross-origin-embedder-policy')).toBe('require-corp');
    expect((await get('/carte/')).headers.get('cross-origin-embedder-policy')).toBeNull();
  });

  it('sends every kind of text file compressed, from the build’s copies, with Vary: Accept-Encoding; images as they are', async () => {
    const encoding = brotli ? 'br' : 'gzip';
    const decompress = (body: Buffer) => (encoding === 'br' ? brotliDecompressSync(body) : gunzipSync(body));
    const script = files.find((file) => /^_astro\/leaflet-map\.[^/]+\.js$/.test(file))!;
    const style = files.find((file) => /^_astro\/.+\.css$/.test(file))!;
    const texts = [
      ['/', 'index.html'],
      ['/carte/', 'carte/index.html'],
      [`/${script}`, script],
      [`/${style}`, style],
      ['/carte/fond-de-carte.svg', 'carte/fond-de-carte.svg'],
      ['/carte/donnees.json', 'carte/donnees.json'],
      ['/donnees/resultats.csv', 'donnees/resultats.csv'],
      ['/donnees/territoires.geojson', 'donnees/territoires.geojson'],
      ['/donnees/catalogue-dcat.jsonld', 'donnees/catalogue-dcat.jsonld'],
      ['/rss.xml', 'rss.xml'],
    ];
    const problems: string[] = [];
    for (const [url, file] of texts) {
      const response = await raw(url!, `${encoding}, gzip`);
      const expected = readFileSync(path.join(distDir, file!));
      if (response.statusCode !== 200) problems.push(`${url} : HTTP ${response.statusCode}`);
      else if (response.headers['content-encoding'] !== encoding)
        problems.push(`${url} : Content-Encoding « ${response.headers['content-encoding']} »`);
      else if (!decompress(response.body).equals(expected)) problems.push(`${url} : le contenu décompressé diffère du fichier`);
      else if (response.headers.vary !== 'Accept-Encoding') problems.push(`${url} : Vary « ${response.headers.vary} »`);
      // Served from the copy: its length is the copy's, not a compression on the fly (chunked).
      else if (
        Number(response.headers['content-length']) !== readFileSync(path.join(distDir, `${file}.${encoding === 'br' ? 'br' : 'gz'}`)).length
      )
        problems.push(`${url} : pas servi depuis la copie ${encoding} de la construction`);
    }
    expect(problems).toEqual([]);
    const image = await raw('/partage.png', `${encoding}, gzip`);
    expect([image.statusCode, image.headers['content-encoding']]).toEqual([200, undefined]);
    const plain = await raw('/carte/', '');
    expect([plain.statusCode, plain.headers['content-encoding']]).toEqual([200, undefined]);
    expect(plain.body.equals(readFileSync(path.join(distDir, 'carte/index.html')))).toBe(true);
  });

  it('redirects HTTP to HTTPS, keeping the path and query', async () => {
    // fetch() may not set Host: a plain request, as a browser typing http://atlas.exemple.fr/ sends.
    const response = await new Promise<IncomingMessage>((resolve, reject) =>
      request(`${host.redirectOrigin}/editions/?q=Bo%C3%A9`, { headers: { Host: 'atlas.exemple.fr' } }, resolve)
        .on('error', reject)
        .end(),
    );
    response.resume();
    expect(response.statusCode).toBe(301);
    expect(response.headers.location).toBe('https://atlas.exemple.fr/editions/?q=Bo%C3%A9');
  });

  it('does not say its version', async () => {
    expect((await get('/')).headers.get('server')).toBe('nginx');
  });
});
