import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dependencyProblems, lockfileProblems, moduleSpecifiers, packageName, type PackageFiles } from './package-policy';

const root = path.resolve(import.meta.dirname, '../..');
const readJson = (file: string) => JSON.parse(readFileSync(path.join(root, file), 'utf8'));

/** Packages declared but never imported: how the project uses them. */
const TOOLS: Record<string, string> = {
  '@astrojs/check': 'astro check (npm run check:types)',
  eslint: 'npm run check:lint',
  prettier: 'npm run check:format',
  'prettier-plugin-astro': 'plugin de .prettierrc.json',
  typescript: 'astro check et tsconfig.json',
  node: 'le Node 24 du projet (node_modules/.bin/node)',
  pagefind: 'scripts/build-site.ts lance sa binaire',
};

const entry = (version: string, extra: object = {}) => ({
  version,
  resolved: `https://registry.npmjs.org/x/-/x-${version}.tgz`,
  integrity: 'sha512-abc',
  ...extra,
});

describe('lockfileProblems', () => {
  it('wants every install script approved at its locked version, and every entry with its URL and integrity', () => {
    const files: PackageFiles = {
      pkg: { allowScripts: { 'esbuild@0.28.2': true, node: true, 'sharp@0.34.0': true } },
      lock: {
        packages: {
          '': { version: '0.1.0', hasInstallScript: true },
          'node_modules/esbuild': entry('0.28.2', { hasInstallScript: true }),
          'node_modules/node': entry('24.21.0', { hasInstallScript: true }),
          'node_modules/a/node_modules/yaml': { version: '2.9.1', integrity: 'sha512-abc' },
        },
      },
    };
    expect(lockfileProblems(files)).toEqual([
      'package-lock.json : 1 entrée(s) sans adresse (resolved) ou sans empreinte sha512 (integrity) : yaml. Retirez-les du fichier et relancez « npm install --package-lock-only » (le .npmrc du projet demande ces adresses).',
      'allowScripts ne dit rien de node@24.21.0, qui a un script d’installation : relisez-le, puis « npm install-scripts approve node » (ou deny).',
      'allowScripts : « node » n’est pas épinglé à une version (attendu nom@x.y.z, comme l’écrit npm install-scripts approve).',
      'allowScripts : « sharp@0.34.0 » ne correspond à aucun paquet du fichier de verrouillage qui a un script d’installation (npm install-scripts prune).',
    ]);
  });

  it('finds nothing wrong in package.json and package-lock.json', () => {
    expect(lockfileProblems({ pkg: readJson('package.json'), lock: readJson('package-lock.json') })).toEqual([]);
  });
});

describe('moduleSpecifiers and packageName', () => {
  it('reads static, dynamic and side-effect imports and require.resolve, and names their package', () => {
    const source =
      "import a from 'leaflet';\nimport type { B } from '@types/x';\nawait import('pagefind/x.js');\nimport 'leaflet/dist/leaflet.css';\nrequire.resolve('axe-core/axe.min.js');\nimport { c } from './c';";
    expect(moduleSpecifiers(source)).toEqual([
      'leaflet',
      '@types/x',
      'pagefind/x.js',
      'leaflet/dist/leaflet.css',
      'axe-core/axe.min.js',
      './c',
    ]);
    expect(['@astrojs/mdx/x', 'leaflet/dist/leaflet.css', 'node:fs', 'astro:content', './c'].map(packageName)).toEqual([
      '@astrojs/mdx',
      'leaflet',
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('dependencyProblems', () => {
  it('names an import of an undeclared package and a declared package nobody uses', () => {
    const pkg = {
      dependencies: { leaflet: '^1.9.4' },
      devDependencies: { '@axe-core/playwright': '^4.14.0', '@types/leaflet': '^1.9.22' },
    };
    expect(
      dependencyProblems(pkg, [{ file: 'src/map.ts', text: "import L from 'leaflet';\nimport type { Point } from 'geojson';" }], {}),
    ).toEqual([
      'src/map.ts importe « geojson », que package.json ne déclare pas : npm install --save-dev geojson (ou --save s’il sert au site).',
      'package.json déclare @axe-core/playwright, qu’aucun fichier n’importe : retirez-le (npm uninstall @axe-core/playwright) ou dites à quoi il sert.',
    ]);
  });

  it('finds every package the code imports declared, and no declared package unused', () => {
    const walk = (dir: string): string[] =>
      readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((d) =>
        d.isDirectory() ? walk(path.join(dir, d.name)) : /\.(ts|mjs|js|astro)$/.test(d.name) ? [path.join(dir, d.name)] : [],
      );
    // This file's own fixtures are source text in strings: left out.
    const files = [...['src', 'scripts', 'tests'].flatMap(walk), 'astro.config.mjs', 'eslint.config.js', 'vitest.config.ts'].filter(
      (file) => file !== path.join('tests', 'repo', 'package-policy.test.ts'),
    );
    const sources = files.map((file) => ({ file, text: readFileSync(path.join(root, file), 'utf8') }));
    expect(dependencyProblems(readJson('package.json'), sources, TOOLS)).toEqual([]);
  });
});
