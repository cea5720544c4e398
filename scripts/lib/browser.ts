// Starts a headless Chromium for browser tests: CHROMIUM_PATH when set (e.g. Debian's
// /usr/bin/chromium), otherwise the binary shipped by the @sparticuz/chromium npm package.
import sparticuz from '@sparticuz/chromium';
import { chromium, type Browser } from 'playwright-core';

const QUIET_FLAGS = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export async function launchBrowser(): Promise<Browser> {
  const custom = process.env.CHROMIUM_PATH;
  if (custom) {
    return chromium.launch({ executablePath: custom, headless: true, args: ['--no-sandbox', '--disable-gpu', ...QUIET_FLAGS] });
  }
  // --single-process makes the browser exit when a page closes.
  const args = sparticuz.args.filter((arg) => arg !== '--single-process');
  return chromium.launch({ executablePath: await sparticuz.executablePath(), headless: true, args: [...args, ...QUIET_FLAGS] });
}
