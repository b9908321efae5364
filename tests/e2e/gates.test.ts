import { describe, expect, it } from 'vitest';
import { everyKindOfPage, unknownAddress } from '../support/built';
import { useSite } from '../support/browser-site';
import { axeViolations, colourRules, textRules } from '../support/axe';
import { layoutShifted, recordLayoutShifts } from '../support/layout-shift';

const site = useSite();

const pages = everyKindOfPage();

// Concurrent: most of each test is the browser loading and drawing, which overlaps well.
describe.concurrent('every kind of page', () => {
  it.each(pages)(
    '%s moves nothing as it loads, and has no axe violations (WCAG 2.1 AA) in light or dark mode, no third-party request and no console error',
    async (path) => {
      const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
      // Every layout shift from the first paint on (CLS counts what the reader sees move).
      await recordLayoutShifts(page);
      const requests: string[] = [];
      const errors: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      // At the unknown address the page itself comes with status 404, which Chromium logs as an
      // error: that one is the point; any other 404 is a missing file.
      const servedAs404 = path.endsWith(unknownAddress) ? site.origin + path : undefined;
      page.on(
        'console',
        (m) => m.type() === 'error' && !(m.location().url === servedAs404 && m.text().includes('404 (Not Found)')) && errors.push(m.text()),
      );
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(site.origin + path);
      if (path.includes('/search/')) await page.waitForSelector('#search-results[data-state="done"]', { state: 'attached' });
      // Once the scripts that start after the page (the sidenotes, the permalinks) have run.
      await page.waitForLoadState('networkidle');
      expect(await layoutShifted(page), 'layout shift').toBe(0);
      const twin = path.startsWith('/zh-hant/');
      // The charts are not drawn here: a chart's markup (a labelled canvas and its table) is
      // the same drawn or not, and indicator-charts.test.ts draws every one.
      await page.emulateMedia({ colorScheme: 'light' });
      if (twin) {
        // A 繁體 twin: the rules its text and language can change (its structure is its source
        // page's, checked in the built tests).
        expect(await axeViolations(page, textRules), 'light').toEqual([]);
      } else {
        expect(await axeViolations(page), 'light').toEqual([]);
        // Dark mode changes colours only: the colour rules again.
        await page.emulateMedia({ colorScheme: 'dark' });
        expect(await axeViolations(page, colourRules), 'dark').toEqual([]);
      }
      expect(requests.filter((u) => !u.startsWith(site.origin))).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    },
  );
});

// What each page declares is read from its HTML in tests/built/page-security.test.ts.
describe('security headers a static site can carry', () => {
  it('the CSP is enforced: an injected inline script does not run', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/`);
    const ran = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.head.append(s);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
    await page.close();
  });
});

describe('print', () => {
  it('leaves out navigation and search, and writes out where links lead', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/reports/2016/`);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-header nav', '.site-search', '.toc', '.report-pager']) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    expect(await page.locator('section.footnotes li').first().isVisible()).toBe(true);
    // Paragraph numbers, as citations give them, in the indent.
    expect(await page.locator('#p-12').evaluate((p) => getComputedStyle(p, '::before').content)).toMatch(/^counter\(p\)/);
    const after = await page
      .locator('.report-meta a[href^="http"]')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('http');
    // No relative address on paper: links within the site print none, and the page prints its own.
    const printed = await page.locator('main a[href]').evaluateAll((as) => as.map((a) => getComputedStyle(a, '::after').content));
    expect(printed.filter((c) => c.includes('<') && !c.includes('http'))).toEqual([]);
    // The page's own address, on the origin it was served from (this build knows no other).
    const address = page.locator('.site-footer .print-only');
    expect(await address.isVisible()).toBe(true);
    expect(await address.textContent()).toBe(`本页网址：${site.origin}/reports/2016/`);
    await page.emulateMedia({ media: 'screen' });
    expect(await address.isVisible()).toBe(false);
    // The 繁體 twin prints its own; the chart citations on /indicators/ are written out the same way.
    await page.goto(`${site.origin}/zh-hant/reports/2016/`);
    expect(await address.textContent()).toBe(`本頁網址：${site.origin}/zh-hant/reports/2016/`);
    await page.goto(`${site.origin}/indicators/`);
    expect(await page.locator('#series-gdp .chart-cite a[data-address]').textContent()).toBe(`${site.origin}/indicators/#series-gdp`);
    await page.close();
  });
});
