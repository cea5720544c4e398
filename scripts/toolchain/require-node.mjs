// Run before the project's commands (npm run build, test, dev, check…): stops with a French
// sentence when the Node that npm found is too old, instead of Astro's or Vitest's own crash. Plain
// JavaScript that any Node runs. npm puts node_modules/.bin first on the PATH, so this is the
// project's Node when the `node` package installed one, else the system's.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tooOldNode } from './node-binary.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { engines } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const problem = tooOldNode(process.versions.node, engines.node);
if (problem) {
  console.error(problem);
  process.exit(1);
}
