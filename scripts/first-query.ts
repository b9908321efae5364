import type { Browser } from 'playwright-core';

/** Bytes a fresh visitor's browser fetches for one query on the search page, once it has loaded. */
export async function firstQueryBytes(browser: Browser, origin: string, query: string): Promise<{ bytes: number; requests: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/search/`);
  await page.waitForLoadState('networkidle');
  // Playwright also sees the requests of Pagefind's web worker.
  const sizes: Promise<number>[] = [];
  context.on('requestfinished', (request) => {
    sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
  });
  await page.fill('#search-q', query);
  await page.press('#search-q', 'Enter');
  await page.waitForSelector('#search-results[data-state="done"]', { state: 'attached' });
  await page.waitForLoadState('networkidle');
  const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  await context.close();
  return { bytes, requests: sizes.length };
}
