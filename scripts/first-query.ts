import type { Browser } from 'playwright-core';

export interface QueryBytes {
  bytes: number;
  requests: number;
  /** Bytes by kind: Pagefind's index chunks, its fragments (the records' text), and the rest
   * (its script, its wasm and its page list, which grows with the number of records). */
  index: number;
  fragments: number;
  other: number;
}

/** Bytes a fresh visitor's browser fetches for one query on the search page, once it has loaded. */
export async function firstQueryBytes(browser: Browser, origin: string, query: string): Promise<QueryBytes> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/search/`);
  await page.waitForLoadState('networkidle');
  // Playwright also sees the requests of Pagefind's web worker.
  const sizes: Promise<{ url: string; size: number }>[] = [];
  context.on('requestfinished', (request) => {
    sizes.push(request.sizes().then((s) => ({ url: request.url(), size: s.responseBodySize + s.responseHeadersSize })));
  });
  await page.fill('#search-q', query);
  await page.press('#search-q', 'Enter');
  // The first screenful: "partial" when more candidates remain to be checked on request.
  await page.waitForSelector('#search-results:is([data-state="done"], [data-state="partial"])', { state: 'attached' });
  await page.waitForLoadState('networkidle');
  const fetched = await Promise.all(sizes);
  await context.close();
  const sum = (test: (url: string) => boolean) => fetched.filter((f) => test(f.url)).reduce((n, f) => n + f.size, 0);
  const isIndex = (url: string) => url.includes('/pagefind/index/');
  const isFragment = (url: string) => url.includes('/pagefind/fragment/');
  return {
    bytes: sum(() => true),
    requests: fetched.length,
    index: sum(isIndex),
    fragments: sum(isFragment),
    other: sum((url) => !isIndex(url) && !isFragment(url)),
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** "218.8 KB in 14 requests (index …, fragments …, Pagefind script, wasm and page list …)" */
export const describeQueryBytes = (q: QueryBytes) =>
  `${kb(q.bytes)} in ${q.requests} requests (index ${kb(q.index)}, fragments ${kb(q.fragments)}, Pagefind script, wasm and page list ${kb(q.other)})`;
