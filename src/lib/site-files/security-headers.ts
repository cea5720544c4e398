// Security headers for static hosts, from one policy: rendered as a Netlify / Cloudflare Pages
// `_headers` file, as <meta> tags for hosts that cannot send headers (GitHub and GitLab Pages), and
// as an nginx snippet for the deployment guide. Only the pages under EMBEDDABLE_PATHS may be framed.

/** Site paths (without the base path) of pages that other sites may show in an <iframe>. */
export const EMBEDDABLE_PATHS = ['/carte/embed/'];

/** Content-Security-Policy directives shared by every page; frame-ancestors is added per page. */
const CSP_DIRECTIVES: [string, string][] = [
  ['default-src', "'none'"],
  // Scripts only as files of the site; Pagefind compiles its WebAssembly search engine.
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  // Pagefind searches in a Web Worker served by the site.
  ['worker-src', "'self'"],
  // Stylesheets only as files of the site: no style attribute or <style> element in the HTML (a test
  // says so). Leaflet positions map panes and markers through the CSSOM (element.style), which the
  // policy does not govern.
  ['style-src', "'self'"],
  // The icons of Pagefind's and Leaflet's stylesheets are data: URIs.
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  // Search index, map data.
  ['connect-src', "'self'"],
  ['manifest-src', "'self'"],
  // The map page may preview its embeddable version.
  ['frame-src', "'self'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
  // A link written http:// by mistake to the site's own files is fetched over HTTPS.
  ['upgrade-insecure-requests', ''],
];

const renderDirectives = (directives: [string, string][]) =>
  directives.map(([name, value]) => (value ? `${name} ${value}` : name)).join('; ');

/** The Content-Security-Policy header value; frame-ancestors '*' only for embeddable pages. */
export function contentSecurityPolicy(embeddable: boolean): string {
  return renderDirectives([...CSP_DIRECTIVES, ['frame-ancestors', embeddable ? '*' : "'none'"]]);
}

/** The policy for a <meta http-equiv> tag: browsers ignore frame-ancestors there (and warn about it). */
export function metaContentSecurityPolicy(): string {
  return renderDirectives(CSP_DIRECTIVES);
}

/** Referrer policy: no referrer leaves the site (no tracking of visitors who follow a source link). */
export const REFERRER_POLICY = 'same-origin';

/** Powerful browser features the site never uses, denied to it and to any frame. */
const PERMISSIONS_POLICY = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'encrypted-media',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

/** Headers sent with every response, pages and files alike. */
export const COMMON_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': REFERRER_POLICY,
  'Permissions-Policy': PERMISSIONS_POLICY,
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * The Cross-Origin-Embedder-Policy of the embeddable pages: a site that isolates itself
 * (COEP: require-corp, for SharedArrayBuffer or precise timers) may only frame pages that declare
 * the same policy; everything the embeddable map loads is the site's own, so it can.
 */
export const EMBEDDER_POLICY = 'require-corp';

/** Headers of an HTML page: its policy and its frame rule; an embeddable page's embedder policy. */
export function pageHeaders(embeddable: boolean): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(embeddable),
    ...(embeddable ? { 'Cross-Origin-Embedder-Policy': EMBEDDER_POLICY } : { 'X-Frame-Options': 'DENY' }),
  };
}

/** Site paths (without the base path) of the open data: any site or notebook may fetch them (CORS). */
export const OPEN_DATA_PATHS = ['/donnees/'];

/**
 * Files made to be shown by other sites as they are, beside pages in the same folders: the badges
 * of a territory and the images and tables of a chart. `under` is a folder, `file` a regular
 * expression (the same in JavaScript and in nginx's PCRE) for the rest of the path.
 */
export const SHARED_FILES: { under: string; file: string }[] = [
  { under: '/territoires/', file: '[^/]+/badge(-[0-9]{4})?\\.(svg|png)' },
  { under: '/statistiques/', file: '[^/]+\\.(svg|png|csv)' },
];

