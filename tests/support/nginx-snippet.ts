// The nginx snippet of docs/deploiement.md as a test runs it: read from the guide, and wrapped in a
// whole nginx.conf for Debian's nginx, started by tests/support/nginx-server-fs.ts. What nginx sends
// with it is nginx's own answer: nothing here imitates nginx.

/** Where Debian's nginx package puts the user of its worker processes (nginx.conf: `user www-data;`). */
export const NGINX_WORKER_USER = 'www-data';

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
 * prefix folder given to `nginx -p`. Started by root, its workers run as www-data, as Debian's own
 * nginx.conf says, so that a site only root could read answers 403 here as it would there. With
 * `brotliModule`, the module is loaded and the snippet's `# brotli_static on;` line enabled, as the
 * guide tells.
 */
export function nginxTestConfig(options: {
  snippet: string;
  serverPart: string;
  root: string;
  port: number;
  redirectPort: number;
  asRoot: boolean;
  brotliModule?: string;
}): string {
  const at = options.snippet.indexOf(options.serverPart);
  if (at < 0) throw new Error(`Extrait nginx : la partie « ${options.serverPart} » est introuvable.`);
  const replaceOnce = (text: string, from: string, to: string) => {
    if (!text.includes(from)) throw new Error(`Extrait nginx : « ${from.trim()} » attendu dans le serveur de redirection.`);
    return text.replace(from, to);
  };
  let httpPart = options.snippet.slice(0, at);
  let serverPart = options.snippet.slice(at);
  if (options.brotliModule) serverPart = replaceOnce(serverPart, '# brotli_static on;', 'brotli_static on;');
  httpPart = replaceOnce(httpPart, '  listen 80;\n', `  listen 127.0.0.1:${options.redirectPort};\n`);
  httpPart = replaceOnce(httpPart, '  listen [::]:80;\n', '');
  const indent = (text: string, spaces: string) =>
    text
      .split('\n')
      .map((line) => (line ? `${spaces}${line}` : line))
      .join('\n');
  return [
    ...(options.brotliModule ? [`load_module ${JSON.stringify(options.brotliModule)};`] : []),
    // A master started by another user than root cannot change its workers' user.
    ...(options.asRoot ? [`user ${NGINX_WORKER_USER};`] : []),
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
    indent(serverPart.trimEnd(), '    '),
    '  }',
    '}',
    '',
  ].join('\n');
}
