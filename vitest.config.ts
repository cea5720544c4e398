// Three projects: `unit` (tests beside their modules in src/ and scripts/, the rules of the repository in
// tests/repo/ and the tests of test helpers in tests/support/: no built site needed),
// `build` (tests/build/: the built dist/ and sites built for the test) and `browser` (tests/browser/:
// pages driven in headless Chromium). `vitest run` runs the three; `--project <name>` one of them.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 20_000,
    // Reading or building the whole site in a beforeAll takes seconds on a loaded 2-core machine.
    hookTimeout: 120_000,
    // Test builds run in their own copies of the project (scripts/lib/isolated-build-fs.ts), so two
    // workers are safe; vitest would otherwise use a single worker on 2 cores.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/repo/**/*.test.ts', 'tests/support/**/*.test.ts'],
        },
      },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'] } },
      { extends: true, test: { name: 'browser', include: ['tests/browser/**/*.test.ts'] } },
    ],
  },
});
