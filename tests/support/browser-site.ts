import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

/** For a browser test file: the run's Chromium (tests/e2e/global-setup.ts) and the served site. */
export function useSite(): { browser: Browser; origin: string } {
  const site = { origin: inject('origin') } as { browser: Browser; origin: string };
  beforeAll(async () => {
    site.browser = await chromium.connect(inject('browserEndpoint'));
  });
  afterAll(async () => {
    await site.browser?.close();
  });
  return site;
}
