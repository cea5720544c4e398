import chromium from '@sparticuz/chromium'; import { chromium as pw } from 'playwright-core';
import { readFileSync } from 'node:fs';
const [input, output, width = '1000', scale = '1'] = process.argv.slice(2);
const args = chromium.args.filter(a => a !== '--single-process');
const browser = await pw.launch({ executablePath: await chromium.executablePath(), args, headless: true });
const page = await browser.newPage({ viewport: { width: Number(width) + 20, height: 900 }, deviceScaleFactor: Number(scale) });
const html = input.endsWith('.svg')
  ? `<body style="margin:10px;background:#fff"><img src="data:image/svg+xml;base64,${readFileSync(input).toString('base64')}" style="width:${width}px"></body>`
  : readFileSync(input, 'utf8');
await page.setContent(html);
await page.waitForTimeout(300);
await page.screenshot({ path: output, fullPage: true });
await browser.close();
