// npm run check:site -- <dossier> --site <origine> --base <chemin> — the static checks of
// tests/build/static-checks.test.ts (HTML, links, canonical URLs, sitemap, feed, headers) on any
// built folder: the CI runs them on the very build it deploys, made for its public address.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { EXIT, parseCommandLine, runCommand, UsageError } from './lib/cli';
import { siteAddress } from './build/site-address';

const HELP = `Vérifie un site construit sans navigateur : HTML valide, liens et ancres, adresses canoniques,
sitemap et robots.txt, flux RSS, politique de sécurité (<meta> et _headers), pas de script ni de style en ligne.
Ce sont les vérifications de tests/build/static-checks.test.ts, lancées sur le dossier donné.

Usage : npm run check:site -- <dossier> [--site <origine>] [--base <chemin>]

Options :
  --site <origine>   adresse pour laquelle le site a été construit (SITE_URL ; défaut : variable SITE_URL, sinon http://localhost:4321)
  --base <chemin>    sous-chemin de publication (BASE_PATH ; défaut : variable BASE_PATH, sinon /)
  -h, --help         affiche cette aide

Exemple : npm run check:site -- dist --site https://exemple.fr --base /atlas/
Code de sortie : 0 si tout est conforme, 1 s’il y a des problèmes, 2 si la commande est mal écrite.`;

const root = path.resolve(import.meta.dirname, '..');

await runCommand('check:site', () => {
  const { values, positionals } = parseCommandLine(process.argv.slice(2), { site: { type: 'string' }, base: { type: 'string' } });
  if (values.help) {
    console.log(HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError('attendu un seul argument : le dossier du site construit (par exemple dist)');
  const folder = path.resolve(positionals[0] as string);
  if (!existsSync(path.join(folder, 'index.html')))
    throw new UsageError(`${positionals[0]} n’est pas un site construit (pas de index.html) : lancez d’abord « npm run build »`);
  const { site, base } = siteAddress(values.site ?? process.env.SITE_URL, values.base ?? process.env.BASE_PATH);
  console.log(`Vérification de ${folder}, construit pour ${site}${base}`);
  const vitest = path.join(path.dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');
  const result = spawnSync(process.execPath, [vitest, 'run', '--project', 'build', 'tests/build/static-checks.test.ts'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, DIST_DIR: folder, SITE_URL: site, BASE_PATH: base },
  });
  return result.status === 0 ? EXIT.ok : EXIT.problems;
});
