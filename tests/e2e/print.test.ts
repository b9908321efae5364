import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useSite } from '../support/browser-site';
import { pdfText } from '../support/pdf';

const site = useSite();

/** A4 in PostScript points. */
const a4 = { width: 595, height: 842 };

/**
 * The 2016 report printed to A4 as Chromium prints it (its print dialog's "Save as PDF"), read
 * back with poppler's pdftotext: what is on paper, page by page.
 */
describe.each(['/reports/2016/', '/zh-hant/reports/2016/'])('%s on A4', (path) => {
  let pages: string[];
  let lines: { page: number; width: number }[];
  let title: string;
  /** The headings as the page names them: the report's, and the notes' and the indicators'. */
  let headings: string[];
  let notesHeading: string;
  let indicatorsHeading: string;
  /** The edition switch's label, and how often the 繁體 page's notice says it (简体原文). */
  let editionSwitch: string;
  let inNotice: number;
  beforeAll(async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(site.origin + path);
    await page.waitForLoadState('networkidle');
    title = (await page.locator('h1').textContent())!;
    notesHeading = (await page.locator('#footnote-label').textContent())!;
    indicatorsHeading = (await page.locator('#indicators').textContent())!;
    headings = [...(await page.locator('.toc ol a').allTextContents()), notesHeading, indicatorsHeading];
    editionSwitch = (await page.locator('[data-edition-switch]').textContent())!;
    inNotice =
      ((await page.locator('.edition-note').count()) ? (await page.locator('.edition-note').textContent())! : '').split(editionSwitch)
        .length - 1;
    const file = join(mkdtempSync(join(tmpdir(), 'jiangmen-print-')), 'report.pdf');
    writeFileSync(file, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    await page.close();
    ({ pages, lines } = pdfText(file));
  });

  it('is a reasonable number of A4 pages, each numbered "n / N" at its foot', () => {
    // The report's text fills about 11 pages at 10.5 pt, its notes 2, its indicators 1–2.
    expect(pages.length).toBeGreaterThanOrEqual(10);
    expect(pages.length).toBeLessThanOrEqual(17);
    for (const [i, text] of pages.entries())
      expect(text.trim().split('\n').at(-1)!.trim(), `page ${i + 1}`).toBe(`${i + 1} / ${pages.length}`);
  });

  it("heads every page after the first with the report's title", () => {
    for (const [i, text] of pages.entries()) {
      const first = text.trim().split('\n')[0]!.trim();
      if (i === 0) expect(first).not.toBe(title);
      else expect(first, `page ${i + 1}`).toBe(title);
    }
  });

  it("uses the page's width: the text runs across A4 less its margins", () => {
    // 1.6 cm each side: 504 pt of 595. The longest lines of the report's paragraphs reach it.
    const widest = Math.max(...lines.filter((l) => l.page === 2).map((l) => l.width));
    expect(widest).toBeGreaterThan(0.95 * (a4.width - 2 * 45.35));
  });

  it('prints no control: no edition switch, search box, contents or permalinks', () => {
    const all = pages.join('\n');
    expect(all.split(editionSwitch).length - 1).toBe(inNotice);
    expect(all).not.toMatch(/搜索|¶/);
    // The contents' heading (目录) is not printed; the report's own 目录清单 is.
    expect(all.split('\n').map((l) => l.trim())).not.toContain('目录');
    expect(all).toContain(title);
  });

  it('keeps each heading with what follows it: none ends a page', () => {
    for (const [i, text] of pages.entries()) {
      const body = text.trim().split('\n').slice(0, -1);
      const last = body
        .filter((l) => l.trim())
        .at(-1)!
        .trim();
      expect(headings, `page ${i + 1} ends with "${last}"`).not.toContain(last);
    }
  });

  it('prints the notes compactly: one whose meaning is unknown on one line, none saying only that it is missing', () => {
    const all = pages.join('\n');
    expect(all).not.toContain('原注释缺失');
    // The first unknown term of the report, in the edition's script.
    const term = path.startsWith('/zh-hant/') ? '五個主動對接' : '五个主动对接';
    const mark = path.startsWith('/zh-hant/') ? '釋義不詳' : '释义不详';
    // Its number, the term and the mark, and nothing else (its link to the clues leads nowhere on paper).
    expect(all.split('\n')).toContain(`3. ${term} ${mark}`);
    // The 38 notes take less than three pages (they took five).
    const heading = (name: string) => pages.findIndex((p) => p.split('\n').some((l) => l.trim() === name));
    const [from, to] = [heading(notesHeading), heading(indicatorsHeading)];
    expect(from).toBeGreaterThan(0);
    expect(to - from, 'pages from the notes to the indicators').toBeLessThanOrEqual(2);
  });
});
