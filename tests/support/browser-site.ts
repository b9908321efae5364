import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

/** For a browser test file: the run's Chromium (tests/support/browser-setup.ts). */
export function useBrowser(): { browser: Browser } {
  const used = {} as { browser: Browser };
  beforeAll(async () => {
    used.browser = await chromium.connect(inject('browserEndpoint'));
  });
  afterAll(async () => {
    await used.browser?.close();
  });
  return used;
}

/** For a browser test file of the built site: the run's Chromium and the served site (tests/support/site-setup.ts). */
export function useSite(): { browser: Browser; origin: string } {
  return Object.assign(useBrowser(), { origin: inject('origin') });
}
