/** How a report is named and addressed. (Their order is the content model's: src/lib/content/model.ts.) */

/** 2016-01-20 → 2016年1月20日 (dates are calendar days, so read in UTC). */
export function formatChineseDate(date: Date): string {
  return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}

export const reportPath = (year: number) => `/reports/${year}/`;

/** The report's text as its source has it, UTF-8 (src/pages/reports/[year].txt.ts). */
export const reportTextPath = (year: number) => `/reports/${year}.txt`;

/** Where a report's footnote is listed in the glossary, within its term's entry: note-2016-3. */
export const glossaryNoteId = (year: number, label: string) => `note-${year}-${label}`;

/** A report's file, in content/reports/: 2016.md. Its name is its year. */
export const reportFileName = (year: number) => `${year}.md`;
