import type { Day } from './day';
import type { ReportFrontmatter } from '../report-schema';
import { reportPath } from '../reports';
import { strings } from '../strings';

/**
 * What every citation of a report says, whatever its format: the page on this site that shows
 * the report (src/lib/cite/text.ts, src/lib/cite/files.ts, src/lib/cite/metadata.ts).
 */
export interface Reference {
  /** jiangmen-2016: the BibTeX key and the CSL id. */
  id: string;
  /** An institution: one name, never split into family and given names. */
  author: string;
  title: string;
  /** The day the report was delivered, where its frontmatter gives it; never made up from its year. */
  issued?: Day;
  /** The website the page is on. */
  container: string;
  /** The page's address in full; absent when the build does not know where the site lives. */
  url?: string;
  /** BCP 47. */
  language: string;
}

/** A report's reference: its page on `site`, where the build knows the site. */
export function reportReference(report: ReportFrontmatter, site: URL | undefined): Reference {
  const { delivered } = report;
  const url = site && new URL(reportPath(report.year), site).href;
  return {
    id: `jiangmen-${report.year}`,
    author: strings.cite.author,
    title: report.title,
    ...(delivered && { issued: { year: delivered.getUTCFullYear(), month: delivered.getUTCMonth() + 1, day: delivered.getUTCDate() } }),
    container: strings.cite.website,
    ...(url && { url }),
    language: 'zh-CN',
  };
}

/** The citation files of a report, in one folder (the same files from both editions). */
export const citationFolder = '/reports/cite/';
export const citationFiles = ['bib', 'ris', 'json'] as const;
export type CitationFile = (typeof citationFiles)[number];
export const citationFilePath = (year: number, kind: CitationFile) => `${citationFolder}jiangmen-${year}.${kind}`;

/** A report's share image, named by its year: Open Graph's large size, which link previews crop least. */
export const shareImagePath = (year: number) => `/reports/share/${year}.png`;
export const shareImageSize = { width: 1200, height: 630 } as const;
