import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/chromium';
import { serveDist } from '../../scripts/static-server';

/** For a browser test file: Chromium and the built site served locally, for all its tests. */
export function useSite(): { browser: Browser; origin: string } {
  const site = {} as { browser: Browser; origin: string };
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const [browser, server] = await Promise.all([launchChromium(), serveDist()]);
    Object.assign(site, { browser, origin: server.origin });
    close = server.close;
  });
  afterAll(async () => {
    await site.browser?.close();
    await close?.();
  });
  return site;
}