/**
 * Who may load a file as a resource of another page (Cross-Origin-Resource-Policy): any site for
 * the open data, the embeddable pages and the shared files; only the site itself for the rest (pages,
 * scripts, styles, search index, map data). Not 'same-site': the atlas may share its domain with
 * unrelated sites (a collectivité's domain, a sub-path of a forge's Pages domain).
 */
export function resourcePolicy(sitePath: string, embeddable: string[] = EMBEDDABLE_PATHS): 'same-origin' | 'cross-origin' {
  const shared =
    [...OPEN_DATA_PATHS, ...embeddable].some((path) => sitePath.startsWith(path)) ||
    SHARED_FILES.some(({ under, file }) => new RegExp(`^${under}${file}$`).test(sitePath));
  return shared ? 'cross-origin' : 'same-origin';
}

/**
 * The resource headers of one rule covering these site paths: its Cross-Origin-Resource-Policy
 * when all of them agree (a folder mixing pages and shared files, such as a territory's page beside
 * its badges, gets none: no header lets any site load), and CORS for open data only.
 */
function resourceHeaders(sitePaths: string[], embeddable: string[]): Record<string, string> {
  const policies = new Set(sitePaths.map((sitePath) => resourcePolicy(sitePath, embeddable)));
  const headers: Record<string, string> = {};
  if (policies.size === 1) headers['Cross-Origin-Resource-Policy'] = [...policies][0] as string;
  if (sitePaths.length > 0 && sitePaths.every((sitePath) => OPEN_DATA_PATHS.some((path) => sitePath.startsWith(path))))
    headers['Access-Control-Allow-Origin'] = '*';
  return headers;
}

const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Cache-Control by folder, first match wins: files whose names carry a hash of their content never
 * change, the open data may be kept ten minutes; everything else (pages above all) is revalidated
 * at each use (DEFAULT_CACHE_CONTROL, which static hosts send by default).
 */
export const CACHE_POLICY: { path: string; value: string }[] = [
  { path: '/_astro/', value: IMMUTABLE },
  { path: '/pagefind/fragment/', value: IMMUTABLE },
  { path: '/pagefind/filter/', value: IMMUTABLE },
  { path: '/pagefind/index/', value: IMMUTABLE },
  { path: '/donnees/', value: 'public, max-age=600' },
];
export const DEFAULT_CACHE_CONTROL = 'no-cache';

/** The Cache-Control of a site path. */
export function cacheControl(sitePath: string): string {
  return CACHE_POLICY.find(({ path }) => sitePath.startsWith(path))?.value ?? DEFAULT_CACHE_CONTROL;
}

/** HTTP Strict Transport Security for a host configured by us (nginx): one year, no preload (docs/deploiement.md). */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000';

/** One block of a `_headers` file: a path pattern and the headers of the responses it matches. */
export interface HeaderRule {
  path: string;
  headers: Record<string, string>;
}

/** '/atlas' or '/atlas/' or '' → '/atlas/'; '/' stays '/'. */
function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * The rules of the `_headers` file for a built site, given its files relative to the output folder
 * ('editions/2022/index.html', '404.html', '_astro/x.css').
 *
 * Hosts disagree on what happens when two rules set the same header for one URL (Cloudflare joins
 * the values, which would add a second, stricter policy; others keep the last), so rules never set
 * one header twice for a URL: common headers go on one catch-all rule; the policy of pages and the
 * resource policy on one rule per top-level folder or file, split further only around the
 * embeddable pages; Cache-Control on the folders of CACHE_POLICY only (the host's default, which
 * revalidates, elsewhere).
 */
