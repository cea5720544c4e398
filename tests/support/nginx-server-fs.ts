// Serves a built site with the nginx snippet of the deployment guide: in a real nginx on 127.0.0.1
// when one is installed (Debian's package), else in a Node server that applies what the snippet
// says (tests/support/nginx-snippet.ts), so that the same checks run on any machine.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { NGINX_SERVER_PART } from '../../src/lib/site-files/security-headers';
import { extractNginxSnippet, NGINX_MIME_TYPES, nginxContentType, nginxHeaders, nginxTestConfig, parseNginxSnippet } from './nginx-snippet';

export interface NginxHost {
  /** 'nginx/1.22.1' for a real nginx, 'émulation de l’extrait' otherwise. */
  name: string;
  /** The HTTPS server's part, served over plain HTTP. */
  origin: string;
  /** The HTTP → HTTPS redirect server. */
  redirectOrigin: string;
  close: () => Promise<void>;
}

/** The nginx binary (PATH or /usr/sbin), or undefined when nginx is not installed. */
export function findNginx(): string | undefined {
  for (const candidate of ['nginx', '/usr/sbin/nginx']) {
    const result = spawnSync(candidate, ['-v'], { encoding: 'utf8' });
    if (result.status === 0) return candidate;
  }
  return undefined;
}

/** The version nginx prints (« nginx/1.22.1 »). */
function nginxVersion(binary: string): string {
  const result = spawnSync(binary, ['-v'], { encoding: 'utf8' });
  return /nginx\/[\d.]+/.exec(`${result.stderr}${result.stdout}`)?.[0] ?? 'nginx';
}

/** A free TCP port on 127.0.0.1 (asked of the system, then released). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilServing(origin: string, output: () => string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      await fetch(origin, { redirect: 'manual' });
      return;
    } catch {
      await new Promise((done) => setTimeout(done, 50));
    }
  }
  throw new Error(`nginx ne répond pas sur ${origin} :\n${output()}`);
}

/** Runs the snippet in a real nginx, its configuration and files in a temporary prefix folder. */
export async function startNginx(binary: string, root: string, snippet: string): Promise<NginxHost> {
  const prefix = mkdtempSync(path.join(tmpdir(), 'tnl-nginx-'));
  const [port, redirectPort] = [await freePort(), await freePort()];
  const system = '/etc/nginx/mime.types';
  if (existsSync(system)) copyFileSync(system, path.join(prefix, 'mime.types'));
  else
    writeFileSync(
      path.join(prefix, 'mime.types'),
      `types {\n${Object.entries(NGINX_MIME_TYPES)
        .map(([extension, type]) => `  ${type} ${extension};`)
        .join('\n')}\n}\n`,
    );
  const config = nginxTestConfig({ snippet, serverPart: NGINX_SERVER_PART, root, port, redirectPort, asRoot: process.getuid?.() === 0 });
  writeFileSync(path.join(prefix, 'nginx.conf'), config);
  const test = spawnSync(binary, ['-t', '-p', prefix, '-e', path.join(prefix, 'error.log'), '-c', path.join(prefix, 'nginx.conf')], {
    encoding: 'utf8',
  });
  if (test.status !== 0) throw new Error(`nginx refuse la configuration de l’extrait :\n${test.stderr}\n${config}`);
  const child = spawn(binary, ['-p', prefix, '-e', path.join(prefix, 'error.log'), '-c', path.join(prefix, 'nginx.conf')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const origin = `http://127.0.0.1:${port}`;
  await waitUntilServing(origin, () => output);
  return {
    name: nginxVersion(binary),
    origin,
    redirectOrigin: `http://127.0.0.1:${redirectPort}`,
    async close() {
      // SIGQUIT: nginx's graceful stop; the master, started here, stops its worker.
      child.kill('SIGQUIT');
      await exited;
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

/** Serves the site as the snippet says nginx would (types, charset, headers, 404 page, redirect). */
export async function serveLikeNginx(root: string, snippetText: string): Promise<NginxHost> {
  const snippet = parseNginxSnippet(snippetText);
  const site: Server = createServer((req, res) => {
    const uri = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    let file = path.join(root, uri);
    if (file.startsWith(root) && existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    const found = file.startsWith(root) && existsSync(file) && statSync(file).isFile();
    const served = found ? uri.replace(/\/$/, '/index.html') : (snippet.notFoundPage ?? '/404.html');
    res.writeHead(found ? 200 : 404, {
      'Content-Type': nginxContentType(snippet, served),
      Server: 'nginx',
      ...nginxHeaders(snippet, served),
    });
    createReadStream(found ? file : path.join(root, served)).pipe(res);
  });
  const redirect: Server = createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const target = (snippet.redirect?.target ?? '').replace('$host', host).replace('$request_uri', req.url ?? '/');
    res.writeHead(snippet.redirect?.status ?? 500, { Location: target });
    res.end();
  });
  const listen = (server: Server) =>
    new Promise<string>((resolve) =>
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        resolve(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
      }),
    );
  const [origin, redirectOrigin] = [await listen(site), await listen(redirect)];
  const stop = (server: Server) => new Promise<void>((done) => server.close(() => done()));
  return {
    name: 'émulation de l’extrait',
    origin,
    redirectOrigin,
    close: async () => void (await Promise.all([stop(site), stop(redirect)])),
  };
}

/** The hosts to check the snippet with: its emulation always, and a real nginx when one is installed. */
export function nginxHosts(): { name: string; start: (root: string, snippet: string) => Promise<NginxHost> }[] {
  const binary = findNginx();
  return [
    { name: 'émulation de l’extrait', start: serveLikeNginx },
    ...(binary ? [{ name: nginxVersion(binary), start: (root: string, snippet: string) => startNginx(binary, root, snippet) }] : []),
  ];
}

/** The nginx snippet of the deployment guide, as written there. */
export function guideSnippet(guide = path.resolve(import.meta.dirname, '../../docs/deploiement.md')): string {
  return extractNginxSnippet(readFileSync(guide, 'utf8'));
}
