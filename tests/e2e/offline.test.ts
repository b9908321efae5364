import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cacheName } from '../../src/lib/offline/precache';
import { strings } from '../../src/lib/strings';
import { builtPage, builtReportYears, distDir } from '../support/built';
import { useSite } from '../support/browser-site';
import { serveDist } from '../support/static-server';

const site = useSite();

/** Opens a page of the context and waits until the site's service worker is installed and active. */
async function visitAndKeep(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const active = registration.active!;
    if (active.state !== 'activated') {
      await new Promise<void>((resolve) => active.addEventListener('statechange', () => active.state === 'activated' && resolve()));
    }
  });
  return page;
}

const cacheNames = (page: Page) => page.evaluate(() => caches.keys());
const h1 = (path: string) => builtPage(path).querySelector('h1')!.text;
/** The site's paper (--paper, light scheme): the stylesheet came too. */
const paper = 'rgb(253, 252, 249)';

/** Opens a page with the network off and returns its h1, whether a service worker served it, and its background. */
async function readOffline(page: Page, url: string) {
  await page.goto(url);
  return page.evaluate(() => ({
    h1: document.querySelector('h1')?.textContent,
    controlled: navigator.serviceWorker.controller !== null,
    background: getComputedStyle(document.documentElement).backgroundColor,
  }));
}

describe('reading offline after one visit', () => {
  it('the reports, glossary, indicators, about and home pages of the edition read open without a network; search says it needs one', async () => {
    const context = await site.browser.newContext({ colorScheme: 'light' });
    const page = await visitAndKeep(context, `${site.origin}/reports/2016/`);
    expect(await cacheNames(page)).toHaveLength(1);
    await context.setOffline(true);
    const paths = [...builtReportYears().map((y) => `/reports/${y}/`), '/glossary/', '/indicators/', '/about/', '/'];
    expect(paths).toHaveLength(7);
    for (const path of paths) {
      expect(await readOffline(page, `${site.origin}${path}`), path).toEqual({ h1: h1(path), controlled: true, background: paper });
    }

    // The search page opens; a search says it needs the network (its index is not kept).
    expect((await readOffline(page, `${site.origin}/search/?q=${encodeURIComponent('江门')}`)).h1).toBe(h1('/search/'));
    await page.waitForSelector('#search-results[data-state="problem"]', { state: 'attached' });
    expect(await page.locator('.search-status').textContent()).toBe(strings.search.offline);

    // Only the edition read was kept: the 繁體 glossary needs the network.
    await expect(page.goto(`${site.origin}/zh-hant/glossary/`)).rejects.toThrow(/ERR_INTERNET_DISCONNECTED|ERR_FAILED/);
    await context.close();
  });

  it('in the 繁體 edition too', async () => {
    const context = await site.browser.newContext({ colorScheme: 'light' });
    const page = await visitAndKeep(context, `${site.origin}/zh-hant/reports/2015/`);
    await context.setOffline(true);
    for (const path of ['/zh-hant/reports/2016/', '/zh-hant/glossary/', '/zh-hant/about/']) {
      expect(await readOffline(page, `${site.origin}${path}`), path).toEqual({ h1: h1(path), controlled: true, background: paper });
    }
    await context.close();
  });
});

describe('a new deploy', () => {
  it('fills a cache of its own while the open page keeps the old one, then replaces the old cache whole', async () => {
    // A deploy served from a copy of dist/, then changed in place: the about page's heading, and
    // sw.js with another version (as a build from changed files would write it).
    const dir = mkdtempSync(join(tmpdir(), 'jiangmen-deploy-'));
    cpSync(fileURLToPath(distDir), dir, { recursive: true });
    const host = await serveDist(dir);
    const context = await site.browser.newContext();
    try {
      const first = await visitAndKeep(context, `${host.origin}/about/`);
      await first.reload(); // now served by the worker
      const oldVersion = /^const VERSION = "(\w+)";/.exec(readFileSync(join(dir, 'sw.js'), 'utf8'))![1]!;
      expect(await cacheNames(first)).toEqual([cacheName(oldVersion)]);

      const aboutFile = join(dir, 'about/index.html');
      writeFileSync(aboutFile, readFileSync(aboutFile, 'utf8').replace(`<h1>${h1('/about/')}</h1>`, '<h1>新版</h1>'));
      const worker = join(dir, 'sw.js');
      writeFileSync(worker, readFileSync(worker, 'utf8').replace(oldVersion, 'next0version'));

      // The new version installs beside the old one, and waits: the open page keeps its version.
      await first.evaluate(async () => {
        const registration = await navigator.serviceWorker.ready;
        await registration.update();
        const installing = registration.installing ?? registration.waiting!;
        if (installing.state !== 'installed') {
          await new Promise<void>((resolve) =>
            installing.addEventListener('statechange', () => installing.state === 'installed' && resolve()),
          );
        }
      });
      expect((await cacheNames(first)).sort()).toEqual([cacheName('next0version'), cacheName(oldVersion)].sort());
      expect(await first.evaluate(() => fetch('/about/').then((r) => r.text()))).toContain(`<h1>${h1('/about/')}</h1>`);

      // Once no page of the old version is open, the new one takes over and deletes the old cache.
      await first.close();
      const next = await context.newPage();
      await next.goto(`${host.origin}/about/`);
      await expect.poll(() => cacheNames(next), { timeout: 10_000 }).toEqual([cacheName('next0version')]);
      await context.setOffline(true);
      expect(await readOffline(next, `${host.origin}/about/`)).toMatchObject({ h1: '新版', controlled: true });
    } finally {
      await context.close();
      await host.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
