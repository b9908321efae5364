/** Ordering and neighbours of reports: the site reads them in chronological order. */
export interface HasYear {
  year: number;
}

export function byYear<T extends HasYear>(reports: readonly T[]): T[] {
  return [...reports].sort((a, b) => a.year - b.year);
}

export function neighbours<T extends HasYear>(reports: readonly T[], year: number): { prev?: T; next?: T } {
  const sorted = byYear(reports);
  const i = sorted.findIndex((r) => r.year === year);
  if (i === -1) return {};
  const result: { prev?: T; next?: T } = {};
  if (i > 0) result.prev = sorted[i - 1]!;
  if (i < sorted.length - 1) result.next = sorted[i + 1]!;
  return result;
}

/** 2016-01-20 → 2016年1月20日 (dates are calendar days, so read in UTC). */
export function formatChineseDate(date: Date): string {
  return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}

export const reportPath = (year: number) => `/reports/${year}/`;

/** Where a report's footnote is listed in the glossary, within its term's entry: note-2016-3. */
export const glossaryNoteId = (year: number, label: string) => `note-${year}-${label}`;
