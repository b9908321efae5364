import type { Element, Root, Text } from 'hast';

/**
 * Editorial typesetting of the reports' punctuation. The source re-post writes ASCII , ( ) ; : !
 * where Chinese text (and the official copies) use the full-width forms; the site sets them
 * full-width at render time, where they stand in Chinese context, and leaves the source as it is.
 * A mark between two ASCII characters stays (1,307 · 3:00 · "Made in China, 2015"), as does any
 * mark in a URL. Each mark becomes one UTF-16 unit, so offsets into the text are unchanged.
 */

const fullWidth: Record<string, string> = { ',': '，', '(': '（', ')': '）', ';': '；', ':': '：', '!': '！' };

/** Punctuation width folded back to ASCII: the one difference set() makes (for comparisons). */
export const foldPunctuationWidth = (text: string): string =>
  text.replace(/[，（）；：！]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

const isAscii = (c: string | undefined) => c !== undefined && c < '\u0080';
// A URL ends before a space, a bracket or a non-ASCII character, and not on a stop.
const urls = /\b(?:https?:\/\/|www\.)[^\s<>()\u0080-\uffff]*[^\s<>(),;:!.\u0080-\uffff]/g;

/**
 * The text with its ASCII , ( ) ; : ! set full-width where they stand in Chinese context: next to
 * a character that is not ASCII (or, for a parenthesis, enclosing one with its pair). The ends of
 * the text count as Chinese context unless `edges` says what stands beyond them.
 */
export function setPunctuation(text: string, edges: { before?: string; after?: string } = {}): string {
  // UTF-16 units, as the URL matches count: only ASCII marks change, and half of a character
  // beyond the BMP is as much not ASCII as the whole. Every step is linear in the text.
  const chars = text.split('');
  // The units inside URLs: never touched.
  const inUrl = new Uint8Array(chars.length);
  for (const m of text.matchAll(urls)) inUrl.fill(1, m.index, m.index + m[0].length);
  // How many units before each index are not ASCII: whether a pair encloses one is a subtraction.
  const nonAsciiBefore = new Uint32Array(chars.length + 1);
  chars.forEach((c, i) => (nonAsciiBefore[i + 1] = nonAsciiBefore[i]! + (isAscii(c) ? 0 : 1)));
  const before = (i: number) => (i > 0 ? chars[i - 1] : (edges.before ?? '，'));
  const after = (i: number) => (i < chars.length - 1 ? chars[i + 1] : (edges.after ?? '，'));
  const chinese = (i: number) => !isAscii(before(i)) || !isAscii(after(i));

  // Parentheses in pairs: a pair is Chinese when what it encloses, or either side of it, is.
  const open: number[] = [];
  const set = new Set<number>();
  chars.forEach((c, i) => {
    if (inUrl[i]) return;
    if (c === '(') open.push(i);
    else if (c === ')') {
      const start = open.pop();
      if (start === undefined) {
        if (chinese(i)) set.add(i);
      } else if (chinese(start) || chinese(i) || nonAsciiBefore[i]! > nonAsciiBefore[start + 1]!) {
        set.add(start).add(i);
      }
    }
  });
  for (const start of open) if (chinese(start)) set.add(start);
  for (const i of set) chars[i] = fullWidth[chars[i]!]!;
  // Then , ; : ! — a parenthesis set full-width just now counts as Chinese context.
  chars.forEach((c, i) => {
    if (!inUrl[i] && ',;:!'.includes(c) && chinese(i)) chars[i] = fullWidth[c]!;
  });
  return chars.join('');
}

/**
 * setPunctuation over the text of an element, across its child elements (a footnote marker
 * splits a sentence into several text nodes: "“三门”[1],“三心”"). The text of `skip` elements
 * (the markers' numbers) is left alone and stands as Chinese context for its neighbours.
 */
export function setElementPunctuation(root: Element | Root, skip: (el: Element) => boolean): void {
  const runs: (Text | null)[] = [];
  const walk = (node: Element | Root) => {
    for (const child of node.children) {
      if (child.type === 'text') runs.push(child);
      else if (child.type === 'element') {
        if (skip(child)) runs.push(null);
        else walk(child);
      }
    }
  };
  walk(root);
  // An object replacement character for each skipped element: one unit, not ASCII.
  const joined = runs.map((r) => (r ? r.value : '\ufffc')).join('');
  const result = setPunctuation(joined);
  let at = 0;
  for (const r of runs) {
    if (!r) {
      at += 1;
      continue;
    }
    r.value = result.slice(at, at + r.value.length);
    at += r.value.length;
  }
}
