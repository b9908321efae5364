/** How a report is named and addressed. (Their order is the content model's: src/lib/content/model.ts.) */
import type { ReportFrontmatter } from './report-schema';
import { strings } from './strings';

/** 2016-01-20 → 2016年1月20日 (dates are calendar days, so read in UTC). */
export function formatChineseDate(date: Date): string {
  return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}

/** When the report was delivered, or that it is not known: 2016年1月20日 · 作报告日期不详. */
export const deliveredText = ({ delivered }: Pick<ReportFrontmatter, 'delivered'>) =>
  delivered ? formatChineseDate(delivered) : `${strings.delivered}${strings.deliveredUnknown}`;

export const reportPath = (year: number) => `/reports/${year}/`;

/** The report's text as its source has it, UTF-8 (src/pages/reports/[year].txt.ts). */
export const reportTextPath = (year: number) => `/reports/${year}.txt`;

/** Where a report's footnote is listed in the glossary, within its term's entry: note-2016-3. */
export const glossaryNoteId = (year: number, label: string) => `note-${year}-${label}`;

/** A report's file, in content/reports/: 2016.md. Its name is its year. */
export const reportFileName = (year: number) => `${year}.md`;
