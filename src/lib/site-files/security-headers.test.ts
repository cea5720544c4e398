import { describe, expect, it } from 'vitest';
import {
  CACHE_POLICY,
  cacheControl,
  contentSecurityPolicy,
  headerRules,
  metaContentSecurityPolicy,
  nginxSnippet,
  resourcePolicy,
} from './security-headers';
import { headersForPath } from '../../../scripts/lib/headers-file-reader';

const FILES = [
  'index.html',
  '404.html',
  'favicon.svg',
  '_astro/Base.abc.css',
  '_astro/map.def.js',
  'editions/index.html',
  'editions/2022/index.html',
  'carte/index.html',
  'carte/carte.geojson',
  'carte/embed/index.html',
  'carte/liste/index.html',
  'donnees/index.html',
  'donnees/resultats.csv',
  'pagefind/pagefind.js',
  'pagefind/fragment/fr_1a2b3c4.pf_fragment',
  'territoires/boe/index.html',
  'territoires/boe/badge.svg',
  'territoires/boe/badge-2025.png',
  '_headers',
];

describe('contentSecurityPolicy', () => {
  it('allows scripts and styles only as files of the site, WebAssembly for the search, nothing from elsewhere', () => {
    expect(contentSecurityPolicy(false)).toBe(
      "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; style-src 'self'; img-src 'self' data:; " +
        "font-src 'self'; connect-src 'self'; manifest-src 'self'; frame-src 'self'; base-uri 'self'; form-action 'self'; " +
        "upgrade-insecure-requests; frame-ancestors 'none'",
    );
    expect(contentSecurityPolicy(true)).not.toContain('unsafe-inline');
  });

  it('allows scripts only from the site, never inline, with WebAssembly for the search', () => {
    const policy = contentSecurityPolicy(false);
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
    expect(policy.match(/script-src[^;]*/)?.[0]).not.toContain('unsafe-inline');
    expect(policy).toMatch(/default-src 'none'/);
  });

  it('forbids framing except for embeddable pages, which anyone may frame', () => {
    expect(contentSecurityPolicy(false)).toMatch(/frame-ancestors 'none'$/);
    expect(contentSecurityPolicy(true)).toMatch(/frame-ancestors \*$/);
  });

  it('leaves frame-ancestors out of the <meta> version, where browsers ignore it', () => {
    expect(metaContentSecurityPolicy()).not.toContain('frame-ancestors');
    expect(contentSecurityPolicy(false).startsWith(metaContentSecurityPolicy())).toBe(true);
  });
});

describe('headerRules', () => {
  it('puts common headers on one catch-all rule and the rest on top-level folders and files', () => {
    const paths = headerRules('/', FILES).map((rule) => rule.path);
    expect(paths).toEqual([
      '/*',
      '/',
      '/404.html',
      '/_astro/*',
      '/carte/',
      '/carte/carte.geojson',
      '/carte/embed/*',
      '/carte/index.html',
      '/carte/liste/*',
      '/donnees/*',
      '/editions/*',
      '/favicon.svg',
      '/index.html',
      '/pagefind/*',
      '/territoires/*',
      '/pagefind/fragment/*',
    ]);
  });

  it('gives 200,000 pages of one folder one rule for the folder (its cost is measured by npm run bench, not here)', () => {
    const files = Array.from({ length: 200_000 }, (_, i) => `territoires/t${i}/index.html`);
    const paths = headerRules('/', files).map((rule) => rule.path);
    expect(paths).toEqual(['/*', '/territoires/*']);
  });

  it('prefixes every rule with the base path', () => {
    const paths = headerRules('/atlas', FILES).map((rule) => rule.path);
    expect(paths[0]).toBe('/atlas/*');
    expect(paths).toContain('/atlas/');
    expect(paths).toContain('/atlas/carte/embed/*');
    expect(paths.every((path) => path.startsWith('/atlas/'))).toBe(true);
  });

  it('lets only the embeddable pages be framed', () => {
    const rules = headerRules('/', FILES);
    const embed = headersForPath(rules, '/carte/embed/').headers;
    expect(embed['Content-Security-Policy']).toMatch(/frame-ancestors \*$/);
    expect(embed['X-Frame-Options']).toBeUndefined();
    expect(embed['Cross-Origin-Embedder-Policy']).toBe('require-corp');
    for (const path of ['/', '/carte/', '/carte/liste/', '/editions/2022/', '/404.html']) {
      const { headers } = headersForPath(rules, path);
      expect(headers['Content-Security-Policy'], path).toMatch(/frame-ancestors 'none'$/);
      expect(headers['X-Frame-Options'], path).toBe('DENY');
      expect(headers['Cross-Origin-Embedder-Policy'], path).toBeUndefined();
      expect(headers['X-Content-Type-Options'], path).toBe('nosniff');
    }
  });

  it('never sets one header from two rules for the same file', () => {
    const rules = headerRules('/atlas/', FILES);
    for (const file of FILES) {
      const { from } = headersForPath(rules, `/atlas/${file.replace(/index\.html$/, '')}`);
      for (const [name, origins] of Object.entries(from)) expect(origins, `${file} ${name}`).toHaveLength(1);
    }
  });
});

