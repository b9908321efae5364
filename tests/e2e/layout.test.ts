import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtReportYears } from '../support/built';
import { useSite } from '../support/browser-site';
import { layoutShifted, recordLayoutShifts } from '../support/layout-shift';

const site = useSite();

/** The screens of issue 11: a phone and a desktop. */
const screens = [
  { width: 360, height: 800 },
  { width: 1440, height: 900 },
];

// What only a laid-out page shows: sizes and positions, at both widths.
describe.each(screens)('a report page at $width×$height', (viewport) => {
  let page: Page;
  beforeAll(async () => {
    page = await site.browser.newPage({ viewport });
    await page.goto(`${site.origin}/reports/2016/`);
    // The editorial marks' Escape handling loads after the page (on a busy machine, seconds after).
    await page.waitForLoadState('networkidle');
  });
  afterAll(() => page.close());

  it('sets each heading level clearly apart from the next and from the body text', async () => {
    const size = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const [h2, h3, body] = await Promise.all([size('.report-body > h2'), size('.report-body > h3'), size('.report-body > p')]);
    expect(h2).toBeGreaterThanOrEqual(h3 * 1.1);
    expect(h3).toBeGreaterThanOrEqual(body * 1.15);
  });

  it("shows an editorial mark's note on keyboard focus and on hover, within the screen", async () => {
    const mark = page.locator('#p-3 a.ed-year');
    const note = mark.locator('span');
    const shown = () => note.evaluate((el) => getComputedStyle(el).clipPath === 'none');
    expect(await shown()).toBe(false);
    await mark.focus();
    expect(await shown()).toBe(true);
    const box = (await note.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(await note.textContent()).toBe('编者注：20xx即2015年（已确认）');
    // Escape hides it without moving the focus (WCAG 1.4.13), until the focus leaves the mark.
    await page.keyboard.press('Escape');
    await expect.poll(shown).toBe(false);
    expect(await mark.evaluate((el) => el === document.activeElement)).toBe(true);
    await mark.blur();
    expect(await shown()).toBe(false);
    await mark.focus();
    expect(await shown()).toBe(true);
    await mark.blur();
    await mark.hover();
    expect(await shown()).toBe(true);
    // …and the same under the pointer, until it leaves.
    await page.keyboard.press('Escape');
    await expect.poll(shown).toBe(false);
    await page.mouse.move(0, 0);
    await mark.hover();
    expect(await shown()).toBe(true);
    await page.mouse.move(0, 0);
  });

  it('numbers each paragraph, in the right margin where there is one, else in its indent', async () => {
    const number = await page.locator('#p-3').evaluate((p) => {
      const style = getComputedStyle(p, '::before');
      return { content: style.content, left: parseFloat(style.left), width: p.getBoundingClientRect().width };
    });
    expect(number.content).toMatch(/^counter\(p\)/);
    if (viewport.width > 1000) expect(number.left).toBeGreaterThan(number.width);
    else expect(number.left).toBe(0);
  });

  it('sets every header link on one line, none cut off', async () => {
    const links = await page.$$eval('.site-header a', (as) => as.map((a) => ({ text: a.textContent, lines: a.getClientRects().length })));
    expect(links.length).toBeGreaterThan(6);
    for (const link of links) expect(link.lines, link.text!).toBe(1);
    const nav = await page.locator('.site-header nav').evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(nav.scroll).toBeLessThanOrEqual(nav.client);
  });
});

describe('an editorial mark on a touch screen', () => {
  it('shows its note at the first tap, in place, and leads to /about/ at the second', async () => {
    const context = await site.browser.newContext({ hasTouch: true, isMobile: true, viewport: screens[0]! });
    const page = await context.newPage();
    await page.goto(`${site.origin}/reports/2016/`);
    await page.waitForLoadState('networkidle'); // the marks' script loads after the page
    const mark = page.locator('#p-3 a.ed-year');
    const note = mark.locator('span');
    await mark.scrollIntoViewIfNeeded();
    await mark.tap();
    expect(new URL(page.url()).pathname).toBe('/reports/2016/');
    expect(await note.evaluate((el) => getComputedStyle(el).clipPath)).toBe('none');
    const box = (await note.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(screens[0]!.width);
    await Promise.all([page.waitForURL(/\/about\/#/), mark.tap()]);
    await context.close();
  });
});

describe('the header on a phone', () => {
  it('is one row of links once the reader scrolls, and nothing shifts', async () => {
    const page = await site.browser.newPage({ viewport: screens[0]! });
    await recordLayoutShifts(page);
    await page.goto(`${site.origin}/reports/2016/`);
    for (const y of [400, 3000, 9000]) {
      // The wheel returns before the page has scrolled: wait for the page to say it has.
      await page.evaluate(() => {
        (window as unknown as { scrolled: Promise<Event> }).scrolled = new Promise((resolve) =>
          addEventListener('scrollend', resolve, { once: true }),
        );
      });
      await page.mouse.wheel(0, y);
      await page.evaluate(() => (window as unknown as { scrolled: Promise<Event> }).scrolled.then(() => undefined));
    }
    const header = (await page.locator('.site-header').boundingBox())!;
    expect(header.y + header.height).toBeGreaterThan(30);
    expect(header.y + header.height).toBeLessThanOrEqual(44);
    for (const year of ['2012', '2015', '2016']) {
      const link = (await page.locator('.site-header nav a', { hasText: year }).boundingBox())!;
      expect(link.y).toBeGreaterThanOrEqual(0);
    }
    expect(await layoutShifted(page)).toBe(0);
    await page.close();
  });
});

describe('the header at 1440 px', () => {
  it('is one row that stays in view, so the other reports are in reach at mid-page', async () => {
    const page = await site.browser.newPage({ viewport: screens[1]! });
    await page.goto(`${site.origin}/reports/2016/#p-60`);
    const header = (await page.locator('.site-header').boundingBox())!;
    expect(header.y).toBe(0);
    expect(header.height).toBeLessThanOrEqual(64);
    for (const year of ['2012', '2015']) expect(await page.locator('.site-header nav a', { hasText: year }).isVisible()).toBe(true);
    // The paragraph arrived at is not under it.
    const target = (await page.locator('#p-60').boundingBox())!;
    expect(target.y).toBeGreaterThanOrEqual(header.height);
    await page.close();
  });
});

describe.each(screens)('the first paragraph of each report at $width×$height', (viewport) => {
  it.each(builtReportYears())('%i: starts on the first screen (within 1.2 screens on a phone)', async (year) => {
    const page = await site.browser.newPage({ viewport });
    await page.goto(`${site.origin}/reports/${year}/`);
    const top = await page
      .locator('.report-body > p')
      .first()
      .evaluate((p) => p.getBoundingClientRect().top + scrollY);
    expect(top).toBeLessThan(viewport.height * (viewport.width < 600 ? 1.2 : 1));
    await page.close();
  });
});

describe('the contents of a report', () => {
  it('are folded on a phone', async () => {
    const page = await site.browser.newPage({ viewport: screens[0]! });
    await page.goto(`${site.origin}/reports/2016/`);
    expect(await page.locator('.toc a[href="#s-2"]').isVisible()).toBe(false);
    await page.click('.toc summary');
    expect(await page.locator('.toc a[href="#s-2"]').isVisible()).toBe(true);
    await page.close();
  });

  it('are a bar on a phone, under the header, that names the section and opens over the text', async () => {
    const page = await site.browser.newPage({ viewport: screens[0]! });
    await page.goto(`${site.origin}/reports/2016/`);
    await page.locator('#p-60').evaluate((p) => p.scrollIntoView());
    const section = await page.evaluate(() => {
      const headings = [...document.querySelectorAll('.report-body > h2, .report-body > h3')];
      return headings.filter((h) => h.compareDocumentPosition(document.getElementById('p-60')!) & Node.DOCUMENT_POSITION_FOLLOWING).at(-1)!
        .textContent;
    });
    await expect.poll(() => page.locator('.toc-here').textContent()).toBe(section);
    const bar = (await page.locator('.toc').boundingBox())!;
    expect(bar.y).toBeGreaterThan(30);
    expect(bar.y + bar.height).toBeLessThanOrEqual(100);
    const before = await page.locator('#p-60').boundingBox();
    await page.click('.toc summary');
    expect(await page.locator('.toc a[href="#s-2"]').isVisible()).toBe(true);
    // Open, the list lies over the text: the paragraph has not moved.
    expect(await page.locator('#p-60').boundingBox()).toEqual(before);
    await page.click('.toc a[href="#s-2"]');
    expect(new URL(page.url()).hash).toBe('#s-2');
    expect(await page.locator('.toc a[href="#s-2"]').isVisible()).toBe(false);
    // …and, once the reader is in a section, leads back to the top, focus with it.
    await page.evaluate(() => scrollTo(0, 0));
    await expect.poll(() => page.locator('.toc-top').isVisible()).toBe(false);
    await page.locator('#p-60').evaluate((p) => p.scrollIntoView());
    await page.click('.toc-top');
    await expect.poll(() => page.evaluate(() => scrollY)).toBeLessThan(100);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  it('stay in view beside the text at 1440 px, at mid-page too', async () => {
    const page = await site.browser.newPage({ viewport: screens[1]! });
    await page.goto(`${site.origin}/reports/2016/#s-9`);
    const [toc, text] = await Promise.all([page.locator('.toc').boundingBox(), page.locator('.report-body').boundingBox()]);
    expect(toc!.x).toBeGreaterThanOrEqual(0);
    expect(toc!.x + toc!.width).toBeLessThanOrEqual(text!.x);
    expect(toc!.y).toBeGreaterThanOrEqual(0);
    expect(toc!.y + toc!.height).toBeLessThanOrEqual(screens[1]!.height);
    expect(await page.locator('.toc a[href="#s-15"]').isVisible()).toBe(true);
    // …and mark the section the reader is in.
    const current = () => page.locator('.toc a[aria-current="location"]').getAttribute('href');
    await expect.poll(current).toBe('#s-9');
    await page.locator('#p-60').evaluate((p) => p.scrollIntoView());
    const section = await page.evaluate(() => {
      const headings = [...document.querySelectorAll('.report-body > h2, .report-body > h3')];
      return `#${headings.filter((h) => h.compareDocumentPosition(document.getElementById('p-60')!) & Node.DOCUMENT_POSITION_FOLLOWING).at(-1)!.id}`;
    });
    expect(section).not.toBe('#s-9');
    await expect.poll(current).toBe(section);
    // Its heading folds nothing there, and the phone's way back to the top is not shown.
    await page.click('.toc summary');
    expect(await page.locator('.toc a[href="#s-15"]').isVisible()).toBe(true);
    expect(await page.locator('.toc-top').isVisible()).toBe(false);
    await page.close();
  });
});
