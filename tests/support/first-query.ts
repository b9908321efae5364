import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { Browser, BrowserContext } from 'playwright-core';
import { searchInputId, searchResultsId } from '../../src/lib/constants';
import { searchIndexRoot } from '../../src/lib/search/format';
import { serveDist } from './static-server';

/**
 * What a fresh visitor's first query costs, on this site and on a stock Pagefind index of the
 * same built pages, measured the same way: the bytes fetched after the page has loaded (bodies
 * and headers, as sent: compressed), and the time until the first results are in.
 */
export interface QueryCost {
  bytes: number;
  requests: number;
  ms: number;
  /** Bytes of the files that list records by key, and of the records' text. */
  keys: number;
  text: number;
}

/** Sums the requests a context makes while `act` runs. */
async function measured(
  context: BrowserContext,
  isKeys: (url: string) => boolean,
  isText: (url: string) => boolean,
  act: () => Promise<number>,
) {
  const sizes: Promise<{ url: string; size: number }>[] = [];
  // Playwright also sees the requests of workers (stock Pagefind searches in one).
  context.on('requestfinished', (request) => {
    sizes.push(request.sizes().then((s) => ({ url: request.url(), size: s.responseBodySize + s.responseHeadersSize })));
  });
  const ms = await act();
  const fetched = await Promise.all(sizes);
  const sum = (test: (url: string) => boolean) => fetched.filter((f) => test(f.url)).reduce((n, f) => n + f.size, 0);
  return { bytes: sum(() => true), requests: fetched.length, ms, keys: sum(isKeys), text: sum(isText) };
}

/** This site: the query typed into /search/, until the first screenful of results is shown. */
export async function firstQueryCost(browser: Browser, origin: string, query: string): Promise<QueryCost> {
  // Without the service worker: what it keeps for reading offline, fetched once after the page
  // has loaded, is not the query's cost (docs/decisions/offline.md gives it).
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${origin}/search/`);
  await page.waitForLoadState('networkidle');
  const cost = await measured(
    context,
    (url) => url.includes(searchIndexRoot) && url.includes('/keys/'),
    (url) => url.includes(searchIndexRoot) && url.includes('/text/'),
    async () => {
      const start = performance.now();
      await page.fill(`#${searchInputId}`, query);
      await page.press(`#${searchInputId}`, 'Enter');
      // "partial" when more candidates remain to be checked on request.
      await page.waitForSelector(`#${searchResultsId}:is([data-state="done"], [data-state="partial"])`, { state: 'attached' });
      const ms = performance.now() - start;
      await page.waitForLoadState('networkidle');
      return ms;
    },
  );
  await context.close();
  return cost;
}

/**
 * A stock Pagefind index of the built pages (`pagefind --site`, default settings) in a
 * temporary copy of dist/, served with a blank page to search from: the site's own pages forbid
 * WebAssembly, which Pagefind needs, in their Content-Security-Policy.
 */
export async function serveStockPagefind(dist: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'jiangmen-stock-pagefind-'));
  cpSync(dist, dir, { recursive: true });
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  writeFileSync(join(dir, '_headers'), '');
  writeFileSync(join(dir, 'stock.html'), '<!doctype html><html lang="zh-CN"><title>stock Pagefind</title></html>');
  const server = await serveDist(`${dir}/`);
  return {
    origin: server.origin,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Stock Pagefind: its script loaded, the query searched and its first 5 results' data fetched. */
export async function stockQueryCost(browser: Browser, origin: string, query: string): Promise<QueryCost> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/stock.html`);
  const cost = await measured(
    context,
    (url) => url.includes('/pagefind/index/'),
    (url) => url.includes('/pagefind/fragment/'),
    async () => {
      // A string, not a function: a test runner would rewrite the import() inside a function.
      const ms = await page.evaluate<number>(`(async () => {
        const start = performance.now();
        const stock = await import('/pagefind/pagefind.js');
        const { results } = await stock.search(${JSON.stringify(query)});
        await Promise.all(results.slice(0, 5).map((r) => r.data()));
        return performance.now() - start;
      })()`);
      await page.waitForLoadState('networkidle');
      return ms;
    },
  );
  await context.close();
  return cost;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** "23.1 KB in 7 requests, 327 ms (keys 11.4 KB, text 7.4 KB)" */
export const describeQueryCost = (q: QueryCost) =>
  `${kb(q.bytes)} in ${q.requests} requests, ${q.ms.toFixed(0)} ms (keys ${kb(q.keys)}, text ${kb(q.text)})`;
