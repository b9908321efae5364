/**
 * Exact search over the reports, with Pagefind as the index.
 *
 * Pagefind segments Chinese into words, which makes it lenient (a query matches pages that only
 * share its words) and can miss a string that cuts across words. So each record is also indexed
 * by every character it contains (recallTokens), and a query asks Pagefind for its characters
 * (pagefindQuery): every record that contains the query is then among the candidates. The exact
 * check (matchRanges) keeps only those that contain every term as typed.
 *
 * Matching folds case and full-width ASCII (ＰＭ２.５ = PM2.5) one character for one, so the
 * positions found are positions in the original text.
 */

/** The longest query accepted, in characters: longer input gets a calm message, not a search. */
export const maxQueryLength = 100;

/** Characters Pagefind can index on their own: CJK ideographs, Latin letters, digits. */
const indexable = /[0-9a-z\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g;

export function fold(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    // Full-width ASCII (U+FF01–FF5E) to ASCII; same number of UTF-16 units.
    out += (code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : ch).toLowerCase();
  }
  return out;
}

const uniqueIndexable = (text: string) => [...new Set(fold(text).match(indexable) ?? [])];

/** The extra content indexed for a record: each distinct indexable character, once. */
export function recallTokens(text: string): string {
  return uniqueIndexable(text).join(' ');
}

export type ParsedQuery = { terms: string[]; problem?: never } | { terms: []; problem: 'empty' | 'too-long' | 'no-indexable' };

/**
 * Splits what the reader typed into terms: text in straight double quotes ("…") is one phrase,
 * spaces separate the rest; every term must occur. Chinese quotation marks are text, not syntax:
 * the reports write “三公”经费, and a reader who types that means those very characters.
 */
/** Bidirectional-text controls: a right-to-left override in a query would reverse the status line. */
const bidiControls = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function parseQuery(raw: string): ParsedQuery {
  const text = raw.replace(bidiControls, '').trim();
  if (!text) return { terms: [], problem: 'empty' };
  if ([...text].length > maxQueryLength) return { terms: [], problem: 'too-long' };
  const terms: string[] = [];
  const phrase = /"([^"]*)"|(\S+)/g;
  for (const m of text.matchAll(phrase)) {
    const term = (m[1] ?? m[2] ?? '').trim();
    if (term && !terms.includes(term)) terms.push(term);
  }
  if (!terms.length) return { terms: [], problem: 'empty' };
  if (!uniqueIndexable(terms.join('')).length) return { terms: [], problem: 'no-indexable' };
  return { terms };
}

/** What to ask Pagefind for: the query's distinct indexable characters. */
export function pagefindQuery(terms: string[]): string {
  return uniqueIndexable(terms.join('')).join(' ');
}

export type Range = [start: number, end: number];

/** Quotation and title marks: they do not stop a match of a term that has none. */
const quoteMarks = /[“”‘’「」『』《》〈〉"']/;

/** The folded text without its marks, and where each of its characters stands in the text. */
function withoutMarks(folded: string): { haystack: string; positions: number[] } {
  const positions: number[] = [];
  let haystack = '';
  for (let i = 0; i < folded.length; i++) {
    if (quoteMarks.test(folded[i]!)) continue;
    positions.push(i);
    haystack += folded[i];
  }
  return { haystack, positions };
}

/**
 * Every place each term occurs in the text, or null when some term does not occur. A reader
 * who types 三公经费 means the text's “三公”经费 too: quotation and title marks in the text do not
 * stop a match of a term that has none, and the range then runs across them. A term that has
 * marks matches them exactly. Ranges point into the original text.
 */
export function matchRanges(text: string, terms: string[]): Range[] | null {
  const folded = fold(text);
  const unmarked = withoutMarks(folded);
  const ranges: Range[] = [];
  for (const term of terms) {
    const needle = fold(term);
    if (!needle) return null;
    // A term with marks is looked for in the text as it is (positions are then the text's own).
    const exact = quoteMarks.test(needle);
    const haystack = exact ? folded : unmarked.haystack;
    const at = (i: number) => (exact ? i : unmarked.positions[i]!);
    let found = false;
    for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) {
      ranges.push([at(i), at(i + needle.length - 1) + 1]);
      found = true;
    }
    if (!found) return null;
  }
  return mergeRanges(ranges);
}

function mergeRanges(ranges: Range[]): Range[] {
  const merged: Range[] = [];
  for (const [s, e] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}

export interface Segment {
  text: string;
  mark: boolean;
}

/**
 * A short excerpt around the first match, as plain segments to render with textContent (never
 * as HTML): marked segments are the matches.
 */
export function excerpt(text: string, ranges: Range[], context = 40): Segment[] {
  const first = ranges[0];
  if (!first) return [{ text: text.slice(0, context * 2), mark: false }];
  const start = Math.max(0, first[0] - context);
  const end = Math.min(text.length, first[1] + context * 2);
  const segments: Segment[] = [];
  if (start > 0) segments.push({ text: '…', mark: false });
  let at = start;
  for (const [s, e] of ranges) {
    if (e <= start || s >= end) continue;
    if (s > at) segments.push({ text: text.slice(at, s), mark: false });
    segments.push({ text: text.slice(Math.max(s, at), Math.min(e, end)), mark: true });
    at = Math.min(e, end);
  }
  if (at < end) segments.push({ text: text.slice(at, end), mark: false });
  if (end < text.length) segments.push({ text: '…', mark: false });
  return segments;
}
