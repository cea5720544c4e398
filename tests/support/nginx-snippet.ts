// Reads the nginx snippet of docs/deploiement.md and answers what nginx would send with it: the
// headers of a URI (its `map` variables and `add_header` lines), the Content-Type of a file (mime
// types, `types`, `charset_types`), the 404 page and the HTTP → HTTPS redirect. Used to check the
// snippet where nginx is not installed, and to serve a site as nginx would (tests).

/** One directive: its name, its arguments (quotes removed) and its block, if any. */
interface Directive {
  name: string;
  args: string[];
  block?: Directive[];
}

/** nginx's own mime.types (1.22, Debian and upstream alike) for the files of a built site. */
export const NGINX_MIME_TYPES: Record<string, string> = {
  html: 'text/html',
  css: 'text/css',
  xml: 'text/xml',
  js: 'application/javascript',
  atom: 'application/atom+xml',
  rss: 'application/rss+xml',
  txt: 'text/plain',
  png: 'image/png',
  svg: 'image/svg+xml',
  webp: 'image/webp',
  ico: 'image/x-icon',
  woff: 'font/woff',
  woff2: 'font/woff2',
  json: 'application/json',
  pdf: 'application/pdf',
  wasm: 'application/wasm',
};

/** Splits nginx configuration text into words, quoted strings and { } ; (comments dropped). */
function tokens(text: string): string[] {
  const found: string[] = [];
  const pattern = /#[^\n]*|"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([{};])|([^\s{};"']+)/g;
  for (const match of text.matchAll(pattern)) {
    if (match[0].startsWith('#')) continue;
    found.push(match[1] ?? match[2] ?? match[3] ?? match[4] ?? '');
  }
  return found;
}

function parse(list: string[], from = 0, closing = false): { directives: Directive[]; next: number } {
  const directives: Directive[] = [];
  let words: string[] = [];
  let index = from;
  while (index < list.length) {
    const token = list[index++] as string;
    if (token === ';') {
      if (words.length) directives.push({ name: words[0] as string, args: words.slice(1) });
      words = [];
    } else if (token === '{') {
      const inner = parse(list, index, true);
      directives.push({ name: words[0] ?? '', args: words.slice(1), block: inner.directives });
      index = inner.next;
      words = [];
    } else if (token === '}') {
      if (!closing) throw new Error('Extrait nginx : « } » sans bloc ouvert.');
      return { directives, next: index };
    } else words.push(token);
  }
  if (closing) throw new Error('Extrait nginx : un bloc n’est pas fermé (« } » manquant).');
  if (words.length) throw new Error(`Extrait nginx : « ${words.join(' ')} » ne finit pas par « ; ».`);
  return { directives, next: index };
}

interface MapRule {
  variable: string;
  fallback: string;
  entries: { pattern: string; value: string }[];
}

export interface NginxSnippet {
  maps: MapRule[];
  /** add_header lines of the server block, in order: name and value (with $variables). */
  headers: { name: string; value: string; always: boolean }[];
  /** Extension → type, from `types` blocks. */
  types: Record<string, string>;
  charset?: string;
  charsetTypes: string[];
  /** error_page 404 target. */
  notFoundPage?: string;
  /** The redirect server's `return` (status and target with variables). */
  redirect?: { status: number; target: string };
}

/** Parses the snippet of the deployment guide; throws in French on what it cannot read. */
export function parseNginxSnippet(text: string): NginxSnippet {
  const snippet: NginxSnippet = { maps: [], headers: [], types: {}, charsetTypes: [] };
  for (const directive of parse(tokens(text)).directives) {
    const [first = '', second = '', third = ''] = directive.args;
    switch (directive.name) {
      case 'map':
        if (first !== '$uri' || !second.startsWith('$') || !directive.block)
          throw new Error(`Extrait nginx : « map ${directive.args.join(' ')} » attendu sous la forme « map $uri $variable { … } ».`);
        snippet.maps.push({
          variable: second.slice(1),
          fallback: directive.block.find((d) => d.name === 'default')?.args[0] ?? '',
          entries: directive.block.filter((d) => d.name !== 'default').map((d) => ({ pattern: d.name, value: d.args[0] ?? '' })),
        });
        break;
      case 'types':
        for (const entry of directive.block ?? []) for (const extension of entry.args) snippet.types[extension] = entry.name;
        break;
      case 'server': {
        const back = directive.block?.find((d) => d.name === 'return');
        if (back) snippet.redirect = { status: Number(back.args[0]), target: back.args[1] ?? '' };
        break;
      }
      case 'add_header':
        snippet.headers.push({ name: first, value: second, always: third === 'always' });
        break;
      case 'charset':
        snippet.charset = first;
        break;
      case 'charset_types':
        snippet.charsetTypes = directive.args;
        break;
      case 'error_page':
        if (first === '404') snippet.notFoundPage = second;
        break;
    }
  }
  return snippet;
}

