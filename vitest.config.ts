import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser tests and the broken-build test run real Chromium and a real Astro build.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
