import { unified } from '@astrojs/markdown-remark';
import type { Options as RemarkRehypeOptions } from 'remark-rehype';
import { rehypeReport } from './rehype-report';
import { remarkReport } from './remark-report';

/** remark-rehype options: short "fn-3" / "fnref-3" anchors (the notes themselves: ReportNotes.astro). */
export const footnoteOptions: RemarkRehypeOptions = { clobberPrefix: '' };

/**
 * The Markdown processor of the site (astro.config.mjs) and of the tests: Astro's unified
 * (remark/rehype) processor, whose GFM footnotes the reports use, with the report plugins.
 */
export function reportMarkdownProcessor(reportsDir: string) {
  return unified({
    gfm: true,
    // The report text is sacred: no typographic "smart" quotes or dashes rewritten into it.
    smartypants: false,
    remarkPlugins: [[remarkReport, { reportsDir }]],
    rehypePlugins: [[rehypeReport, { reportsDir }]],
    remarkRehype: footnoteOptions,
  });
}