describe('resourcePolicy', () => {
  it('lets any site load the open data, the embeddable map and the shared files, only the site the rest', () => {
    const cases = [
      '/donnees/resultats.csv',
      '/donnees/editions/2025/resultats.json',
      '/donnees/datapackage.json',
      '/carte/embed/',
      '/territoires/boe/badge.svg',
      '/territoires/boe/badge-2025.png',
      '/statistiques/distinctions.svg',
      '/territoires/boe/',
      '/territoires/boe/badge.html',
      '/statistiques/',
      '/carte/donnees.json',
      '/_astro/map.def.js',
      '/',
    ];
    expect(Object.fromEntries(cases.map((path) => [path, resourcePolicy(path)]))).toEqual({
      '/donnees/resultats.csv': 'cross-origin',
      '/donnees/editions/2025/resultats.json': 'cross-origin',
      '/donnees/datapackage.json': 'cross-origin',
      '/carte/embed/': 'cross-origin',
      '/territoires/boe/badge.svg': 'cross-origin',
      '/territoires/boe/badge-2025.png': 'cross-origin',
      '/statistiques/distinctions.svg': 'cross-origin',
      '/territoires/boe/': 'same-origin',
      '/territoires/boe/badge.html': 'same-origin',
      '/statistiques/': 'same-origin',
      '/carte/donnees.json': 'same-origin',
      '/_astro/map.def.js': 'same-origin',
      '/': 'same-origin',
    });
  });

  it('reaches the _headers rules: CORS and cross-origin for the open data, none for a folder of pages and badges', () => {
    const rules = headerRules('/', FILES);
    const headersOf = (path: string) => {
      const { headers } = headersForPath(rules, path);
      return {
        corp: headers['Cross-Origin-Resource-Policy'],
        cors: headers['Access-Control-Allow-Origin'],
        cache: headers['Cache-Control'],
      };
    };
    expect(headersOf('/donnees/resultats.csv')).toEqual({ corp: 'cross-origin', cors: '*', cache: 'public, max-age=600' });
    expect(headersOf('/_astro/map.def.js')).toEqual({ corp: 'same-origin', cors: undefined, cache: 'public, max-age=31536000, immutable' });
    expect(headersOf('/pagefind/fragment/fr_1a2b3c4.pf_fragment')).toEqual({
      corp: 'same-origin',
      cors: undefined,
      cache: 'public, max-age=31536000, immutable',
    });
    expect(headersOf('/pagefind/pagefind.js')).toEqual({ corp: 'same-origin', cors: undefined, cache: undefined });
    expect(headersOf('/editions/2022/')).toEqual({ corp: 'same-origin', cors: undefined, cache: undefined });
    expect(headersOf('/territoires/boe/badge.svg')).toEqual({ corp: undefined, cors: undefined, cache: undefined });
    expect(headersOf('/carte/embed/')).toEqual({ corp: 'cross-origin', cors: undefined, cache: undefined });
  });
});

