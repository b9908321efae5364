/**
 * Exact search over the reports, with the site's own index (src/lib/search/build-index.ts).
 *
 * Each record (a report paragraph or heading, a glossary term) is indexed under the distinct
 * pairs of neighbouring characters (bigrams) of its text, and under its distinct characters for
 * one-character queries (searchKeys). A query asks for all of its keys (queryKeys): a record that
 * contains the query holds every one of them, so intersecting their lists leaves every hit among
 * the candidates, and very few others. The exact check (matchRanges) keeps only the records that
 * contain every term as typed.
 *
 * Matching folds case, full-width ASCII (ＰＭ２.５ = PM2.5) and the two ways of quoting
 * (「」『』 as “”‘’: the 繁體 edition sets them so) one character for one, so the positions found
 * are positions in the original text.
 */

/** The longest query accepted, in characters: longer input gets a calm message, not a search. */
export const maxQueryLength = 100;

/**
 * Characters the index keys are made of: digits, Latin letters, Roman numerals (Ⅲ), 〇 and the
 * CJK ideographs, those beyond the Basic Multilingual Plane too.
 */
const indexable = /[0-9a-z\u2160-\u217f\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]/gu;

/** Corner brackets as the quotation marks they stand for. */
const cornerQuotes: Record<string, string> = { '「': '“', '」': '”', '『': '‘', '』': '’' };

export function fold(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    // Full-width ASCII (U+FF01–FF5E) to ASCII; same number of UTF-16 units.
    out += cornerQuotes[ch] ?? (code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : ch).toLowerCase();
  }
  return out;
}

/** The text's indexable characters, folded, in order (what lies between them is skipped). */
const indexableOf = (text: string) => fold(text).match(indexable) ?? [];

/**
 * The bigrams of a text: each pair of neighbouring indexable characters. Characters that are not
 * indexable are skipped, so a text holds every bigram of any query it contains (the quotation
 * marks of “三公”经费 included: 三公经费 needs 公经).
 */
export function bigramsOf(text: string): string[] {
  const chars = indexableOf(text);
  return [...new Set(chars.slice(1).map((ch, i) => chars[i]! + ch))];
}

/** A record's index keys: its distinct characters and its bigrams. */
export function searchKeys(text: string): string[] {
  return [...new Set(indexableOf(text)), ...bigramsOf(text)];
}

/**
 * The keys a query asks for: each term's bigrams, or its character when it has only one. A record
 * that contains every term holds all of them.
 */
export function queryKeys(terms: string[]): string[] {
  return [...new Set(terms.flatMap((term) => (indexableOf(term).length > 1 ? bigramsOf(term) : indexableOf(term))))];
}

export type ParsedQuery = { terms: string[]; problem?: never } | { terms: []; problem: 'empty' | 'too-long' | 'no-indexable' };

/**
 * What is not text in a query: every format character (Unicode category Cf: bidirectional
 * controls, which would reverse the status line, zero-width spaces, the byte-order mark, the soft
 * hyphen…) and every control character (Cc: NUL…) but whitespace, which separates terms as a
 * space does. Pasted or put in an address, one would only make the query miss the text it names.
 */
const notText = /(?![\t\n\v\f\r])[\p{Cf}\p{Cc}]/gu;

/**
 * Splits what the reader typed into terms: text in straight double quotes ("…") is one phrase,
 * spaces separate the rest; every term must occur. A straight double quote without its partner
 * (the last of an odd number) is dropped: "三公 searches 三公. Chinese quotation marks are text,
 * not syntax: the reports write “三公”经费, and a reader who types that means those very characters.
 */
export function parseQuery(raw: string): ParsedQuery {
  let text = raw.replace(notText, '');
  if (text.split('"').length % 2 === 0) {
    const unpaired = text.lastIndexOf('"');
    text = text.slice(0, unpaired) + text.slice(unpaired + 1);
  }
  text = text.trim();
  if (!text) return { terms: [], problem: 'empty' };
  if ([...text].length > maxQueryLength) return { terms: [], problem: 'too-long' };
  const terms: string[] = [];
  const phrase = /"([^"]*)"|(\S+)/g;
  for (const m of text.matchAll(phrase)) {
    const term = (m[1] ?? m[2] ?? '').trim();
    if (term && !terms.includes(term)) terms.push(term);
  }
  if (!terms.length) return { terms: [], problem: 'empty' };
  if (!indexableOf(terms.join('')).length) return { terms: [], problem: 'no-indexable' };
  return { terms };
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
 * Every place a term occurs in the text (overlapping places too). A reader who types 三公经费
 * means the text's “三公”经费 too: quotation and title marks in the text do not stop a match of a
 * term that has none, and the range then runs across them. A term that has marks matches them
 * exactly. Ranges point into the original text.
 */
export function occurrences(text: string, term: string): Range[] {
  const needle = fold(term);
  if (!needle) return [];
  const folded = fold(text);
  // A term with marks is looked for in the text as it is (positions are then the text's own).
  const exact = quoteMarks.test(needle);
  const unmarked = exact ? undefined : withoutMarks(folded);
  const haystack = unmarked ? unmarked.haystack : folded;
  const at = (i: number) => (unmarked ? unmarked.positions[i]! : i);
  const found: Range[] = [];
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) found.push([at(i), at(i + needle.length - 1) + 1]);
  return found;
}

/** Every place each term occurs in the text, merged where they touch, or null when some term does not occur. */
export function matchRanges(text: string, terms: string[]): Range[] | null {
  const ranges: Range[] = [];
  for (const term of terms) {
    const found = occurrences(text, term);
    if (!found.length) return null;
    ranges.push(...found);
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
