// ESLint: typescript-eslint recommended rules plus the Astro plugin, and the browser boundary:
// the custom elements and every module their JavaScript bundles never import file-system, Node,
// zod or Astro modules (see docs/architecture.md).
import eslintPluginAstro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

/**
 * The modules the browser's JavaScript is made of besides src/elements/: every module reached by a
 * value import from a custom element (tests/repo/browser-modules-fs.test.ts keeps this list exact).
 */
export const BROWSER_MODULES = [
  'src/i18n/fr.ts',
  'src/lib/escape.ts',
  'src/lib/look.ts',
  'src/lib/map/filter.ts',
  'src/lib/map/html.ts',
  'src/lib/map/projection.ts',
  'src/lib/map/state.ts',
  'src/lib/map/web-base-map.ts',
  'src/lib/search/commune-lookup.ts',
  'src/lib/search/coverage-answer.ts',
  'src/lib/search/coverage.ts',
  'src/lib/search/facets.ts',
  'src/lib/text.ts',
  'src/lib/urls.ts',
];

const BROWSER_MESSAGE =
  'le code du navigateur (src/elements/ et les modules qu’il importe) ne lit pas le disque et n’importe ni Node, ni zod, ni Astro : ' +
  'passez la donnée par la page (attribut data-*, fichier JSON construit) ou déplacez la logique côté construction.';

export default [
  { ignores: ['dist/', '.dist-construction-*/', 'node_modules/', '.astro/', '.astro-cache/', 'public/pagefind/'] },
  ...tseslint.configs.recommended,
  ...eslintPluginAstro.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/elements/**/*.ts', ...BROWSER_MODULES],
    ignores: ['**/*.test.ts'],
    rules: {
      // Type imports are erased from the bundles: `import type { MapData }` stays allowed.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['*-fs', '**/*-fs'], message: `module du système de fichiers (*-fs) : ${BROWSER_MESSAGE}`, allowTypeImports: true },
            { group: ['node:*'], message: `module Node : ${BROWSER_MESSAGE}`, allowTypeImports: true },
            {
              group: ['zod', 'zod/*', '**/schemas/*'],
              message: `zod (ou un schéma qui l’importe) : ${BROWSER_MESSAGE}`,
              allowTypeImports: true,
            },
            { group: ['astro:*', 'astro', 'astro/*'], message: `module Astro : ${BROWSER_MESSAGE}`, allowTypeImports: true },
          ],
        },
      ],
    },
  },
];
