import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { openPage } from '../support/chromium';
import { settled, typeQuery } from '../support/search';
import { useSite } from '../support/browser-site';

const site = useSite();

/** One search page per edition, each query typed into its form in turn. */
const readers = new Map<string, Page>();
async function found<T>(path: string, query: string, read: (page: Page) => Promise<T>): Promise<T> {
  if (!readers.has(path)) readers.set(path, (await openPage(site.browser, `${site.origin}${path}`)).page);
  const page = readers.get(path)!;
  await typeQuery(page, query);
  return read(page);
}
afterAll(async () => {
  for (const page of readers.values()) await page.close();
});

/** The paragraphs a search lands on, as "year#block", whichever edition shows them. */
const landings = (page: Page) =>
  page.locator('.search-hits a').evaluateAll((as) =>
    as.map((a) => {
      const url = new URL((a as HTMLAnchorElement).href);
      return `${url.pathname.replace(/^\/zh-hant/, '')}${url.hash}`;
    }),
  );

describe('search in both scripts', () => {
  it.each([
    ['碉樓', '碉楼'],
    ['三公經費', '三公经费'],
  ])('a traditional query (%s) finds what its simplified form (%s) finds, in either edition', async (hant, hans) => {
    const expected = await found('/search/', hans, landings);
    expect(expected.length).toBeGreaterThan(0);
    expect(await found('/search/', hant, landings)).toEqual(expected);
    expect(await found('/zh-hant/search/', hans, landings)).toEqual(expected);
  });

  it('reads quotation marks as either edition sets them: 「三公」經費 finds what “三公”经费 finds, and shows it as the edition quotes', async () => {
    const expected = await found('/search/', '“三公”经费', landings);
    expect(expected.length).toBeGreaterThan(0);
    expect(await found('/search/', '「三公」經費', landings)).toEqual(expected);
    expect(await found('/zh-hant/search/', '「三公」經費', landings)).toEqual(expected);
    const marks = await found('/zh-hant/search/', '“三公”经费', (page) => page.locator('.search-excerpt mark').allTextContents());
    expect(new Set(marks)).toEqual(new Set(['「三公」經費']));
  });

  it('counts 發展 as 发展 is counted', async () => {
    const status = (path: string, q: string) =>
      found(path, q, async (page) => (await page.locator('#search-status').textContent())!.match(/\d+/)![0]);
    expect(await status('/zh-hant/search/', '發展')).toBe(await status('/search/', '发展'));
  });

  it('shows the results of the 繁體 edition in traditional characters, marked, and linked within it', async () => {
    const { page } = await openPage(site.browser, `${site.origin}/zh-hant/search/?q=${encodeURIComponent('碉樓')}`);
    await settled(page);
    expect(await page.locator('.search-excerpt mark').first().textContent()).toBe('碉樓');
    const links = await page.locator('.search-hits a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(links.every((href) => href.startsWith('/zh-hant/reports/'))).toBe(true);
    await Promise.all([page.waitForURL(/\/zh-hant\/reports\//), page.locator('.search-hits a').first().click()]);
    await page.waitForFunction(() => (CSS.highlights.get('search-term')?.size ?? 0) > 0);
    expect(await page.evaluate(() => [...CSS.highlights.get('search-term')!].map((r) => r.toString()))).toContain('碉樓');
    await page.close();
  });

  it('highlights a quoted term on a 繁體 page, whose quotation marks are 「」', async () => {
    const { page } = await openPage(site.browser, `${site.origin}/zh-hant/search/?q=${encodeURIComponent('“三公”经费')}`);
    await settled(page);
    await Promise.all([page.waitForURL(/\/zh-hant\/reports\//), page.locator('.search-hits a[href*="/reports/"]').first().click()]);
    await page.waitForFunction(() => (CSS.highlights.get('search-term')?.size ?? 0) > 0);
    expect(new Set(await page.evaluate(() => [...CSS.highlights.get('search-term')!].map((r) => r.toString())))).toEqual(
      new Set(['「三公」經費']),
    );
    await page.close();
  });
});

describe('when the script map cannot be had', () => {
  const failMap = async (page: Page) => {
    await page.route(/\/script-map\.json/, (route) => route.abort());
  };
  /** Errors but the failed request itself, which Chromium logs. */
  const unexpected = (errors: string[]) => errors.filter((e) => !e.includes('ERR_FAILED'));

  it('a 繁體 page reached from search is shown without its highlight, and nothing is left unhandled', async () => {
    const { page, errors } = await openPage(site.browser, `${site.origin}/zh-hant/reports/2016/?hl=发展#p-3`, 1440, failMap);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => CSS.highlights.get('search-term')?.size ?? 0)).toBe(0);
    expect(await page.locator('#p-3:target').count()).toBe(1);
    expect(unexpected(errors)).toEqual([]);
    await page.close();
  });

  it('a 繁體 search says that search failed', async () => {
    const { page, errors } = await openPage(site.browser, `${site.origin}/zh-hant/search/?q=${encodeURIComponent('發展')}`, 1440, failMap);
    await settled(page);
    expect(await page.locator('#search-status').textContent()).toBe('搜索暫時無法使用，請稍後重試。');
    expect(unexpected(errors)).toEqual([]);
    await page.close();
  });
});

describe('the switch between editions', () => {
  it('leads to the same paragraph in the other script, and remembers the choice', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.origin}/reports/2016/#p-12`);
    await Promise.all([page.waitForURL('**/zh-hant/reports/2016/#p-12'), page.click('[data-edition-switch]')]);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hant-HK');
    // The choice stands: a page of the source edition now opens in 繁體.
    await page.goto(`${site.origin}/reports/2015/#p-3`);
    await page.waitForURL('**/zh-hant/reports/2015/#p-3');
    // Until the reader switches back.
    await Promise.all([page.waitForURL(/\/reports\/2015\/#p-3$/), page.click('[data-edition-switch]')]);
    await page.goto(`${site.origin}/reports/2012/`);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await context.close();
  });

  it('sends nobody to an edition they did not choose', async () => {
    const { page } = await openPage(site.browser, `${site.origin}/reports/2016/`);
    expect(new URL(page.url()).pathname).toBe('/reports/2016/');
    await page.close();
  });
});
