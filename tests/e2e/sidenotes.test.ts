import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { builtReportYears } from '../support/built';
import { useSite } from '../support/browser-site';

const site = useSite();

/** The gap sidenotes.ts leaves between two notes of a run. */
const gap = 6;

/**
 * How far each note stands from its marker's line (negative: above it), and how close a run of
 * notes packs: a note away from its marker must touch a neighbour, or nothing kept it away.
 */
async function sidenotes(page: Page) {
  const markers = await page.locator('.report-body a[role=doc-noteref]').count();
  // They come after the page, and are placed at the next frame: on a busy machine, seconds after.
  await page.waitForFunction((n) => document.querySelectorAll('.sidenote[style*="top"]').length === n, markers, { timeout: 30_000 });
  return page.evaluate(() => {
    const notes = [...document.querySelectorAll('.sidenote')].map((n) => n.getBoundingClientRect());
    const markerTops = [...document.querySelectorAll('.report-body a[role=doc-noteref]')].map((m) => m.getBoundingClientRect().top);
    return {
      text: document.querySelector('.report-body')!.getBoundingClientRect().right,
      notes: notes.map((n, i) => ({ top: n.top, bottom: n.bottom, left: n.left, right: n.right, distance: n.top - markerTops[i]! })),
    };
  });
}

async function wideReport(year: number, width: number) {
  const page = await site.browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(`${site.origin}/reports/${year}/`);
  return page;
}

/**
 * How far the 2016 report's notes may stand from their markers: its notes 1–5 are markers of one
 * sentence (「明确“三门”[1]“三心”[2]的新使命。实施“五个主动对接”[3]，推动“高、大、中、小”四轮驱动[4]，开展“双引双创”[5]」),
 * five notes a line or two apart, whose run is centred on them. Measured: 96 px at 1440, 106 px
 * at 1200, where the margin is narrower (was 270 and 388 px, each note below the one above).
 */
const bound2016 = { 1200: 110, 1440: 100 };

describe.each([1200, 1440] as const)('the notes in the margin at %i px', (width) => {
  it.each(builtReportYears())('%i: stand outside the text, none over another, each as near its marker as stacking allows', async (year) => {
    const page = await wideReport(year, width);
    const { text, notes } = await sidenotes(page);
    for (const [i, note] of notes.entries()) {
      expect(note.left).toBeGreaterThan(text);
      expect(note.right).toBeLessThanOrEqual(width);
      if (i) expect(note.top, `note ${i + 1}`).toBeGreaterThanOrEqual(notes[i - 1]!.bottom);
      // Away from its marker only as part of a run: touching the note above or below.
      if (Math.abs(note.distance) > 1) {
        const touches = [notes[i - 1]?.bottom, notes[i + 1]?.top].some((edge, side) =>
          edge === undefined ? false : Math.abs(side ? edge - note.bottom : note.top - edge) <= gap + 1,
        );
        expect(touches, `note ${i + 1}, ${Math.round(note.distance)} px from its marker`).toBe(true);
      }
    }
    const farthest = Math.max(...notes.map((n) => Math.abs(n.distance)));
    expect(farthest).toBeLessThanOrEqual(year === 2016 ? bound2016[width] : bound2016[1200]);
    await page.close();
  });

  it('give the term and its definition, or, where the meaning is unknown, one line: the term, linked to its clues, and 释义不详', async () => {
    const page = await wideReport(2016, width);
    await sidenotes(page);
    expect(await page.locator('.sidenote').first().textContent()).toBe(
      '1 三门 开放之门、方便之门、辐射之门。2016年报告提出“三门”的同一段写明要“打造开放之门、方便之门、辐射之门”；报告后文又写到全力打造“三门”、建设“三心”。',
    );
    const unknown = page.locator('.sidenote:has(.unknown)');
    expect(await unknown.count()).toBe(16);
    const note = page.locator('.sidenote').nth(2);
    expect(await note.textContent()).toBe('3 五个主动对接 释义不详');
    expect(await note.locator('a').getAttribute('href')).toBe('/glossary/#note-2016-3');
    // Out of the tab order, as the copy is hidden from screen readers: the note at the end has the link.
    expect(await note.locator('a').getAttribute('tabindex')).toBe('-1');
    if (width === 1440) {
      const lineHeight = await note.evaluate((n) => parseFloat(getComputedStyle(n).lineHeight));
      for (const height of await unknown.evaluateAll((ns) => ns.map((n) => n.getBoundingClientRect().height))) {
        expect(height).toBeLessThan(lineHeight * 1.5);
      }
    }
    await page.close();
  });
});

