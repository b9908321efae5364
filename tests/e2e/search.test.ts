import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { builtPage, distDir, reportText } from '../support/built';
import { openPage } from '../support/chromium';
import { describeQueryCost, firstQueryCost, serveStockPagefind, stockQueryCost } from '../support/first-query';
import { seedReports } from '../support/seed';
import { settled, typeQuery } from '../support/search';
import { useSite } from '../support/browser-site';
import { layoutShifted, recordLayoutShifts } from '../support/layout-shift';

const site = useSite();

const seed = seedReports();
/** Expected answer, from the source text itself: how many paragraphs of each report contain q. */
function seedCounts(query: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [year, lines] of seed) {
    const n = lines.filter((l) =>
      l
        .replace(/\[\d+\]/g, '')
        .toLowerCase()
        .includes(query.toLowerCase()),
    ).length;
    if (n) counts[year] = n;
  }
  return counts;
}

async function searchFor(query: string, extra = ''): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(site.browser, `${site.origin}/search/?q=${encodeURIComponent(query)}${extra}`);
  await settled(opened.page);
  return opened;
}

/** The report hits shown: year and paragraph/heading anchor of each result link. */
const reportHits = (page: Page) =>
  page.locator('.search-hits a[href^="/reports/"]').evaluateAll((as) =>
    as.map((a) => {
      const url = new URL((a as HTMLAnchorElement).href);
      return { year: url.pathname.split('/')[2]!, block: url.hash.slice(1) };
    }),
  );

describe('search finds exactly what was typed', () => {
  // One page, as a reader would: each query typed into the form in turn (the index loads once).
  let reader: { page: Page; errors: string[] };
  beforeAll(async () => {
    reader = await openPage(site.browser, `${site.origin}/search/`);
  });
  afterAll(() => reader.page.close());

  it.each(['中微子', '碉楼', 'PM2.5', '8.4%', 'R&D', '5A', '12345', '跨境电子商务', '三旧', '佛山'])('%s', async (query) => {
    const { page, errors } = reader;
    await typeQuery(page, query);
    const hits = await reportHits(page);
    const counts: Record<string, number> = {};
    for (const hit of hits) counts[hit.year] = (counts[hit.year] ?? 0) + 1;
    expect(counts).toEqual(seedCounts(query)); // recall, per report
    for (const hit of hits) {
      // precision: the block the link lands on contains the query
      const block = builtPage(`/reports/${hit.year}/`).getElementById(hit.block)!;
      expect(reportText(block).toLowerCase()).toContain(query.toLowerCase());
    }
    if (!hits.length) expect(await page.locator('#search-status').textContent()).toContain('没有找到');
    expect(new URL(page.url()).searchParams.get('q')).toBe(query);
    expect(errors).toEqual([]);
  });
});

describe('queries of several words', () => {
  it('needs every space-separated word in the same paragraph, and keeps quoted phrases whole', async () => {
    const { page } = await searchFor('江门 中微子');
    const texts = await page.locator('.search-excerpt').allTextContents();
    expect(texts.length).toBeGreaterThan(0);
    for (const text of await page
      .locator('.search-hits a[href^="/reports/"]')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
      const url = new URL(text);
      const block = builtPage(url.pathname).getElementById(url.hash.slice(1))!;
      expect(reportText(block)).toContain('江门');
      expect(reportText(block)).toContain('中微子');
    }
    await page.close();
    const phrase = await searchFor('"实验站 启动"');
    expect(await phrase.page.locator('.search-hits li').count()).toBe(0);
    await phrase.page.close();
  });

  it('groups results by report with the year, and marks glossary results', async () => {
    const { page } = await searchFor('河长制');
    expect(await page.locator('.search-group h2').allTextContents()).toEqual([
      expect.stringMatching(/^2015年报告/),
      expect.stringMatching(/^术语表/),
    ]);
    expect(await page.locator('.search-group:last-child .search-kind').first().textContent()).toBe('术语');
    expect(await page.locator('.search-excerpt mark').first().textContent()).toBe('河长制');
    await page.close();
  });
});

