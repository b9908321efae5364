import type { SearchRecord } from './format';
import { matchRanges, occurrences, type Range } from './text';

/** A record that contains every term of the query, and where. */
export interface Hit extends SearchRecord {
  ranges: Range[];
  /** How many times the terms occur in it, each term counted on its own (as the frequency panel counts). */
  occurrences: number;
}

/** How far the check of a query's candidates has come: the hits found and how many candidates are checked. */
export interface CheckedCandidates {
  hits: Hit[];
  checked: number;
}

/**
 * Candidates are record numbers in display order; their text is fetched and checked until this
 * many more exact hits are found, then the reader may ask for more. So a query's bytes stay
 * about the same however many reports the site holds (npm run bench:scale).
 */
const hitsPerStep = 50;
/** Candidates whose text is fetched at once. */
const batchSize = 25;

/**
 * Checks the candidates after the first `from.checked`, in display order and batchSize at a time,
 * until hitsPerStep more exact hits are found or none is left. `recordsAt` gives the records of a
 * batch (src/lib/search/read-index.ts). It stops fetching once `current()` is false (the reader
 * has started a newer search), and what it returns then is not complete.
 */
export async function checkCandidates(
  candidates: number[],
  terms: string[],
  from: CheckedCandidates,
  recordsAt: (numbers: number[]) => Promise<SearchRecord[]>,
  current: () => boolean,
): Promise<CheckedCandidates> {
  const hits = [...from.hits];
  let checked = from.checked;
  const target = hits.length + hitsPerStep;
  const occurrencesIn = (text: string) => terms.reduce((n, term) => n + occurrences(text, term).length, 0);
  while (checked < candidates.length && hits.length < target) {
    const batch = candidates.slice(checked, checked + batchSize);
    const records = await recordsAt(batch);
    if (!current()) break;
    checked += batch.length;
    for (const record of records) {
      const ranges = matchRanges(record.meta.text, terms);
      if (ranges) hits.push({ ...record, ranges, occurrences: occurrencesIn(record.meta.text) });
    }
  }
  return { hits, checked };
}