describe('where the notes stand in the margin (1440 px)', () => {
  it('a marker under the pointer lights its note there, and opens no popover over the contents', async () => {
    const page = await wideReport(2016, 1440);
    await sidenotes(page);
    await page.locator('#fnref-10').scrollIntoViewIfNeeded();
    await page.hover('#fnref-10');
    const note = page.locator('.sidenote').nth(9);
    await expect.poll(() => note.evaluate((n) => n.classList.contains('lit')), { timeout: 10_000 }).toBe(true);
    // Lit, a note clamped to four lines shows whole, over the notes below it.
    expect(await note.evaluate((n) => n.scrollHeight <= n.clientHeight + 1)).toBe(true);
    await page.waitForTimeout(600);
    expect(await page.locator('#note-popover').isVisible()).toBe(false);
    await page.mouse.move(5, 5);
    await expect.poll(() => note.evaluate((n) => n.classList.contains('lit')), { timeout: 10_000 }).toBe(false);
    // The keyboard too.
    await page.focus('#fnref-10');
    expect(await note.evaluate((n) => n.classList.contains('lit'))).toBe(true);
    await page.close();
  });

  it('has no axe violations with the notes in the margin, one lit, and the fold closed', async () => {
    const page = await wideReport(2016, 1440);
    await sidenotes(page);
    await page.focus('#fnref-3');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('folds the notes at the end, which repeat them; a marker leads into the fold, open, and back', async () => {
    const page = await wideReport(2016, 1440);
    await sidenotes(page);
    const fold = page.locator('section.footnotes details');
    expect(await fold.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
    expect(await page.locator('#fn-12').isVisible()).toBe(false);
    await page.click('#fnref-12');
    expect(new URL(page.url()).hash).toBe('#fn-12');
    expect(await fold.evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
    const box = (await page.locator('#fn-12').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(900);
    expect(await page.locator('#note-popover').isVisible()).toBe(false);
    await page.click('#fn-12 a[role=doc-backlink]');
    expect(new URL(page.url()).hash).toBe('#fnref-12');
    await page.close();
  });

  it('opens the fold for a link from another page into it', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${site.origin}/reports/2016/#fn-20`);
    await sidenotes(page);
    expect(await page.locator('section.footnotes details').evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
    const box = (await page.locator('#fn-20').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(900);
    await page.close();
  });

  it('a window made narrower has no margin: the fold opens and a marker opens its popover again', async () => {
    const page = await wideReport(2016, 1440);
    await sidenotes(page);
    await page.setViewportSize({ width: 1000, height: 900 });
    expect(await page.locator('.sidenote').first().isVisible()).toBe(false);
    await expect
      .poll(() => page.locator('section.footnotes details').evaluate((d: HTMLDetailsElement) => d.open), { timeout: 10_000 })
      .toBe(true);
    await page.locator('#fnref-10').scrollIntoViewIfNeeded();
    await page.click('#fnref-10');
    await page.locator('#note-popover').waitFor({ state: 'visible' });
    expect(new URL(page.url()).hash).toBe('');
    await page.close();
  });
});

describe('without the margin (1024 px, 360 px)', () => {
  it.each([1024, 360])('at %i px the notes at the end are open and there are no sidenotes', async (width) => {
    const page = await site.browser.newPage({ viewport: { width, height: 800 } });
    await page.goto(`${site.origin}/reports/2016/`);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('.sidenote').count()).toBe(0);
    expect(await page.locator('section.footnotes details').evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
    expect(await page.locator('#fn-12').isVisible()).toBe(true);
    await page.close();
  });
});
