import { defineConfig } from 'vitest/config';

/**
 * Four projects, fastest first (npm test runs them in turn, some side by side, and prints the
 * time of each):
 * - unit: pure code and the content model, no build (npm run test:unit, seconds);
 * - built: reads the built site in dist/ (npm test builds it first);
 * - copies: builds or serves a copy of the project with Astro's API, edited as a test needs;
 * - e2e: drives Chromium against the built site, one browser and one server for the whole run.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 60_000 } },
      { test: { name: 'built', include: ['tests/built/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 } },
      {
        test: {
          name: 'copies',
          include: ['tests/copies/**/*.test.ts'],
          globalSetup: ['tests/support/browser-setup.ts', 'tests/support/copy-caches.ts'],
          // Each file in a process of its own: Astro runs in it, in the copy's folder
          // (tests/support/project-copy.ts).
          pool: 'forks',
          isolate: true,
          // Two at a time, as in e2e: the default, one fewer than the cores, leaves one of two idle.
          maxWorkers: 2,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/browser-setup.ts', 'tests/support/site-setup.ts'],
          // Two test files at a time against the one Chromium: most of a browser test is waiting.
          maxWorkers: 2,
          // …and at most two cases at a time within a file: more only thrashes two cores.
          maxConcurrency: 2,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
