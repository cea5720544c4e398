// npm run generate:icons — renders public/favicon.svg as the PNG icons of public/ (favicon.png,
// apple-touch-icon.png) in headless Chromium, for browsers and systems that take no SVG icon.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser } from './lib/browser';
import { EXIT, parseCommandLine, runCommand, UsageError } from './lib/cli';
import { SITE_ICONS } from '../src/lib/site-files/web-manifest';

const HELP = `Régénère les icônes PNG de public/ à partir de public/favicon.svg (dans Chromium sans fenêtre) :
  ${SITE_ICONS.png.src.slice(1)} (${SITE_ICONS.png.sizes}, fond transparent) et ${SITE_ICONS.appleTouch.src.slice(1)} (${SITE_ICONS.appleTouch.sizes},
  sans coins arrondis ni transparence : iOS arrondit lui-même et noircit le transparent).
À lancer après toute modification de favicon.svg ; committez les fichiers produits.

Usage : npm run generate:icons`;

const publicDir = path.resolve(import.meta.dirname, '../public');

await runCommand('generate:icons', async () => {
  const { values, positionals } = parseCommandLine(process.argv.slice(2), {});
  if (values.help) {
    console.log(HELP);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError(`argument inattendu : ${positionals[0]}`);
  const svg = readFileSync(path.join(publicDir, 'favicon.svg'), 'utf8');
  const icons = [
    { file: SITE_ICONS.png.src, size: 32, svg, transparent: true },
    // Full bleed: the rounded corners of the square are dropped.
    { file: SITE_ICONS.appleTouch.src, size: 180, svg: svg.replace(/ rx="[^"]*"/, ''), transparent: false },
  ];
  const browser = await launchBrowser();
  try {
    for (const icon of icons) {
      const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size }, deviceScaleFactor: 1 });
      const source = `data:image/svg+xml;base64,${Buffer.from(icon.svg).toString('base64')}`;
      await page.setContent(`<body style="margin:0"><img src="${source}" width="${icon.size}" height="${icon.size}" alt=""></body>`);
      await page.waitForFunction(() => document.images[0]?.complete);
      const png = await page.screenshot({ omitBackground: icon.transparent, clip: { x: 0, y: 0, width: icon.size, height: icon.size } });
      writeFileSync(path.join(publicDir, icon.file), png);
      console.log(`écrit : public${icon.file} (${icon.size}×${icon.size})`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return EXIT.ok;
});