describe('cacheControl', () => {
  it('keeps hashed files a year, the open data ten minutes, and revalidates the rest', () => {
    expect(cacheControl('/_astro/Base.abc.css')).toBe('public, max-age=31536000, immutable');
    expect(cacheControl('/pagefind/index/fr_1.pf_index')).toBe('public, max-age=31536000, immutable');
    expect(cacheControl('/pagefind/pagefind-entry.json')).toBe('no-cache');
    expect(cacheControl('/donnees/resultats.csv')).toBe('public, max-age=600');
    expect(cacheControl('/editions/2022/')).toBe('no-cache');
  });

  it('has no folder inside another, so that hosts applying every matching rule never join two values', () => {
    const nested = CACHE_POLICY.flatMap((a) =>
      CACHE_POLICY.filter((b) => a !== b && b.path.startsWith(a.path)).map((b) => `${a.path} ⊃ ${b.path}`),
    );
    expect(nested).toEqual([]);
  });
});

describe('nginxSnippet', () => {
  it('sends the same policy, with framing allowed only under the embeddable paths of the base', () => {
    const snippet = nginxSnippet('/atlas/');
    expect(snippet).toContain('"~^/atlas/carte/embed/" "*";');
    expect(snippet).toContain(
      `add_header Content-Security-Policy "${metaContentSecurityPolicy()}; frame-ancestors $atlas_frame_ancestors" always;`,
    );
    expect(snippet).toContain('add_header X-Content-Type-Options "nosniff" always;');
    expect(snippet).toContain('error_page 404 /atlas/404.html;');
  });

  it('adds what only a configured host can: HSTS, the HTTPS redirect, UTF-8 and types for the data, caching', () => {
    const snippet = nginxSnippet('/');
    for (const line of [
      'add_header Strict-Transport-Security "max-age=31536000" always;',
      '  return 301 https://$host$request_uri;',
      'charset utf-8;',
      '  text/csv csv;',
      '  application/geo+json geojson;',
      '  "~^/donnees/" "*";',
      '  "~^/_astro/" "public, max-age=31536000, immutable";',
      '  "~^/donnees/" "public, max-age=600";',
      '  default "no-cache";',
      '  "~^/territoires/[^/]+/badge(-[0-9]{4})?\\.(svg|png)$" "cross-origin";',
      'add_header Access-Control-Allow-Origin $atlas_allow_origin always;',
    ])
      expect(snippet.split('\n'), line).toContain(line);
    expect(snippet).toMatch(/charset_types [^;]*\btext\/csv\b[^;]*\bapplication\/json\b[^;]*\bapplication\/geo\+json\b/);
  });

  it('lets an isolated site (COEP require-corp) frame the embeddable map: the same embedder policy there only', () => {
    const lines = nginxSnippet('/').split('\n');
    expect(lines).toContain('  "~^/carte/embed/" "require-corp";');
    expect(lines).toContain('add_header Cross-Origin-Embedder-Policy $atlas_embedder_policy always;');
  });

  it('compresses every text type, serves the build’s .gz copies, and says how to serve its .br copies', () => {
    const lines = nginxSnippet('/').split('\n');
    for (const line of ['gzip on;', 'gzip_static on;', 'gzip_vary on;', '# brotli_static on;']) expect(lines, line).toContain(line);
    const types = lines.find((line) => line.startsWith('gzip_types '))!;
    for (const type of ['text/css', 'application/javascript', 'application/json', 'application/geo+json', 'text/csv', 'image/svg+xml'])
      expect(types, type).toContain(` ${type}`);
  });
});
