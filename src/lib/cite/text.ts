import { isoDay } from './day';
import type { Reference } from './reference';
import { strings } from '../strings';

/**
 * A citation as a reader reads it: text, and the two places only the reader's browser can fill
 * in: the day they cite it (引用日期) and the page's address, which a build without SITE_URL does
 * not know. The report page writes the places as elements that src/scripts/cite.ts fills.
 */
export type Slot = 'accessed' | 'url';
export type Segment = string | { slot: Slot };

const accessed: Segment = { slot: 'accessed' };
const url: Segment = { slot: 'url' };

/**
 * GB/T 7714—2015, 电子资源 (4.8): 主要责任者. 题名[EB/OL]. (发布日期)[引用日期]. 获取和访问路径.
 * The date in parentheses is the report's own (the day it was delivered); where it is not known
 * it is left out, as the standard's own example of a page without one does.
 */
export function gbt7714(ref: Reference): Segment[] {
  const published = ref.issued ? `(${isoDay(ref.issued)})` : '';
  return [`${ref.author}. ${ref.title}[EB/OL]. ${published}[`, accessed, ']. ', url, '.'];
}

/**
 * APA (7th edition), a report by a group author: Author. (Year). Title. Site. URL. No date is
 * "n.d."; no retrieval date, since the report does not change. The title is not set in italics:
 * Chinese titles are not slanted.
 */
export function apa(ref: Reference): Segment[] {
  const year = ref.issued ? String(ref.issued.year) : strings.cite.noDate;
  return [`${ref.author}. (${year}). ${ref.title}. ${ref.container}. `, url];
}

/** A citation with its places filled in. */
export const citationText = (segments: Segment[], fill: Record<Slot, string>) =>
  segments.map((s) => (typeof s === 'string' ? s : fill[s.slot])).join('');
