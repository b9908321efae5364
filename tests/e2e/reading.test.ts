import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage } from '../support/chromium';
import { builtReportYears, sourceEditionPages, unknownAddress } from '../support/built';
import { useSite } from '../support/browser-site';

const site = useSite();

const inViewport = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  });

// One page per report, read in turn as a reader would: each case leaves the page at rest.
describe.each(builtReportYears())('reading the %i report in Chromium', (year) => {
  let reader: { page: Page; errors: string[] };
  beforeAll(async () => {
    reader = await openPage(site.browser, `${site.origin}/reports/${year}/`);
  });
  afterAll(() => reader.page.close());

  it('opens in Chinese', async () => {
    const { page } = reader;
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.locator('h1').textContent()).toContain(String(year));
  });

  it('gives every heading and paragraph a permalink to itself', async () => {
    const { page } = reader;
    // They are added a few per frame, so that the page never stalls on them.
    await page.waitForFunction(() => !document.querySelector('.report-body > [id]:not(:has(> a.permalink))'));
    const blocks = await page.$$eval('.report-body > [id]', (els) =>
      els.map((el) => ({ id: el.id, links: [...el.querySelectorAll('a.permalink')].map((a) => a.getAttribute('href')) })),
    );
    expect(blocks.length).toBeGreaterThan(20);
    for (const b of blocks) expect(b.links, b.id).toEqual([`#${b.id}`]);
  });

  it('shows a paragraph permalink to keyboard users', async () => {
    const link = reader.page.locator('#p-1 a.permalink');
    await link.focus();
    expect(await link.evaluate((a) => getComputedStyle(a).opacity)).toBe('1');
    expect(await link.getAttribute('aria-label')).toBe('第 1 段的链接，并复制其引文');
    await link.blur();
  });

  it('follows a heading permalink, shown on hover', async () => {
    const { page } = reader;
    const heading = page.locator('#s-2');
    await heading.scrollIntoViewIfNeeded();
    await heading.hover();
    const link = heading.locator('a.permalink');
    expect(await link.evaluate((a) => getComputedStyle(a).opacity)).toBe('1');
    await link.click();
    expect(new URL(page.url()).hash).toBe('#s-2');
    expect(await page.locator('#s-2:target').count()).toBe(1);
    expect(await inViewport(page, '#s-2')).toBe(true);
  });

  it('follows footnote 3 to its note and comes back to the marker', async () => {
    const { page } = reader;
    // At 1440 px its note stands in the margin: the marker leads on to the note at the end, in its fold.
    await page.waitForSelector('.sidenote');
    await page.click('#fnref-3');
    expect(new URL(page.url()).hash).toBe('#fn-3');
    expect(await inViewport(page, '#fn-3')).toBe(true);
    expect(await page.locator('#fn-3 dfn').textContent()).not.toBe('');
    await page.click('#fn-3 a[role=doc-backlink]');
    expect(new URL(page.url()).hash).toBe('#fnref-3');
    expect(await inViewport(page, '#fnref-3')).toBe(true);
  });

  it("names each heading as its contents entry does, a year mark's note left out (20xx〔2016〕年工作安排)", async () => {
    const { page } = reader;
    await page.waitForFunction(() => !document.querySelector('.report-body > [id]:not(:has(> a.permalink))'));
    // Chromium's own accessible names, as a screen reader gets them.
    const cdp = await page.context().newCDPSession(page);
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const name = async (selector: string) => {
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
      const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
      return String(nodes[0]!.name?.value);
    };
    const ids = await page.locator('.toc ol a[href^="#s-"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.slice(1)));
    const permalink = (await page.locator('.report-body h2 a.permalink').first().getAttribute('aria-label'))!;
    const marked = [];
    for (const id of ids) {
      const entry = await name(`.toc a[href="#${id}"]`);
      // The heading's own permalink, a link inside it, adds its label to the name.
      expect((await name(`#${id}`)).replace(permalink, '').trim(), id).toBe(entry);
      if (entry.includes('〔')) marked.push(entry);
    }
    await cdp.detach();
    if (year === 2016) expect(marked).toEqual(['20xx〔2016〕年工作安排']);
  });

  it('draws the quotation marks and commas of a paragraph in a CJK face', async () => {
    const { page } = reader;
    // Each mark wrapped in a span of its own, which inherits the paragraph's font, so that the
    // browser can say which platform font drew exactly that character.
    const marks = await page.evaluate(() => {
      const p = [...document.querySelectorAll('.report-body > p')].find((el) => /“.*”.*，/.test(el.textContent!))!;
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      const found: string[] = [];
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        for (const mark of ['“', '”', '，']) {
          const at = node.data.indexOf(mark);
          if (found.includes(mark) || at === -1 || node.parentElement!.closest('[data-editorial]')) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + 1);
          const span = document.createElement('span');
          span.dataset.mark = mark;
          range.surroundContents(span);
          found.push(mark);
          break;
        }
      }
      return found;
    });
    expect(marks.sort()).toEqual(['“', '”', '，'].sort());
    const cdp = await page.context().newCDPSession(page);
    const { root } = await cdp.send('DOM.getDocument');
    await cdp.send('CSS.enable');
    for (const mark of marks) {
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: `[data-mark="${mark}"]` });
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      expect(fonts.length, mark).toBeGreaterThan(0);
      for (const font of fonts) expect(font.familyName, mark).toMatch(/CJK|PingFang|Hiragino|YaHei|Source Han|WenQuanYi/);
    }
    await cdp.detach();
    await page.reload();
  });

  it('has logged no console error all along', () => {
    expect(reader.errors).toEqual([]);
  });
});