export function headerRules(base: string, files: string[], embeddable: string[] = EMBEDDABLE_PATHS): HeaderRule[] {
  const root = normaliseBase(base);
  const prefix = root.slice(0, -1);
  const rules: HeaderRule[] = [{ path: `${root}*`, headers: COMMON_HEADERS }];
  const rule = (path: string, sitePaths: string[], isEmbeddable = false) =>
    rules.push({
      path: `${prefix}${path}`,
      headers: {
        ...(sitePaths.some((sitePath) => sitePath.endsWith('.html')) ? pageHeaders(isEmbeddable) : {}),
        ...resourceHeaders(sitePaths, embeddable),
      },
    });

  const cover = (dir: string, relativeFiles: string[]) => {
    const children = new Map<string, string[]>();
    for (const file of relativeFiles) {
      const [first = '', ...rest] = file.split('/');
      const key = rest.length > 0 ? `${first}/` : first;
      // Pushed, never copied: a copy per file made this quadratic in the number of files.
      const inner = children.get(key);
      if (inner) inner.push(rest.join('/'));
      else children.set(key, [rest.join('/')]);
    }
    if (children.has('index.html')) rule(`/${dir}`, [`/${dir}index.html`]);
    for (const [name, inner] of [...children].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const sitePath = `/${dir}${name}`;
      const sitePaths = inner.map((file) => `${sitePath}${file}`);
      // The host's own configuration files (_headers, _redirects) are not served.
      if (dir === '' && name.startsWith('_') && !name.endsWith('/')) continue;
      if (!name.endsWith('/')) rule(sitePath, [sitePath]);
      else if (embeddable.includes(sitePath)) rule(`${sitePath}*`, sitePaths, true);
      else if (embeddable.some((path) => path.startsWith(sitePath))) cover(`${dir}${name}`, inner);
      else rule(`${sitePath}*`, sitePaths);
    }
  };
  cover('', files);

  for (const { path, value } of CACHE_POLICY) {
    const folder = path.slice(1);
    if (!files.some((file) => file.startsWith(folder))) continue;
    const pattern = `${prefix}${path}*`;
    const existing = rules.find((r) => r.path === pattern);
    if (existing) existing.headers = { ...existing.headers, 'Cache-Control': value };
    else rules.push({ path: pattern, headers: { 'Cache-Control': value } });
  }
  return rules;
}

/** The text of a `_headers` file. */
export function renderHeadersFile(rules: HeaderRule[]): string {
  const header = '# Security headers (Netlify, Cloudflare Pages), generated by src/lib/site-files/security-headers.ts.\n';
  const blocks = rules.map(({ path, headers }) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
  );
  return `${header}${blocks.join('\n')}\n`;
}

/** Types that static hosts usually send but nginx's mime.types lacks (Debian's, nginx's own). */
export const NGINX_EXTRA_TYPES: [string, string][] = [
  ['text/csv', 'csv'],
  ['application/geo+json', 'geojson'],
  ['application/manifest+json', 'webmanifest'],
  ['application/ld+json', 'jsonld'],
];

/**
 * The site's text types besides text/html (which nginx always sends with its charset and always
 * compresses): sent with `; charset=utf-8` and compressed. Images in PNG, fonts in WOFF2 and
 * Pagefind's index are compressed already.
 */
const NGINX_TEXT_TYPES = [
  'text/css',
  'text/csv',
  'text/plain',
  'text/xml',
  'application/javascript',
  'application/json',
  'application/geo+json',
  'application/manifest+json',
  'application/ld+json',
  'application/atom+xml',
  'application/rss+xml',
  'application/xml',
  'image/svg+xml',
];

/** The marker of the snippet's last part, the directives of the HTTPS server block (tests split on it). */
export const NGINX_SERVER_PART = '# 3. Dans le bloc server { } HTTPS';

/**
 * The nginx configuration that sends what `_headers` says (and what only a host we configure can
 * add: HSTS, the HTTP → HTTPS redirect, UTF-8 charsets, the cache policy for pages), for the
 * deployment guide. Everything per path goes through `map` variables rather than `location` blocks,
 * whose own add_header would silently drop the server's.
 */
