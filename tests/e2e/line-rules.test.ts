import { describe, expect, it } from 'vitest';
import { builtReportYears } from '../support/built';
import { useSite } from '../support/browser-site';

const site = useSite();

/** A justified line whose Han characters stand further apart than 1em. */
interface StretchedLine {
  /** The space added between two Han characters, in em. */
  gap: number;
  /** The block's id, the line's text and the start of the next line. */
  line: string;
  /**
   * Whether clreq left no other way: the run that opens the next line, which no rule lets break
   * (a number with its signs, a word, a mark with what it may not leave), is wider than the room
   * the line had. Greedy breaking, as browsers do, then has to spread that room.
   */
  forced: boolean;
}

/** The lines of a report's body, as Chromium sets them. */
interface LineReport {
  /** Justified lines (every line of a paragraph but its last) with Han characters side by side. */
  justified: number;
  /** Those stretched by more than 0.1em. */
  stretched: StretchedLine[];
  /** Lines that start with what may not start one, or end with what may not end one (clreq). */
  breaks: { rule: string; line: string }[];
  /** Blocks that stand higher with their ¶ or # link than without it. */
  permalinkRoom: string[];
  /** Two punctuation marks side by side, their width together in em (compressed: 1.5). */
  pairs: { pair: string; width: number }[];
  /** The space between a Han character and a digit after it, in em. */
  hanDigit: number[];
}

/**
 * Measures every line of the report body, per character with Range.getClientRects: a line is
 * the run of characters until one stands lower by half a line (a superscript marker stands a
 * little higher on its line, a year mark a little smaller). Justification adds the same space
 * after every Han character of a line, so the line's stretch is the step between two Han
 * characters side by side, less their 1em. Run in the page.
 */
