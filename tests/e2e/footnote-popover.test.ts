import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { openPage } from '../support/chromium';
import { useSite } from '../support/browser-site';

const site = useSite();

const popover = '#note-popover';
const isOpen = (page: Page) => page.locator(popover).isVisible();
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id);

/** Below 1200 px, where no margin shows the notes (there, sidenotes.test.ts: a marker lights its note instead). */
async function report(width = 1024, year = 2016, prepare?: (page: Page) => Promise<void>) {
  const opened = await openPage(site.browser, `${site.origin}/reports/${year}/`, width, prepare);
  await opened.page.locator('#fnref-10').scrollIntoViewIfNeeded();
  return opened;
}

// One page, used in turn as a reader would: each case leaves the popover closed, and the two
// that lead away from the marker come last.
describe('the footnote popover', () => {
  let reader: { page: Page; errors: string[] };
  beforeAll(async () => {
    reader = await report();
  });
  afterAll(() => reader.page.close());

  it('shows the clues of a note whose meaning is unknown, from the glossary, below its one line', async () => {
    const { page } = reader;
    // Its marker differs from the others by more than colour: a dashed underline.
    const line = (ref: string) => page.locator(ref).evaluate((a) => getComputedStyle(a).textDecorationStyle);
    expect(await line('#fnref-3')).toBe('dashed');
    expect(await line('#fnref-10')).not.toBe('dashed');
    await page.click('#fnref-3');
    await page.waitForSelector(`${popover} .note-clues`);
    expect(await page.locator(`${popover} .note-popover-body p`).first().textContent()).toBe('五个主动对接 释义不详');
    expect(await page.locator(`${popover} a.clues`).count()).toBe(0);
    expect(await page.locator(`${popover} .note-clues`).textContent()).toMatch(
      /^已知线索：2016年报告在“明确‘三门’‘三心’的新使命”一段写“实施‘五个主动对接’”/,
    );
    await page.keyboard.press('Escape');
  });

  it('opens on click beside the marker with term, definition, basis and links, and closes with the button', async () => {
    const { page } = reader;
    // Mid-screen, so that there is room for it below the marker.
    await page.locator('#fnref-10').evaluate((m) => m.scrollIntoView({ block: 'center' }));
    await page.click('#fnref-10');
    expect(await isOpen(page)).toBe(true);
    expect(await page.locator(`${popover} dfn`).textContent()).toBe('雏鹰计划');
    expect(await page.locator(`${popover} .basis`).textContent()).toContain('公开来源');
    expect(await page.locator(`${popover} .note-popover-body p:nth-child(2)`).textContent()).toContain(
      '小微企业创业创新基地城市示范工作方案',
    );
    expect(await page.getAttribute(`${popover} [data-link="note"]`, 'href')).toBe('#fn-10');
    expect(await page.getAttribute(`${popover} [data-link="glossary"]`, 'href')).toBe('/glossary/#note-2016-10');
    expect(await page.getAttribute('#fnref-10', 'aria-expanded')).toBe('true');
    expect(await page.locator(`${popover} [role=doc-backlink]`).count()).toBe(0);
    // Beside the marker: its top edge just below the marker's bottom edge.
    const [marker, box] = await Promise.all([page.locator('#fnref-10').boundingBox(), page.locator(popover).boundingBox()]);
    expect(Math.abs(box!.y - (marker!.y + marker!.height))).toBeLessThan(12);
    expect(new URL(page.url()).hash).toBe(''); // the reader has not been moved
    await page.click(`${popover} .note-popover-close`);
    expect(await isOpen(page)).toBe(false);
    expect(await focusedId(page)).toBe('fnref-10');
    expect(await page.getAttribute('#fnref-10', 'aria-expanded')).toBe('false');
  });

  it('works from the keyboard: Enter opens it with focus inside, Escape closes it and focus returns', async () => {
    const { page } = reader;
    await page.focus('#fnref-10');
    await page.keyboard.press('Enter');
    expect(await isOpen(page)).toBe(true);
    expect(await focusedId(page)).toBe('note-popover');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('#note-popover') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await isOpen(page)).toBe(false);
    expect(await focusedId(page)).toBe('fnref-10');
  });

  it('closes on a click outside and hands focus back to the marker', async () => {
    const { page } = reader;
    await page.click('#fnref-10');
    await page.mouse.click(5, 5);
    expect(await isOpen(page)).toBe(false);
    expect(await focusedId(page)).toBe('fnref-10');
  });

  it('previews on hover and stays while the pointer moves onto it (WCAG 1.4.13)', async () => {
    // Leaving the marker starts the popover's closing delay, and entering the popover stops it: on
    // a page of its own, whose clock the test runs on past any such delay instead of waiting.
    const { page, errors } = await report(1024, 2016, (p) => p.clock.install());
    await page.hover('#fnref-10');
    await page.waitForSelector(`${popover}:not([hidden])`);
    await page.hover(`${popover} .note-popover-body p:nth-child(2)`);
    await page.clock.runFor(2_000);
    expect(await isOpen(page)).toBe(true);
    await page.mouse.move(5, 5);
    await page.clock.runFor(2_000);
    expect(await isOpen(page)).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('has no axe violations with the popover open', async () => {
    const { page } = reader;
    await page.click('#fnref-10');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
  });

  it('"go to note" still jumps to the note at the end', async () => {
    const { page } = reader;
    await page.click('#fnref-10');
    await page.click(`${popover} [data-link="note"]`);
    expect(new URL(page.url()).hash).toBe('#fn-10');
  });

  it("the glossary link lands on the term's entry, at this note, with the term in view", async () => {
    const { page } = reader;
    // The previous case left the note open beside the marker and the reader at the note.
    if (await isOpen(page)) await page.keyboard.press('Escape');
    await page.locator('#fnref-10').scrollIntoViewIfNeeded();
    await page.click('#fnref-10');
    await Promise.all([page.waitForURL('**/glossary/#note-2016-10'), page.click(`${popover} [data-link="glossary"]`)]);
    const entry = page.locator('.glossary-entry:has(li:target)');
    expect(await entry.getAttribute('id')).toBe('chuying-jihua');
    expect(await entry.locator('li:target').textContent()).toContain('2016年报告 注10');
    const heading = await entry.locator('h3').boundingBox();
    expect(heading!.y).toBeGreaterThanOrEqual(0);
    expect(await entry.locator('h3').textContent()).toBe('雏鹰计划');
  });

  it('has logged no console error all along', () => {
    expect(reader.errors).toEqual([]);
  });
});

describe('the footnote popover on a phone', () => {
  it('fits a 360 px screen', async () => {
    const { page } = await report(360);
    for (const ref of ['#fnref-1', '#fnref-10', '#fnref-27']) {
      await page.locator(ref).scrollIntoViewIfNeeded();
      await page.click(ref);
      // The first click loads the popover's code: it opens once that is in.
      await page.locator(popover).waitFor({ state: 'visible' });
      const box = (await page.locator(popover).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(360);
      await page.keyboard.press('Escape');
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('the marker jumps to the note and the note links back', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/reports/2012/`);
    await page.click('#fnref-3');
    expect(new URL(page.url()).hash).toBe('#fn-3');
    expect(await page.locator(popover).isVisible()).toBe(false);
    await page.click('#fn-3 a[role=doc-backlink]');
    expect(new URL(page.url()).hash).toBe('#fnref-3');
    await context.close();
  });
});
