import { scopeOf, type SearchManifest, type SearchRecord } from './format';
import { occurrences } from './text';

/** Rates are per this many characters (每万字). */
export const frequencyBase = 10_000;

/** A report's length as the rates count it: its headings' and paragraphs' characters, white space aside. */
export const lengthOf = (text: string): number => [...text.replace(/\s/g, '')].length;

export interface Frequency {
  count: number;
  /** Occurrences per frequencyBase characters. */
  rate: number;
}

/**
 * How often a term occurs in each report: `records` must hold every record of those reports that
 * contains the term (others add nothing). Counted as the search matches (quotation marks in the
 * text aside), overlapping places too.
 */
export function frequencyOf(term: string, records: SearchRecord[], reports: SearchManifest['scopes']): Map<string, Frequency> {
  const counts = new Map(reports.map((r) => [r.scope, 0]));
  for (const record of records) {
    const scope = scopeOf(record.meta);
    const count = counts.get(scope);
    if (count !== undefined) counts.set(scope, count + occurrences(record.meta.text, term).length);
  }
  return new Map(
    reports.map(({ scope, chars }) => {
      const count = counts.get(scope)!;
      return [scope, { count, rate: chars ? (count * frequencyBase) / chars : 0 }];
    }),
  );
}