function measureLines(): LineReport {
  const closing = '，。、；：？！）」』”’》〉】〕';
  const opening = '（「『“‘《〈【〔';
  const han = /^\p{Script=Han}$/u;
  const digit = /^[0-9]$/;
  const ascii = /^[!-~]$/;
  const report: LineReport = { justified: 0, stretched: [], breaks: [], permalinkRoom: [], pairs: [], hanDigit: [] };
  const blocks = [...document.querySelectorAll<HTMLElement>('.report-body > :is(h2, h3, p)')];
  const range = document.createRange();
  type Glyph = { ch: string; kind: 'text' | 'marker' | 'year'; node: Text; offset: number; rect: DOMRect };
  const rectOf = ({ node, offset, ch }: Pick<Glyph, 'node' | 'offset' | 'ch'>) => {
    range.setStart(node, offset);
    range.setEnd(node, offset + ch.length);
    return range.getClientRects()[0];
  };
  // clreq forbids a break before a closing mark, a note marker, a year mark or a dash, after an
  // opening mark, and inside a run of Latin letters, digits and their signs.
  const mayBreak = (a: Glyph, b: Glyph) =>
    !(
      closing.includes(b.ch) ||
      b.kind !== 'text' ||
      '-–—'.includes(b.ch) ||
      opening.includes(a.ch) ||
      (ascii.test(a.ch) && ascii.test(b.ch))
    );
  // Stretched lines, to be told whether they were forced once the text is set unjustified.
  const toJudge: { stretched: StretchedLine; last: Glyph; run: Glyph[]; block: HTMLElement }[] = [];

  for (const block of blocks) {
    const glyphs: Glyph[] = [];
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const parent = node.parentElement!;
      if (parent.closest('.ed > span')) continue; // an editorial note, shown apart from the line
      const kind = parent.closest('sup') ? 'marker' : parent.closest('.ed-year') ? 'year' : 'text';
      let offset = 0;
      for (const ch of node.data) {
        const rect = rectOf({ node, offset, ch });
        if (rect?.width) glyphs.push({ ch, kind, node, offset, rect });
        offset += ch.length;
      }
    }
    const style = getComputedStyle(block);
    const em = parseFloat(style.fontSize);
    const lineHeight = parseFloat(style.lineHeight);
    const middle = (g: Glyph) => (g.rect.top + g.rect.bottom) / 2;
    const lines: Glyph[][] = [];
    for (const g of glyphs) {
      const line = lines.at(-1);
      if (line && middle(g) < middle(line[0]!) + lineHeight / 2) line.push(g);
      else lines.push([g]);
    }
    const text = (line: Glyph[]) =>
      line
        .map(
          (g, i) =>
            (g.kind === 'marker' && line[i - 1]?.node !== g.node ? '[' : '') +
            g.ch +
            (g.kind === 'marker' && line[i + 1]?.node !== g.node ? ']' : ''),
        )
        .join('');

    for (const [n, line] of lines.entries()) {
      const first = line[0]!;
      const last = line.at(-1)!;
      const where = `${block.id}: ${text(line)}`;
      if (n > 0 && first.kind === 'marker') report.breaks.push({ rule: 'a footnote marker starts the line', line: where });
      if (n > 0 && first.kind === 'year') report.breaks.push({ rule: 'a year mark starts the line', line: where });
      if (n > 0 && closing.includes(first.ch)) report.breaks.push({ rule: 'a closing mark starts the line', line: where });
      if (n < lines.length - 1 && opening.includes(last.ch)) report.breaks.push({ rule: 'an opening mark ends the line', line: where });

      const steps: number[] = [];
      for (let i = 1; i < line.length; i++) {
        const [a, b] = [line[i - 1]!, line[i]!];
        if (a.node === b.node && a.kind === 'text' && han.test(a.ch) && han.test(b.ch)) steps.push((b.rect.left - a.rect.left) / em - 1);
      }
      if (!steps.length) continue;
      const stretch = steps.sort((x, y) => x - y)[steps.length >> 1]!;
      const next = lines[n + 1];
      if (style.textAlign === 'justify' && next) {
        report.justified++;
        if (stretch > 0.1) {
          const stretched = { gap: stretch, line: `${where} / ${text(next.slice(0, 10))}`, forced: false };
          report.stretched.push(stretched);
          const run = [next[0]!];
          while (run.length < next.length && !mayBreak(run.at(-1)!, next[run.length]!)) run.push(next[run.length]!);
          toJudge.push({ stretched, last, run, block });
        }
      }
      // Widths set by the font and the spacing rules, read where justification added nothing:
      // inside the line (its ends may be trimmed), marks side by side in the report's text.
      if (stretch > 0.005) continue;
      for (let i = 1; i < line.length - 1; i++) {
        const [a, b, c] = [line[i - 1]!, line[i]!, line[i + 1]!];
        if (a.kind !== 'text' || b.kind !== 'text' || c.kind !== 'text') continue;
        const pair =
          (closing.includes(a.ch) && (closing.includes(b.ch) || opening.includes(b.ch))) ||
          (opening.includes(a.ch) && opening.includes(b.ch));
        if (pair && i > 1) report.pairs.push({ pair: a.ch + b.ch, width: (c.rect.left - a.rect.left) / em });
        if (han.test(a.ch) && digit.test(b.ch)) report.hanDigit.push((b.rect.left - a.rect.left) / em - 1);
      }
    }
  }

  // Set unjustified (the breaks stay where they are), a stretched line shows the room it had;
  // the run would have needed more there than at a line start: the space between Han and Latin,
  // and the half of an opening mark that a line start trims.
  for (const block of blocks) block.style.textAlign = 'start';
  for (const { stretched, last, run, block } of toJudge) {
    const em = parseFloat(getComputedStyle(block).fontSize);
    const room = block.getBoundingClientRect().right - rectOf(last)!.right;
    const [a, b] = [last.ch, run[0]!.ch];
    const lead = ((han.test(a) && ascii.test(b)) || (ascii.test(a) && han.test(b)) ? 0.125 : 0) + (opening.includes(b) ? 0.5 : 0);
    stretched.forced = rectOf(run.at(-1)!)!.right - rectOf(run[0]!)!.left + lead * em > room;
  }
  for (const block of blocks) block.style.textAlign = '';

  // The ¶ and # links take no room: the blocks stand as high without them.
  const heights = () => blocks.map((b) => b.getBoundingClientRect().height);
  const withLinks = heights();
  const links = [...document.querySelectorAll<HTMLElement>('.report-body .permalink')];
  for (const a of links) a.style.display = 'none';
  const without = heights();
  for (const a of links) a.style.display = '';
  for (const [i, block] of blocks.entries()) if (withLinks[i] !== without[i]) report.permalinkRoom.push(block.id);
  return report;
}

