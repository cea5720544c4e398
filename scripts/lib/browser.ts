// Starts a headless Chromium for browser tests: CHROMIUM_PATH when set (e.g. Debian's
// /usr/bin/chromium), otherwise the binary shipped by the @sparticuz/chromium npm package.
import sparticuz from '@sparticuz/chromium';
import { chromium, type Browser } from 'playwright-core';

const QUIET_FLAGS = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/**
 * What to do when Chromium cannot start for lack of a system library (on a fresh Debian, the NSS
 * libraries of libnss3), in French; undefined for any other failure.
 */
export function missingLibraryHint(message: string): string | undefined {
  const library = /(lib[\w.+-]+?\.so[\d.]*): cannot open shared object file/.exec(message)?.[1];
  if (!library) return undefined;
  const nss = /^lib(nss3|nssutil3|smime3|nspr4|plc4|plds4)\.so/.test(library);
  return (
    `Chromium ne démarre pas : la bibliothèque système ${library} manque sur cette machine. ` +
    (nss ? 'Installez le paquet libnss3 (apt-get install libnss3)' : 'Installez le paquet qui la fournit') +
    ', ou lancez .ci/system-packages, qui installe par apt ce qui manque aux tests.'
  );
}

async function launch(): Promise<Browser> {
  const custom = process.env.CHROMIUM_PATH;
  if (custom) {
    return chromium.launch({ executablePath: custom, headless: true, args: ['--no-sandbox', '--disable-gpu', ...QUIET_FLAGS] });
  }
  // --single-process makes the browser exit when a page closes.
  const args = sparticuz.args.filter((arg) => arg !== '--single-process');
  return chromium.launch({ executablePath: await sparticuz.executablePath(), headless: true, args: [...args, ...QUIET_FLAGS] });
}

export async function launchBrowser(): Promise<Browser> {
  try {
    return await launch();
  } catch (error) {
    const hint = missingLibraryHint((error as Error).message);
    throw hint ? new Error(hint, { cause: error }) : error;
  }
}
