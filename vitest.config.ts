// Unit tests sit beside their modules (src/**/*.test.ts); build-output and browser tests live in tests/.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 20_000,
    // Reading or building the whole site in a beforeAll takes seconds on a loaded 2-core machine.
    hookTimeout: 120_000,
    // Test builds run in their own copies of the project (tests/support/build.ts), so two workers are
    // safe; vitest would otherwise use a single worker on 2 cores.
    maxWorkers: 2,
  },
});
