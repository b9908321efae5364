import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { bodyBlocks, builtPage, reportText } from '../support/built';
import { foldPunctuationWidth } from '../../src/lib/punctuation';
import { hantPrefix } from '../../src/lib/edition/paths';
import { toTraditionalCharacters } from '../../src/lib/edition/convert';
import { seedReports } from '../support/seed';

const seed = seedReports();

/**
 * The one known break in the source: a sentence of the 2016 report split over two lines. The site
 * joins the two halves into one paragraph and marks the seam; nothing else may differ.
 */
const seams: Record<number, string[]> = { 2016: ['全市镇(街)综合文化站'] };

function expectedBlocks(year: number): string[] {
  const lines = [...seed.get(year)!];
  for (const end of seams[year] ?? []) {
    const i = lines.findIndex((l) => l.endsWith(end));
    expect(i, `seam "${end}" in the ${year} seed`).toBeGreaterThanOrEqual(0);
    lines.splice(i, 2, lines[i]! + lines[i + 1]!);
  }
  return lines;
}

describe.each([...seed.keys()])('the %i report page', (year) => {
  const page = builtPage(`/reports/${year}/`);
  const blocks = bodyBlocks(page);

  // The page sets , ( ) ; : ! full-width in Chinese context (an editorial convention of
  // typesetting, stated on /about/): the width of those six marks is folded, nothing else.
  it('has the source text, paragraph by paragraph, character for character', () => {
    const built = blocks.map((b) => foldPunctuationWidth(reportText(b)));
    const expected = expectedBlocks(year).map(foldPunctuationWidth);
    // Compare block by block first, for a readable failure, then as a whole.
    for (let i = 0; i < Math.max(built.length, expected.length); i++) {
      expect(built[i], `block ${i + 1}`).toBe(expected[i]);
    }
    expect(built).toEqual(expected);
  });

  it('sets the ASCII , ( ) ; : ! of Chinese sentences full-width', () => {
    const text = blocks.map(reportText).join('\n');
    expect(text).not.toMatch(/[\u4e00-\u9fff“”][,();:!]|[,();:!][\u4e00-\u9fff“”]/);
    expect(text).toMatch(/[\u4e00-\u9fff]，[\u4e00-\u9fff]/);
  });

  it('explains every "20xx" right after it with a compact editorial year, its note inside', () => {
    const placeholders = seed.get(year)!.join('\n').split('20xx').length - 1;
    expect(placeholders).toBeGreaterThan(0);
    const marks = page.querySelectorAll('.report-body a.ed-year[data-editorial]');
    expect(marks).toHaveLength(placeholders);
    for (const mark of marks) {
      expect(mark.previousSibling?.text.endsWith('20xx')).toBe(true);
      const [, shown, inferred] = /^〔(\d{4})(？?)〕/.exec(mark.text)!;
      const note = mark.querySelector('span')!.text;
      // The year shown is the note's, and the question mark says the note's 推定.
      expect(note).toMatch(new RegExp(`^编者注：20xx(即${shown}年（已确认）|推定为${shown}年)`));
      expect(inferred === '？').toBe(note.includes('推定'));
      expect(mark.getAttribute('href')).toBe('/about/#编者注');
    }
  });

  it('marks each joined paragraph at the seam with 〔合〕 and its note', () => {
    const marks = page.querySelectorAll('.report-body a.ed-seam[data-editorial]');
    expect(marks).toHaveLength((seams[year] ?? []).length);
    for (const mark of marks) {
      expect(mark.previousSibling?.text.endsWith('综合文化站')).toBe(true);
      expect(mark.text).toBe('〔合〕编者注：来源文本在此处断为两段，编者依文意合为一段');
    }
  });

  it('numbers its paragraphs p-1, p-2… in order, so the numbers CSS shows are their anchors', () => {
    const paragraphs = page.querySelectorAll('.report-body > p');
    expect(paragraphs.map((p) => p.id)).toEqual(paragraphs.map((_, i) => `p-${i + 1}`));
  });

  it('gives every heading and paragraph a stable id', () => {
    const ids = blocks.map((b) => b.id);
    expect(ids.every((id) => /^[ps]-\d+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('declares Chinese and lists every heading in the table of contents', () => {
    expect(page.querySelector('html')?.getAttribute('lang')).toBe('zh-CN');
    const headings = blocks.filter((b) => /^H\d$/.test(b.tagName));
    const toc = page.querySelectorAll('.toc li:not(.toc-editorial) a');
    expect(toc.map((a) => a.getAttribute('href'))).toEqual(headings.map((h) => `#${h.id}`));
    expect(toc.map(reportText)).toEqual(headings.map(reportText));
    // Each entry names its heading as the heading shows itself (and as its accessible name
    // reads): with its editorial marks, marked as such, their notes left out (20xx〔2016〕年工作安排).
    const shown = (heading: (typeof headings)[number]) => {
      const copy = parse(heading.outerHTML);
      for (const note of copy.querySelectorAll('a.ed > span')) note.remove();
      return copy.text;
    };
    expect(toc.map((a) => a.text)).toEqual(headings.map(shown));
    for (const [i, heading] of headings.entries()) {
      expect(toc[i]!.querySelectorAll('[data-editorial]')).toHaveLength(heading.querySelectorAll('a.ed').length);
      for (const note of heading.querySelectorAll('a.ed > span')) expect(note.getAttribute('aria-hidden')).toBe('true');
    }
    expect(toc.filter((a) => a.querySelector('[data-editorial]')).length).toBeGreaterThan(0);
    // The editor's indicators section is listed last, marked as editorial.
    expect(page.querySelector('.toc li.toc-editorial a')?.getAttribute('href')).toBe('#indicators');
  });
});

/**
 * The 繁體 edition: each report page is the seed converted with the site's own settings
 * (src/lib/edition/convert.ts), block for block, its quotation marks set as Hong Kong sets them,
 * and says that it is a machine conversion.
 */
describe.each([...seed.keys()])('the %i report page in traditional characters', (year) => {
  const page = builtPage(`${hantPrefix}/reports/${year}/`);
  const blocks = bodyBlocks(page).map(reportText);
  /** The edition's quotation marks read back as the source's (the source has no 「」『』). */
  const sourceQuotes = (text: string) => text.replace(/[「」『』]/g, (mark) => ({ '「': '“', '」': '”', '『': '‘', '』': '’' })[mark]!);

  it('is the converted source text, paragraph by paragraph, its quotation marks converted back', () => {
    const built = blocks.map((b) => foldPunctuationWidth(sourceQuotes(b)));
    const expected = expectedBlocks(year).map((line) => foldPunctuationWidth(toTraditionalCharacters(line)));
    for (let i = 0; i < Math.max(built.length, expected.length); i++) expect(built[i], `block ${i + 1}`).toBe(expected[i]);
  });

  it('quotes with 「」, as Hong Kong and Taiwan do, and with no “” or ‘’', () => {
    const text = blocks.join('\n');
    const source = expectedBlocks(year).join('\n');
    expect(text).not.toMatch(/[“”‘’]/);
    expect(text.split('「').length).toBe(source.split('“').length);
    expect(text.split('「').length).toBeGreaterThan(1);
  });

  it('is in zh-Hant-HK and says, wholly in traditional characters, that it is a machine conversion, linking to the source page', () => {
    expect(page.querySelector('html')?.getAttribute('lang')).toBe('zh-Hant-HK');
    const notice = page.querySelector('.report-header .edition-note')!;
    expect(notice.text).toContain('OpenCC');
    expect(notice.text).toContain('以簡體原文為準');
    expect(notice.text).not.toMatch(/[简体为准换页标]/);
    expect(notice.querySelector('a')?.getAttribute('href')).toBe(`/reports/${year}/`);
    expect(notice.querySelector('a')?.getAttribute('hreflang')).toBe('zh-CN');
  });
});

/**
 * The editor's own prose (the site's strings, the glossary, /about/, the indicators' names and
 * notes) uses Chinese punctuation, and so do the report quotes shown on those pages.
 */
describe.each(['/', '/about/', '/glossary/', '/indicators/', '/search/', '/404.html'])('the %s page', (path) => {
  it('writes no ASCII , ( ) ; : ! beside Chinese text', () => {
    const text = builtPage(path).querySelector('body')!.text;
    expect(text.match(/.{0,8}([\u4e00-\u9fff“”][,();:!]|[,();:!][\u4e00-\u9fff“”]).{0,8}/g) ?? []).toEqual([]);
  });
});