describe('the results list', () => {
  it('numbers the results in one sequence across reports and sections', async () => {
    const { page } = await searchFor('碉楼');
    const lists = await page
      .locator('.search-group .search-hits')
      .evaluateAll((ols) => ols.map((ol) => ({ start: (ol as HTMLOListElement).start, items: ol.children.length })));
    expect(lists.length).toBeGreaterThan(2);
    let next = 1;
    for (const list of lists) {
      expect(list.start).toBe(next);
      next += list.items;
    }
    await page.close();
  });
});

describe('when search cannot answer', () => {
  it('says that it failed when a request stalls, instead of waiting for ever', async () => {
    const page = await site.browser.newPage();
    await page.clock.install();
    // Every part of the index after the manifest stalls, as on a dropped connection.
    await page.route(/\/search-index\/\w+\/(keys|text)\//, () => new Promise(() => undefined));
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('碉楼')}`);
    await page.waitForSelector('#search-results[data-state="searching"]', { state: 'attached' });
    expect(await page.getAttribute('#search-results', 'aria-busy')).toBe('true');
    expect(await page.locator('#search-form button').textContent()).toBe('正在查找');
    await page.clock.fastForward(16_000);
    await settled(page);
    expect(await page.locator('#search-status').textContent()).toBe('搜索没有在 15 秒内完成（网络可能中断），请稍后重试。');
    expect(await page.getAttribute('#search-results', 'aria-busy')).toBe('false');
    expect(await page.locator('#search-form button').textContent()).toBe('搜索');
    // The stalled request is not kept: once the connection is back, the same search works.
    await page.unrouteAll();
    await typeQuery(page, '碉楼');
    expect(await page.locator('.search-hits a').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('says that search needs the network, not that nothing was found, when the network goes', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.origin}/search/`);
    await typeQuery(page, '碉楼'); // the index's manifest loaded, online
    await context.setOffline(true);
    await typeQuery(page, '中微子');
    expect(await page.locator('#search-status').textContent()).toBe(
      '搜索需要网络连接。没有网络时，本站读过的报告、术语表、指标和说明页仍可打开。',
    );
    await context.close();
  });

  it.each([
    ['the manifest', /\/search-index\/manifest\.json/],
    ['a key file', /\/search-index\/\w+\/keys\//],
    ['a text file', /\/search-index\/\w+\/text\//],
  ])('says that search failed, not that nothing was found, when %s is JSON of another shape', async (_, file) => {
    const { page, errors } = await openPage(site.browser, `${site.origin}/search/`, 1440, async (p) => {
      // What a host may answer instead of the file: an error, in JSON.
      await p.route(file, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"error":"not found"}' }));
    });
    await typeQuery(page, '碉楼');
    expect(await page.locator('#search-status').textContent()).toBe('搜索暂时无法使用，请稍后重试。');
    expect(await page.locator('.search-hits li').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('goes back to the empty starting page, not to an error, when the reader goes back to it', async () => {
    const { page } = await openPage(site.browser, `${site.origin}/search/`);
    await typeQuery(page, '碉楼');
    await page.goBack();
    await page.waitForSelector('#search-results[data-state="idle"]', { state: 'attached' });
    expect(await page.locator('#search-status').textContent()).toBe('');
    expect(await page.locator('.search-hits li').count()).toBe(0);
    await page.close();
  });

  it('reads a query with a right-to-left override as the query, and keeps its own sentence in order', async () => {
    const { page } = await searchFor('\u202e碉楼');
    const status = (await page.locator('#search-status').textContent())!;
    expect(status).toMatch(/^找到 \d+ 段，共 \d+ 处/);
    expect(status).not.toContain('\u202e');
    await page.close();
  });

  it('ignores a ?hl= term longer than a query may be, which could only stall the page', async () => {
    // A real passage, 120 characters long: it is on the page, but no query can be that long.
    const passage = reportText(builtPage('/reports/2016/').getElementById('p-3')!).slice(0, 120);
    const { page, errors } = await openPage(
      site.browser,
      `${site.origin}/reports/2016/?hl=${encodeURIComponent(passage)}&hl=${'x'.repeat(10_000)}#p-3`,
    );
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => CSS.highlights.get('search-term')?.size ?? 0)).toBe(0);
    // …while a term of a query's length is highlighted.
    await page.goto(`${site.origin}/reports/2016/?hl=${encodeURIComponent(passage.slice(0, 100))}#p-3`);
    await page.waitForFunction(() => (CSS.highlights.get('search-term')?.size ?? 0) > 0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a query with many hits', () => {
  it('shows the first screenful in report order, then the rest on request, missing none', async () => {
    const query = '发展';
    const { page, errors } = await searchFor(query);
    expect(await page.getAttribute('#search-results', 'data-state')).toBe('partial');
    // A count that may still grow says so.
    expect(await page.locator('#search-status').textContent()).toMatch(
      /^至少找到 \d+ 段，共 \d+ 处（各篇段数也是至少）：.*还有 \d+ 个段落尚未核对。/,
    );
    const first = await reportHits(page);
    expect(first.length).toBeGreaterThanOrEqual(50);
    expect(first[0]!.year).toBe('2016'); // newest report first
    expect(await axeViolations(page)).toEqual([]);
    await page.click('.search-more button');
    await settled(page);
    // Keyboard and screen-reader users continue where the new hits begin.
    expect(await page.evaluate(() => document.activeElement?.closest('li')?.querySelector('a')?.getAttribute('href'))).toBe(
      await page.locator('.search-group .search-hits > li > a').nth(first.length).getAttribute('href'),
    );
    while ((await page.getAttribute('#search-results', 'data-state')) === 'partial') {
      await page.click('.search-more button');
      await settled(page);
    }
    const all = await reportHits(page);
    expect(all.slice(0, first.length)).toEqual(first);
    const counts: Record<string, number> = {};
    for (const hit of all) counts[hit.year] = (counts[hit.year] ?? 0) + 1;
    expect(counts).toEqual(seedCounts(query));
    expect(await page.locator('#search-status').textContent()).toMatch(/^找到 \d+ 段，共 \d+ 处/);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('quotation marks in the text', () => {
  it('do not stop a match: 三公经费 finds the paragraphs that write “三公”经费, and says how many', async () => {
    const { page } = await searchFor('三公经费');
    // Every report writes “三公”经费; the glossary entry writes 三公经费: every place, counted.
    const places = seedReports();
    const expected = [...places].reduce((n, [, lines]) => n + lines.filter((l) => l.replace(/[“”]/g, '').includes('三公经费')).length, 0);
    const hits = await reportHits(page);
    expect(hits).toHaveLength(expected);
    expect(new Set(hits.map((h) => h.year))).toEqual(new Set(['2012', '2015', '2016']));
    expect(await page.locator('#search-status').textContent()).toMatch(new RegExp(`^找到 ${expected + 1} 段，共 \\d+ 处`));
    expect(await page.locator('.search-excerpt mark').allTextContents()).toContain('三公”经费');
    await page.close();
  });

  it('are matched exactly when the query has them', async () => {
    const { page } = await searchFor('“三公”经费');
    const hits = await reportHits(page);
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(reportText(builtPage(`/reports/${hit.year}/`).getElementById(hit.block)!)).toContain('“三公”经费');
    await page.close();
  });
});

// Concurrent: each case opens its own page (a context of its own).
describe.concurrent('the search page', () => {
  it('shows what it searches: every scope checked at first, a box unchecked leaves its report out, and the URL keeps the choice', async () => {
    const { page } = await searchFor('一带一路');
    const boxes = page.locator('input[name="scope"]');
    const checked = async () =>
      await boxes.evaluateAll((bs) => bs.filter((b) => (b as HTMLInputElement).checked).map((b) => (b as HTMLInputElement).value));
    expect(await checked()).toEqual(['2016', '2015', '2012', 'glossary']);
    const all = (await reportHits(page)).map((h) => h.year);
    expect(new Set(all)).toEqual(new Set(['2015', '2016']));
    expect(new URL(page.url()).searchParams.getAll('scope')).toEqual([]);
    await page.uncheck('input[name="scope"][value="2016"]');
    await settled(page);
    expect(new Set((await reportHits(page)).map((h) => h.year))).toEqual(new Set(['2015']));
    expect(new URL(page.url()).searchParams.getAll('scope')).toEqual(['2015', '2012', 'glossary']);
    await page.reload();
    await settled(page);
    expect(await checked()).toEqual(['2015', '2012', 'glossary']);
    expect(new Set((await reportHits(page)).map((h) => h.year))).toEqual(new Set(['2015']));
    // Nothing checked, nothing searched: the page says so, and the URL keeps it too.
    for (const scope of ['2015', '2012', 'glossary']) await page.uncheck(`input[name="scope"][value="${scope}"]`);
    await settled(page);
    expect(await page.locator('#search-status').textContent()).toBe('请至少勾选一个查找范围。');
    expect(await page.locator('.search-hits li').count()).toBe(0);
    expect(new URL(page.url()).searchParams.getAll('scope')).toEqual(['']);
    await page.reload();
    await settled(page);
    expect(await checked()).toEqual([]);
    await page.close();
  });

  it('says how many paragraphs hold the term and how many times it occurs in them, as its frequency table counts', async () => {
    // 三门 occurs in the 2016 report and the glossary; the seed's text gives the counts.
    const { page } = await searchFor('三门');
    const paragraphs = [...seed.values()].flat().filter((l) => l.includes('三门'));
    const places = paragraphs.reduce((n, l) => n + l.split('三门').length - 1, 0);
    const hits = await page.locator('.search-hits li').count();
    const glossary = await page.locator('.search-group:last-child .search-kind').count();
    expect(hits - glossary).toBe(paragraphs.length);
    const status = (await page.locator('#search-status').textContent())!;
    const [, shownHits, shownPlaces] = /^找到 (\d+) 段，共 (\d+) 处：/.exec(status)!;
    expect(Number(shownHits)).toBe(hits);
    expect(Number(shownPlaces)).toBeGreaterThanOrEqual(places + glossary);
    expect(status).toContain(`2016年报告 ${paragraphs.length} 段`);
    expect(await page.locator('.search-group h2 .search-count').first().textContent()).toBe(`${paragraphs.length} 段`);
    // The frequency table counts places too, by the same word.
    expect(await page.locator('.frequency-table tbody tr:last-child .frequency-value').textContent()).toMatch(
      new RegExp(`（${places} 处）$`),
    );
    await page.close();
  });

  it('lands on the paragraph with the term highlighted', async () => {
    const { page, errors } = await searchFor('中微子');
    await Promise.all([page.waitForURL(/\/reports\/2016\/\?hl=/), page.click('.search-hits a[href^="/reports/2016/"]')]);
    const hash = new URL(page.url()).hash;
    expect(hash).toMatch(/^#p-\d+$/);
    expect(await page.locator(`${hash}:target`).count()).toBe(1);
    await page.waitForFunction(() => (CSS.highlights.get('search-term')?.size ?? 0) > 0);
    const highlighted = await page.evaluate(() => [...CSS.highlights.get('search-term')!].map((r) => r.toString()));
    expect(highlighted.length).toBe(2); // the 2016 report mentions it twice
    expect(new Set(highlighted)).toEqual(new Set(['中微子']));
    const styled = await page.evaluate(() =>
      document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes('::highlight(search-term)'))),
    );
    expect(styled).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the query in the URL so the back button returns to the previous search', async () => {
    const { page } = await searchFor('碉楼');
    await page.fill('#search-q', '中微子');
    await page.press('#search-q', 'Enter');
    await page.waitForURL(/q=%E4%B8%AD/);
    await page.goBack();
    await page.waitForFunction(() => (document.querySelector('#search-q') as HTMLInputElement).value === '碉楼');
    await settled(page);
    expect(await page.locator('.search-excerpt mark').first().textContent()).toBe('碉楼');
    await page.close();
  });

  it('shows an HTML-looking query as text, never as HTML', async () => {
    const dialogs: string[] = [];
    const page = await site.browser.newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    await settled(page);
    expect(await page.locator('main img').count()).toBe(0);
    const status = await page.locator('#search-status').textContent();
    expect(status).toContain('“<img”');
    expect(status).toContain('“onerror=alert(1)>”');
    expect(await page.inputValue('#search-q')).toBe('<img src=x onerror=alert(1)>');
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    ['', '', '请输入要查找的字词。'],
    ['江'.repeat(1000), '江'.repeat(1000), '查询过长（最多 100 个字），请缩短后再试。'],
    ['。,!?', '。,!?', '请至少输入一个汉字、字母或数字。'],
    // A broken percent-escape in the address: "%25" is "%", and "%%" is read as it stands.
    ['%25%%', '%%%', '请至少输入一个汉字、字母或数字。'],
  ])('answers an odd query (%#) calmly', async (query, shown, message) => {
    const { page, errors } = await openPage(
      site.browser,
      `${site.origin}/search/?q=${query.startsWith('%') ? query : encodeURIComponent(query)}`,
    );
    await settled(page);
    expect(await page.locator('#search-status').textContent()).toBe(message);
    expect(await page.inputValue('#search-q')).toBe(shown);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('works from the keyboard alone: "/" to the box, Enter to search, Tab and Enter to a result', async () => {
    const { page } = await openPage(site.browser, `${site.origin}/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.keyboard.type('碉楼');
    await Promise.all([page.waitForURL(/\/search\/\?q=/), page.keyboard.press('Enter')]);
    await settled(page);
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.closest('.search-hits') !== null)) break;
    }
    const result = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    await Promise.all([page.waitForURL(/\/reports\/\d+\/\?hl=.*#[ps]-\d+$/), page.keyboard.press('Enter')]);
    expect(page.url()).toBe(result);
    const target = new URL(result).hash;
    expect(await page.locator(`${target}:target`).textContent()).toContain('碉楼');
    await page.close();
  });

  it('says plainly without JavaScript that search needs it, and links to the reports', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('中微子')}`);
    expect(await page.locator('main').textContent()).toContain('搜索需要浏览器启用 JavaScript');
    expect(await page.locator('main a[href="/reports/2012/"]').count()).toBe(1);
    // On the first screen, not below the room kept for results that will never come.
    const link = (await page.locator('main a[href="/reports/2012/"]').boundingBox())!;
    expect(link.y + link.height).toBeLessThanOrEqual(page.viewportSize()!.height);
    await context.close();
  });
});

describe('while searching', () => {
  it('moves nothing on the page: the busy button keeps its width, results fill their room', async () => {
    const page = await site.browser.newPage({ viewport: { width: 412, height: 823 } });
    await recordLayoutShifts(page);
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('中微子')}`);
    await settled(page);
    expect(await layoutShifted(page)).toBe(0);
    await page.close();
  });
});

describe('how often, where: 各篇出现频率', () => {
  /** Expected figures, from the source text itself: occurrences per report, and per 10,000 characters. */
  function seedFrequency(term: string): Record<string, string> {
    const figures: Record<string, string> = {};
    for (const [year, lines] of seed) {
      const text = lines.join('').replace(/\[\d+\]/g, '');
      const count = text.split(term).length - 1;
      figures[`${year}年`] = `${((count * 10_000) / [...text.replace(/\s/g, '')].length).toFixed(1)}（${count} 处）`;
    }
    return figures;
  }

  /** The panel's table: row header → the cells of each term column. */
  const frequencyTable = (page: Page) =>
    page.locator('.frequency-table').evaluate((table) => ({
      columns: [...table.querySelectorAll('thead th')].map((th) => th.textContent),
      rows: Object.fromEntries(
        [...table.querySelectorAll('tbody tr')].map((tr) => [
          tr.querySelector('th')!.textContent,
          [...tr.querySelectorAll('td .frequency-value')].map((td) => td.textContent),
        ]),
      ),
    }));

  it('shows each report’s figures for a rare term with the results, without asking', async () => {
    const { page, errors } = await searchFor('中微子');
    const { columns, rows } = await frequencyTable(page);
    expect(columns).toEqual(['报告', '“中微子”']);
    const want = seedFrequency('中微子');
    expect(Object.keys(rows)).toEqual(['2012年', '2015年', '2016年']); // in year order
    for (const [year, cells] of Object.entries(rows)) expect(cells, year).toEqual([want[year]]);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('counts a frequent term when asked, then gives every report’s exact figures', async () => {
    const { page } = await searchFor('发展');
    const texts: string[] = [];
    page.on('request', (r) => /\/search-index\/\w+\/text\//.test(r.url()) && texts.push(r.url()));
    await page.waitForLoadState('networkidle');
    expect(await page.locator('.frequency-table').count()).toBe(0);
    expect(texts).toEqual([]); // nothing more fetched until the reader asks
    await page.locator('.search-frequency button').click();
    await page.waitForSelector('.frequency-table');
    const { rows } = await frequencyTable(page);
    const want = seedFrequency('发展');
    for (const [year, cells] of Object.entries(rows)) expect(cells, year).toEqual([want[year]]);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('frequency-table');
    await page.close();
  });

  it('counts a term that has no letter, digit or ideograph by reading every paragraph, when asked', async () => {
    const { page } = await searchFor('中微子 %');
    await page.locator('.search-frequency button').click();
    await page.waitForSelector('.frequency-table');
    const { columns, rows } = await frequencyTable(page);
    expect(columns).toEqual(['报告', '“中微子”', '“%”']);
    const [neutrino, percent] = [seedFrequency('中微子'), seedFrequency('%')];
    for (const [year, cells] of Object.entries(rows)) expect(cells, year).toEqual([neutrino[year], percent[year]]);
    await page.close();
  });

  it('gives each of several terms its own column, counted on its own', async () => {
    const { page } = await searchFor('中微子 碉楼');
    expect(await page.locator('#search-status').textContent()).toContain('没有找到'); // no paragraph has both
    const { columns, rows } = await frequencyTable(page);
    expect(columns).toEqual(['报告', '“中微子”', '“碉楼”']);
    const [neutrino, diaolou] = [seedFrequency('中微子'), seedFrequency('碉楼')];
    for (const [year, cells] of Object.entries(rows)) expect(cells, year).toEqual([neutrino[year], diaolou[year]]);
    await page.close();
  });
});

describe('a first query is light', () => {
  // The goal, measured as bench:search measures it: bytes are deterministic for a build;
  // times are not, so the benchmark prints those.
  let stock: Awaited<ReturnType<typeof serveStockPagefind>>;
  beforeAll(async () => {
    stock = await serveStockPagefind(fileURLToPath(distDir));
  });
  afterAll(() => stock.close());

  it.each(['中微子', '发展', '三公经费'])('%s costs at most 0.6× what stock Pagefind costs for it', async (query) => {
    const here = await firstQueryCost(site.browser, site.origin, query);
    const there = await stockQueryCost(site.browser, stock.origin, query);
    expect(here.bytes, `${describeQueryCost(here)} vs stock ${describeQueryCost(there)}`).toBeLessThanOrEqual(0.6 * there.bytes);
  });
});