const editions = ['', '/zh-hant'];
const widths = [360, 1440];
const cases = builtReportYears().flatMap((year) =>
  editions.flatMap((edition) => widths.map((width) => ({ path: `${edition}/reports/${year}/`, width }))),
);

// The line rules of issue 22, measured on every report in both editions, on a phone and a desktop:
// one page load per case, the measuring done in the page.
describe('the lines of a report (clreq)', () => {
  it.concurrent.for(cases)('$path at $width px', async ({ path, width }, { expect }) => {
    const page = await site.browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(site.origin + path);
    // Permalinks are added a few blocks per frame.
    await page.waitForFunction(() => !document.querySelector('.report-body > [id]:not(:has(> a.permalink))'));
    const report = await page.evaluate(measureLines);
    await page.close();
    const over = (gap: number) => report.stretched.filter((s) => s.gap > gap);
    console.log(
      `${path} at ${width} px: ${report.justified} justified lines, ${over(0.1).length} stretched over 0.1em ` +
        `(${over(0.1).filter((s) => s.forced).length} forced), ${over(0.25).length} over 0.25em: ${over(0.25).map((s) => `${s.gap.toFixed(2)} ${s.line}`)}`,
    );

    // No marker starts a line (it keeps to the character before it), no year mark apart from
    // its 20xx; no closing mark at a line start, no opening one at a line end.
    expect.soft(report.breaks).toEqual([]);
    // The ¶ and # links take no room in the text, so never a line of their own.
    expect.soft(report.permalinkRoom).toEqual([]);
    // Every line stretched over 0.1em is one clreq left no other way to set: nothing the
    // browser will not break (a quote, a marker, a link) makes a line come up short.
    expect.soft(report.stretched.filter((s) => !s.forced)).toEqual([]);
    // …and on a desktop, where the line is long: none over 0.25em, at most 2% over 0.1em.
    if (width > 1000) {
      expect.soft(over(0.25)).toEqual([]);
      expect.soft(over(0.1).length).toBeLessThanOrEqual(report.justified * 0.02);
    }
    // Adjacent marks compressed to 1.5em; 1/8em between Han and a digit.
    expect(report.pairs.length).toBeGreaterThan(0);
    for (const { pair, width } of report.pairs) expect.soft(Math.abs(width - 1.5), pair).toBeLessThan(0.02);
    expect(report.hanDigit.length).toBeGreaterThan(0);
    for (const space of report.hanDigit) expect.soft(Math.abs(space - 0.125)).toBeLessThan(0.02);
  });
});

/** The text of each line an element's text is set on, measured per character (run in the page). */
function linesOf(selector: string): string[] {
  const el = document.querySelector(selector)!;
  const range = document.createRange();
  const lines: { top: number; text: string }[] = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    for (let i = 0; i < node.length; i++) {
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const rect = range.getClientRects()[0];
      if (!rect?.width) continue;
      const line = lines.at(-1);
      if (line && rect.top < line.top + rect.height / 2) line.text += node.data[i];
      else lines.push({ top: rect.top, text: node.data[i]! });
    }
  }
  return lines.map((l) => l.text.trim());
}

describe('short lines on a phone', () => {
  const linesAt360 = async (path: string, selector: string) => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(site.origin + path);
    const lines = await page.evaluate(linesOf, selector);
    await page.close();
    return lines;
  };

  it.concurrent.each(['/reports/2016/', '/zh-hant/reports/2016/'])(
    '%s: the title leaves no two characters alone on its last line',
    async (path) => {
      const lines = await linesAt360(path, 'h1');
      expect(lines.length).toBeGreaterThan(1);
      expect(lines.at(-1)!.length, lines.join(' / ')).toBeGreaterThan(2);
    },
  );

  it.concurrent('the home tagline breaks between its items, never inside one or before a dot', async () => {
    const lines = await linesAt360('/', '.lead');
    expect(lines.length).toBeGreaterThan(1);
    expect(
      lines.some((l) => l.includes('脚注释义')),
      lines.join(' / '),
    ).toBe(true);
    for (const line of lines) expect(line, lines.join(' / ')).not.toMatch(/^·/);
  });

  it.concurrent('the download link CSV(UTF-8) stays on one line', async () => {
    expect(await linesAt360('/indicators/', '.downloads a[href$=".csv"]')).toEqual(['CSV(UTF-8)']);
  });
});
