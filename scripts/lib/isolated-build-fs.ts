// Builds the site into another folder, as `npm run build` does, for tests that need a second build
// (reproducibility, base path). Reads the build script from package.json so that the two never drift.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * The commands of `npm run build`, aimed at `outDir`: `astro build` and the build command
 * (scripts/build-site.ts, which runs Astro and Pagefind) get `--outDir`, the other commands
 * (e.g. `pagefind --site dist`) get `dist` replaced.
 */
export function buildCommands(
  outDir: string,
  script = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).scripts.build,
): string[] {
  const quoted = JSON.stringify(outDir);
  return String(script)
    .split('&&')
    .map((command) => command.trim())
    .map((command) =>
      /^astro build\b|\bscripts\/build-site\.ts\b/.test(command)
        ? `${command} --outDir ${quoted}`
        : command.replace(/(^|\s)dist(\/|\s|$)/g, `$1${quoted}$2`),
    );
}

/** Top-level entries of the project that a build does not need (and the build's own output). */
const NOT_COPIED = new Set(['node_modules', 'dist', 'tests', 'docs']);

/**
 * Runs the build into outDir with extra environment variables and resolves with its output; rejects
 * with the output on failure.
 *
 * Astro keeps per-build state in the project's `.astro/` folder (content modules, and pre-rendered
 * chunks when outDir is outside the project), so two builds of one project at the same time break
 * each other. Each build therefore runs in a copy of the project (its sources are a few MB), with
 * node_modules linked, and its output is moved to outDir.
 */
export async function buildSite(outDir: string, env: Record<string, string> = {}): Promise<string> {
  const copy = mkdtempSync(path.join(tmpdir(), 'tnl-build-'));
  try {
    for (const entry of readdirSync(root)) {
      if (!NOT_COPIED.has(entry) && !entry.startsWith('.')) cpSync(path.join(root, entry), path.join(copy, entry), { recursive: true });
    }
    symlinkSync(path.join(root, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
    const inner = path.join(copy, 'dist');
    // Its own Astro cache too: the default one is in node_modules, shared through the link.
    let output = '';
    for (const command of buildCommands(inner))
      output += await run(command, copy, { ...env, ASTRO_CACHE_DIR: path.join(copy, '.astro-cache') });
    rmSync(outDir, { recursive: true, force: true });
    cpSync(inner, outDir, { recursive: true });
    return output;
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/**
 * The environment of the test process without what Vitest adds to it: NODE_ENV=test would make
 * Astro render in development mode, and BASE_URL=/ would override the base path of the build.
 */
function buildEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) {
    if (/^VITEST/.test(name) || ['TEST', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'].includes(name)) delete env[name];
  }
  if (env.NODE_ENV === 'test') delete env.NODE_ENV;
  return env;
}

function run(command: string, cwd: string, env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, {
      cwd,
      shell: true,
      env: {
        ...buildEnvironment(),
        ASTRO_TELEMETRY_DISABLED: '1',
        // Tools from node_modules first, as `npm run` does (the pinned Node 24 among them).
        PATH: `${path.join(root, 'node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
        ...env,
      },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) =>
      code === 0
        ? resolve(output)
        : reject(new Error(`« ${command} » a échoué (code ${code}) :\n${output.split('\n').slice(-40).join('\n')}`)),
    );
  });
}