/** The value of a map variable for a URI: the first matching regular expression (~), else the default. */
function mapValue(rule: MapRule, uri: string): string {
  for (const { pattern, value } of rule.entries) {
    const matches = pattern.startsWith('~*')
      ? new RegExp(pattern.slice(2), 'i').test(uri)
      : pattern.startsWith('~')
        ? new RegExp(pattern.slice(1)).test(uri)
        : pattern === uri;
    if (matches) return value;
  }
  return rule.fallback;
}

/** The headers nginx adds for a URI (after error_page, the 404 page's URI); empty values are not sent. */
export function nginxHeaders(snippet: NginxSnippet, uri: string): Record<string, string> {
  const variables = new Map(snippet.maps.map((rule) => [rule.variable, mapValue(rule, uri)]));
  const headers: Record<string, string> = {};
  for (const { name, value } of snippet.headers) {
    const expanded = value.replace(/\$([a-z_]+)/g, (_whole, variable: string) => {
      if (!variables.has(variable))
        throw new Error(`Extrait nginx : la variable $${variable} de l’en-tête ${name} n’est définie par aucun map.`);
      return variables.get(variable) as string;
    });
    if (expanded !== '') headers[name] = expanded;
  }
  return headers;
}

/** The Content-Type nginx sends for a file, with mime.types, the snippet's types and its charset. */
export function nginxContentType(snippet: NginxSnippet, file: string, mimeTypes = NGINX_MIME_TYPES): string {
  const extension = /\.([^./]+)$/.exec(file)?.[1]?.toLowerCase() ?? '';
  const type = snippet.types[extension] ?? mimeTypes[extension] ?? 'application/octet-stream';
  const withCharset = snippet.charset && (type === 'text/html' || snippet.charsetTypes.includes(type));
  return withCharset ? `${type}; charset=${snippet.charset}` : type;
}

/** The nginx block of a Markdown guide (the only ```nginx fence), without its fence. */
export function extractNginxSnippet(markdown: string): string {
  const blocks = [...markdown.matchAll(/^```nginx\n([\s\S]*?)^```$/gm)].map((match) => (match[1] as string).replace(/\n$/, ''));
  if (blocks.length !== 1) throw new Error(`Guide de déploiement : ${blocks.length} blocs \`\`\`nginx trouvés, il en faut exactement un.`);
  return blocks[0] as string;
}

/**
 * A whole nginx.conf that runs the snippet as a user would: its first parts in `http { }` (the
 * redirect server listening on `redirectPort` instead of 80), its last part in a server block
 * serving `root` on `port`, both on 127.0.0.1; everything else (pid, logs, temporary files) in the
 * prefix folder given to `nginx -p`.
 */
export function nginxTestConfig(options: {
  snippet: string;
  serverPart: string;
  root: string;
  port: number;
  redirectPort: number;
  asRoot: boolean;
}): string {
  const at = options.snippet.indexOf(options.serverPart);
  if (at < 0) throw new Error(`Extrait nginx : la partie « ${options.serverPart} » est introuvable.`);
  const replaceOnce = (text: string, from: string, to: string) => {
    if (!text.includes(from)) throw new Error(`Extrait nginx : « ${from.trim()} » attendu dans le serveur de redirection.`);
    return text.replace(from, to);
  };
  let httpPart = options.snippet.slice(0, at);
  httpPart = replaceOnce(httpPart, '  listen 80;\n', `  listen 127.0.0.1:${options.redirectPort};\n`);
  httpPart = replaceOnce(httpPart, '  listen [::]:80;\n', '');
  const indent = (text: string, spaces: string) =>
    text
      .split('\n')
      .map((line) => (line ? `${spaces}${line}` : line))
      .join('\n');
  return [
    // A root master would start its workers as nobody, who cannot read a private temporary folder.
    ...(options.asRoot ? ['user root;'] : []),
    'worker_processes 1;',
    'daemon off;',
    'pid nginx.pid;',
    'error_log error.log warn;',
    'events { worker_connections 64; }',
    'http {',
    '  include mime.types;',
    '  default_type application/octet-stream;',
    '  access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path tmp-${kind};`),
    indent(httpPart.trimEnd(), '  '),
    '  server {',
    `    listen 127.0.0.1:${options.port};`,
    '    server_name localhost;',
    `    root ${JSON.stringify(options.root)};`,
    indent(options.snippet.slice(at).trimEnd(), '    '),
    '  }',
    '}',
    '',
  ].join('\n');
}
