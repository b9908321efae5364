import { existsSync } from 'node:fs';
import { chromium, type Browser, type LaunchOptions, type Page } from 'playwright-core';

/** Debian's Chromium (installed by .ci/run or tools/ensure-tools.ts); never a download. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless, and no background traffic: this machine reaches no network but the package registries. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumLaunchOptions(): LaunchOptions {
  if (!existsSync(chromiumPath)) throw new Error(`Chromium not found at ${chromiumPath}: run "apt-get install -y chromium"`);
  return { executablePath: chromiumPath, args: chromiumArgs };
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}

/** A page that records console errors and uncaught exceptions, so a test can assert there are none. */
export async function openPage(
  browser: Browser,
  url: string,
  width = 1440,
  /** Set up the page before it loads (e.g. to make requests fail). */
  prepare?: (page: Page) => Promise<void>,
): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await prepare?.(page);
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  return { page, errors };
}
