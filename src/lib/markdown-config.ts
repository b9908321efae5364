import type { Options as RemarkRehypeOptions } from 'remark-rehype';
import { rehypeReport } from './rehype-report';
import { remarkReport } from './remark-report';
import { strings } from './strings';

export interface ReportPaths {
  glossaryFile: string;
  reportsDir: string;
}

/** remark-rehype options: localized footnote labels and short "fn-3" / "fnref-3" anchors. */
export const footnoteOptions: RemarkRehypeOptions = {
  clobberPrefix: '',
  footnoteLabel: strings.footnotesHeading,
  footnoteLabelProperties: { className: ['footnotes-heading'] },
  footnoteBackLabel: (_referenceIndex, rereferenceIndex) =>
    strings.footnoteBackLabel + (rereferenceIndex > 1 ? `(${rereferenceIndex})` : ''),
};

/** The Markdown settings of the site (astro.config.mjs) and of the tests' pipeline: one source. */
export function reportMarkdown(paths: ReportPaths) {
  return {
    // The report text is sacred: no typographic "smart" quotes or dashes rewritten into it.
    smartypants: false,
    remarkPlugins: [[remarkReport, paths]] as [typeof remarkReport, ReportPaths][],
    rehypePlugins: [[rehypeReport, paths]] as [typeof rehypeReport, ReportPaths][],
    remarkRehype: footnoteOptions,
  };
}
