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
  // Leaflet positions map panes and markers with inline styles.
  ['style-src', "'self' 'unsafe-inline'"],
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
];

/** The Content-Security-Policy header value; frame-ancestors '*' only for embeddable pages. */
export function contentSecurityPolicy(embeddable: boolean): string {
  return [...CSP_DIRECTIVES, ['frame-ancestors', embeddable ? '*' : "'none'"]].map(([name, value]) => `${name} ${value}`).join('; ');
}

/** The policy for a <meta http-equiv> tag: browsers ignore frame-ancestors there (and warn about it). */
export function metaContentSecurityPolicy(): string {
  return CSP_DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');
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

/** Headers of an HTML page: its policy and its frame rule. */
export function pageHeaders(embeddable: boolean): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(embeddable),
    ...(embeddable ? {} : { 'X-Frame-Options': 'DENY' }),
  };
}

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
 * the values, which would add a second, stricter policy; others keep the last), so page rules never
 * overlap: common headers go on one catch-all rule, and the policy of pages on one rule per
 * top-level folder or HTML file, split further only around the embeddable pages.
 */
export function headerRules(base: string, files: string[], embeddable: string[] = EMBEDDABLE_PATHS): HeaderRule[] {
  const root = normaliseBase(base);
  const prefix = root.slice(0, -1);
  const rules: HeaderRule[] = [{ path: `${root}*`, headers: COMMON_HEADERS }];
  const page = (path: string, isEmbeddable = false) => rules.push({ path, headers: pageHeaders(isEmbeddable) });

  const cover = (dir: string, relativeFiles: string[]) => {
    const children = new Map<string, string[]>();
    for (const file of relativeFiles) {
      const [first = '', ...rest] = file.split('/');
      const key = rest.length > 0 ? `${first}/` : first;
      children.set(key, [...(children.get(key) ?? []), rest.join('/')]);
    }
    if (children.has('index.html')) page(`${prefix}/${dir}`);
    for (const [name, inner] of [...children].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const sitePath = `/${dir}${name}`;
      if (!name.endsWith('/')) {
        if (name.endsWith('.html')) page(`${prefix}${sitePath}`);
      } else if (!inner.some((file) => file.endsWith('.html'))) {
        continue;
      } else if (embeddable.includes(sitePath)) {
        page(`${prefix}${sitePath}*`, true);
      } else if (embeddable.some((path) => path.startsWith(sitePath))) {
        cover(`${dir}${name}`, inner);
      } else {
        page(`${prefix}${sitePath}*`);
      }
    }
  };
  cover('', files);
  return rules;
}

/** The text of a `_headers` file. */
export function renderHeadersFile(rules: HeaderRule[]): string {
  const header = '# Security headers (Netlify, Cloudflare Pages), generated by src/lib/security-headers.ts.\n';
  const blocks = rules.map(({ path, headers }) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
  );
  return `${header}${blocks.join('\n')}\n`;
}

/** Reads a `_headers` file back into rules (used by the test server). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: {} });
      continue;
    }
    const match = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    const current = rules.at(-1);
    if (!match || !current)
      throw new Error(`_headers, ligne ${index + 1} : « ${line.trim()} » n’est ni un chemin ni un en-tête « Nom: valeur ».`);
    current.headers[match[1] as string] = match[2] as string;
  }
  return rules;
}

/** Whether a `_headers` path pattern matches a URL path ('*' matches anything, ':name' one segment). */
export function ruleMatches(pattern: string, urlPath: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z]+)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(urlPath);
}

/**
 * The headers a host applying these rules sends for a URL path, with the origin of each; a header
 * set by two rules is joined with ', ' as Cloudflare Pages does.
 */
export function headersForPath(rules: HeaderRule[], urlPath: string): { headers: Record<string, string>; from: Record<string, string[]> } {
  const headers: Record<string, string> = {};
  const from: Record<string, string[]> = {};
  for (const rule of rules.filter((r) => ruleMatches(r.path, urlPath))) {
    for (const [name, value] of Object.entries(rule.headers)) {
      headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
      from[name] = [...(from[name] ?? []), rule.path];
    }
  }
  return { headers, from };
}

/** The nginx configuration with the same headers, for the deployment guide. */
export function nginxSnippet(base: string, embeddable: string[] = EMBEDDABLE_PATHS): string {
  const root = normaliseBase(base);
  const embed = embeddable.map((path) => `  ~^${root.slice(0, -1)}${path.replace(/[.]/g, '\\.')}`);
  const policy = (value: string) => value.replace(/frame-ancestors .*$/, 'frame-ancestors $atlas_frame_ancestors');
  return [
    '# Dans le bloc http { } :',
    'map $uri $atlas_frame_ancestors {',
    `  default "'none'";`,
    ...embed.map((line) => `${line} "*";`),
    '}',
    'map $uri $atlas_x_frame_options {',
    '  default "DENY";',
    ...embed.map((line) => `${line} "";`),
    '}',
    '',
    `# Dans le bloc server { } qui sert le dossier dist/ (à l’adresse ${root}) :`,
    `add_header Content-Security-Policy "${policy(contentSecurityPolicy(false))}" always;`,
    'add_header X-Frame-Options $atlas_x_frame_options always;',
    ...Object.entries(COMMON_HEADERS).map(([name, value]) => `add_header ${name} "${value}" always;`),
    `error_page 404 ${root}404.html;`,
  ].join('\n');
}