export function nginxSnippet(base: string, embeddable: string[] = EMBEDDABLE_PATHS): string {
  const root = normaliseBase(base);
  const prefix = root.slice(0, -1);
  const regex = (source: string) => `"~^${prefix}${source.replace(/[.]/g, '\\.')}"`;
  const map = (variable: string, fallback: string, entries: [string, string][]) => [
    `map $uri $${variable} {`,
    `  default ${fallback};`,
    ...entries.map(([pattern, value]) => `  ${pattern} ${value};`),
    '}',
  ];
  const embed = embeddable.map(regex);
  const shared = [
    ...[...OPEN_DATA_PATHS, ...embeddable].map(regex),
    ...SHARED_FILES.map(({ under, file }) => `"~^${prefix}${under.replace(/[.]/g, '\\.')}${file}$"`),
  ];
  const policy = (value: string) => value.replace(/frame-ancestors .*$/, 'frame-ancestors $atlas_frame_ancestors');
  const header = (name: string, value: string) => `add_header ${name} ${value} always;`;
  return [
    '# 1. Dans le bloc http { } (par exemple dans /etc/nginx/conf.d/atlas.conf) :',
    ...map(
      'atlas_frame_ancestors',
      `"'none'"`,
      embed.map((pattern) => [pattern, '"*"']),
    ),
    ...map(
      'atlas_x_frame_options',
      '"DENY"',
      embed.map((pattern) => [pattern, '""']),
    ),
    ...map(
      'atlas_embedder_policy',
      '""',
      embed.map((pattern) => [pattern, `"${EMBEDDER_POLICY}"`]),
    ),
    ...map(
      'atlas_resource_policy',
      '"same-origin"',
      shared.map((pattern) => [pattern, '"cross-origin"']),
    ),
    ...map(
      'atlas_allow_origin',
      '""',
      OPEN_DATA_PATHS.map((path) => [regex(path), '"*"']),
    ),
    ...map(
      'atlas_cache_control',
      `"${DEFAULT_CACHE_CONTROL}"`,
      CACHE_POLICY.map(({ path, value }) => [regex(path), `"${value}"`]),
    ),
    'types {',
    ...NGINX_EXTRA_TYPES.map(([type, extension]) => `  ${type} ${extension};`),
    '}',
    '',
    '# 2. Redirection de HTTP vers HTTPS (remplacez le nom du serveur) :',
    'server {',
    '  listen 80;',
    '  listen [::]:80;',
    '  server_name atlas.exemple.fr;',
    '  return 301 https://$host$request_uri;',
    '}',
    '',
    `${NGINX_SERVER_PART} qui sert le dossier dist/ à l’adresse ${root},`,
    '#    après listen 443 ssl, server_name, ssl_certificate, ssl_certificate_key et root :',
    'server_tokens off;',
    'charset utf-8;',
    `charset_types ${NGINX_TEXT_TYPES.join(' ')};`,
    header('Content-Security-Policy', `"${policy(contentSecurityPolicy(false))}"`),
    header('X-Frame-Options', '$atlas_x_frame_options'),
    header('Cross-Origin-Embedder-Policy', '$atlas_embedder_policy'),
    ...Object.entries(COMMON_HEADERS).map(([name, value]) => header(name, `"${value}"`)),
    header('Cross-Origin-Resource-Policy', '$atlas_resource_policy'),
    header('Access-Control-Allow-Origin', '$atlas_allow_origin'),
    header('Cache-Control', '$atlas_cache_control'),
    header('Strict-Transport-Security', `"${STRICT_TRANSPORT_SECURITY}"`),
    `error_page 404 ${root}404.html;`,
    '# Compression : les copies .gz que npm run build écrit à côté de chaque fichier texte, sinon à la volée.',
    'gzip on;',
    'gzip_static on;',
    'gzip_vary on;',
    'gzip_min_length 256;',
    `gzip_types ${NGINX_TEXT_TYPES.join(' ')};`,
    '# Et leurs copies .br, avec le module Brotli de nginx (Debian : apt-get install',
    '# libnginx-mod-http-brotli-static), en retirant le # :',
    '# brotli_static on;',
  ].join('\n');
}
