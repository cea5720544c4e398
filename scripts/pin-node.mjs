// npm run pin:node — records in scripts/node-binaries.sha256 the SHA-256 of the Node binary of each
// platform, for the version of the `node` package in package-lock.json: downloads each platform
// package with `npm pack` (the registry's integrity check applies) and hashes its bin/node.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileFromTarball, parsePins, PINS_FILE, PLATFORMS, platformPackage, renderPins, sha256 } from './toolchain/node-binary.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(`Écrit dans ${PINS_FILE} la somme SHA-256 de la binaire de Node de chaque plateforme, pour la version
du paquet node de package-lock.json : télécharge chaque paquet de plateforme (npm pack) et calcule la somme de sa binaire.
À lancer après une mise à jour de Node ; relisez puis committez le fichier.

Usage : npm run pin:node`);
  process.exit(0);
}
const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
const version = lock.packages['node_modules/node']?.version;
if (!version) {
  console.error('package-lock.json ne contient pas le paquet node : rien à épingler.');
  process.exit(1);
}
const pinsPath = path.join(root, PINS_FILE);
const kept = parsePins(readFileSync(pinsPath, 'utf8')).filter((pin) => pin.version !== version);
const found = [];
const work = mkdtempSync(path.join(tmpdir(), 'tnl-pin-node-'));
try {
  for (const { platform, arch } of PLATFORMS) {
    const { name, key, binary } = platformPackage(platform, arch);
    const pack = spawnSync('npm', ['pack', `${name}@${version}`, '--pack-destination', work, '--json', '--silent'], {
      encoding: 'utf8',
      shell: process.platform === 'win32',
    });
    if (pack.status !== 0) {
      console.log(`${key} : ${name}@${version} absent du registre, plateforme non épinglée.`);
      continue;
    }
    const [{ filename }] = JSON.parse(pack.stdout);
    const bytes = fileFromTarball(readFileSync(path.join(work, filename)), `package/${binary}`);
    if (!bytes) {
      console.error(`${key} : ${filename} ne contient pas package/${binary}.`);
      process.exit(1);
    }
    found.push({ version, key, sha256: sha256(bytes) });
    console.log(`${key} : ${sha256(bytes)}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
writeFileSync(pinsPath, renderPins([...found, ...kept]));
console.log(`${PINS_FILE} : Node ${version} épinglé pour ${found.length} plateforme(s).`);
