// Serves a built site with the nginx snippet of the deployment guide, in Debian's nginx on
// 127.0.0.1 (.ci/system-packages installs it), its workers as www-data when the tests run as root.
// A second host loads Debian's Brotli module (libnginx-mod-http-brotli-static, which
// .ci/system-packages installs too) and serves the build's .br copies, as the guide tells.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { NGINX_SERVER_PART } from '../../src/lib/site-files/security-headers';
import { extractNginxSnippet, nginxTestConfig } from './nginx-snippet';

export interface NginxHost {
  /** 'nginx/1.22.1', or 'nginx/1.22.1 + Brotli'. */
  name: string;
  /** The HTTPS server's part, served over plain HTTP. */
  origin: string;
  /** The HTTP → HTTPS redirect server. */
  redirectOrigin: string;
  /** The user the worker processes run as. */
  workerUser: string;
  close: () => Promise<void>;
}

/** Debian's Brotli module for serving .br files, when its package is installed. */
export const BROTLI_STATIC_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

/** The nginx binary (PATH or /usr/sbin); throws, saying how to install it, when nginx is missing. */
export function findNginx(): string {
  for (const candidate of ['nginx', '/usr/sbin/nginx']) {
    const result = spawnSync(candidate, ['-v'], { encoding: 'utf8' });
    if (result.status === 0) return candidate;
  }
  throw new Error('nginx est introuvable : installez le paquet nginx de Debian (apt-get install nginx), ou lancez .ci/system-packages.');
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

/** The user of nginx's worker processes (the children of the master), read from /proc. */
function workerUser(masterPid: number): string {
  const children = spawnSync('ps', ['-o', 'user=', '--ppid', String(masterPid)], { encoding: 'utf8' });
  return children.stdout.trim().split('\n')[0]?.trim() ?? '';
}

/** Runs the snippet in Debian's nginx, its configuration and files in a temporary prefix folder. */
export async function startNginx(root: string, snippet: string, options: { brotli?: boolean } = {}): Promise<NginxHost> {
  const binary = findNginx();
  if (options.brotli && !existsSync(BROTLI_STATIC_MODULE))
    throw new Error(
      `Module Brotli de nginx introuvable (${BROTLI_STATIC_MODULE}) : installez le paquet libnginx-mod-http-brotli-static, ou lancez .ci/system-packages.`,
    );
  const prefix = mkdtempSync(path.join(tmpdir(), 'tnl-nginx-'));
  const [port, redirectPort] = [await freePort(), await freePort()];
  copyFileSync('/etc/nginx/mime.types', path.join(prefix, 'mime.types'));
  const config = nginxTestConfig({
    snippet,
    serverPart: NGINX_SERVER_PART,
    root,
    port,
    redirectPort,
    asRoot: process.getuid?.() === 0,
    ...(options.brotli && { brotliModule: BROTLI_STATIC_MODULE }),
  });
  writeFileSync(path.join(prefix, 'nginx.conf'), config);
  const args = ['-p', prefix, '-e', path.join(prefix, 'error.log'), '-c', path.join(prefix, 'nginx.conf')];
  const test = spawnSync(binary, ['-t', ...args], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx refuse la configuration de l’extrait :\n${test.stderr}\n${config}`);
  const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const origin = `http://127.0.0.1:${port}`;
  await waitUntilServing(
    origin,
    () => `${output}${existsSync(path.join(prefix, 'error.log')) ? readFileSync(path.join(prefix, 'error.log'), 'utf8') : ''}`,
  );
  return {
    name: `${nginxVersion(binary)}${options.brotli ? ' + Brotli' : ''}`,
    origin,
    redirectOrigin: `http://127.0.0.1:${redirectPort}`,
    workerUser: workerUser(child.pid!),
    async close() {
      // SIGQUIT: nginx's graceful stop; the master, started here, stops its worker.
      child.kill('SIGQUIT');
      await exited;
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

/** The hosts to check the snippet with: Debian's nginx as installed, and with its Brotli module. */
export function nginxHosts(): { name: string; brotli: boolean; start: (root: string, snippet: string) => Promise<NginxHost> }[] {
  return [
    { name: 'nginx', brotli: false, start: (root: string, snippet: string) => startNginx(root, snippet) },
    { name: 'nginx + Brotli', brotli: true, start: (root: string, snippet: string) => startNginx(root, snippet, { brotli: true }) },
  ];
}

/** The nginx snippet of the deployment guide, as written there. */
export function guideSnippet(guide = path.resolve(import.meta.dirname, '../../docs/deploiement.md')): string {
  return extractNginxSnippet(readFileSync(guide, 'utf8'));
}