describe('every page', () => {
  // The source edition: a 繁體 twin has the same elements and CJK glyphs of the same width.
  const paths = sourceEditionPages().filter((p) => p !== unknownAddress);

  it.each(paths)('%s fits a 360 px phone without sideways scrolling', async (path) => {
    const { page, errors } = await openPage(site.browser, site.origin + path, 360);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('an unknown address shows the 404 page with links to the reports', async () => {
    const page = await site.browser.newPage();
    const response = await page.goto(`${site.origin}/reports/1999/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('页面不存在');
    expect(await page.locator('main a[href="/reports/2016/"]').count()).toBe(1);
    await page.close();
  });

  it('the first Tab reaches the skip link, which moves focus to the content', async () => {
    const { page } = await openPage(site.browser, `${site.origin}/reports/2016/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });
});

describe('citing a paragraph', () => {
  it('copies its citation with its link, and says so to every reader', async () => {
    const context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    // The clipboard is written only from a focused page; other tests' pages share this browser.
    await (await context.newCDPSession(page)).send('Emulation.setFocusEmulationEnabled', { enabled: true });
    await page.goto(`${site.origin}/reports/2016/`);
    const link = page.locator('#p-12 a.permalink');
    expect(await link.getAttribute('aria-label')).toBe('第 12 段的链接，并复制其引文');
    await link.focus();
    await page.keyboard.press('Enter');
    const status = page.locator('[role=status]');
    await expect.poll(() => status.textContent()).toBe('已复制第 12 段的引文（GB/T 7714）');
    expect(await status.isVisible()).toBe(true);
    expect(new URL(page.url()).hash).toBe('#p-12');
    // GB/T 7714, with the reader's today as the 引用日期 and the paragraph's address as the page is served
    // (this build, without SITE_URL, knows no other and names no localhost).
    const today = await page.evaluate(() => new Date().toLocaleDateString('sv'));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `江门市人民政府. 2016年江门市政府工作报告[EB/OL]. (2016-01-20)[${today}]. ${site.origin}/reports/2016/#p-12.`,
    );
    // Arriving from search (?hl=…) leaves the query out of the citation; the 繁體 page cites itself, in its script.
    await page.goto(`${site.origin}/zh-hant/reports/2016/?hl=%E5%8F%91%E5%B1%95`);
    await page.locator('#p-3 a.permalink').click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`江門市人民政府. 2016年江門市政府工作報告[EB/OL]. (2016-01-20)[${today}]. ${site.origin}/zh-hant/reports/2016/#p-3.`);
    await context.close();
  });
});

describe('when the browser blocks storage', () => {
  // As Chromium does when a reader blocks site data: reading `localStorage` itself throws.
  const blockStorage = async (page: Page) => {
    await page.addInitScript(() =>
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      }),
    );
  };

  it('still gives permalinks, the highlight, sidenotes, the "/" shortcut, the charts and the switch', async () => {
    const { page, errors } = await openPage(site.browser, `${site.origin}/reports/2016/?hl=中微子#p-12`, 1440, blockStorage);
    const storage = () => {
      try {
        return typeof localStorage;
      } catch (error) {
        return (error as Error).name;
      }
    };
    expect(await page.evaluate(storage)).toBe('SecurityError');
    await page.waitForFunction(() => !document.querySelector('.report-body > [id]:not(:has(> a.permalink))'));
    await page.waitForFunction(() => (CSS.highlights.get('search-term')?.size ?? 0) > 0);
    await expect.poll(() => page.locator('.sidenote').count()).toBeGreaterThan(0);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.locator('#indicators').scrollIntoViewIfNeeded();
    await page.waitForSelector('.chart-canvas[data-drawn]', { state: 'attached' });
    // The switch still leads to the same paragraph; the choice is only not remembered.
    await Promise.all([page.waitForURL(/\/zh-hant\/reports\/2016\/\?hl=.*#p-12$/), page.click('[data-edition-switch]')]);
    await page.goto(`${site.origin}/reports/2015/`);
    expect(new URL(page.url()).pathname).toBe('/reports/2015/');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('still opens a footnote in its popover', async () => {
    const { page, errors } = await openPage(site.browser, `${site.origin}/reports/2016/`, 800, blockStorage);
    await page.locator('#fnref-10').evaluate((m) => m.scrollIntoView({ block: 'center' }));
    await page.click('#fnref-10');
    // The first click loads the popover's code: it opens once that is in (on a busy machine, not at once).
    await page.locator('#note-popover').waitFor({ state: 'visible' });
    expect(await page.locator('#note-popover dfn').textContent()).toBe('雏鹰计划');
    expect(errors).toEqual([]);
    await page.close();
  });
});
