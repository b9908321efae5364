import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from '@astrojs/markdown-remark';
import type { Options as RemarkRehypeOptions } from 'remark-rehype';
import type { VFile } from 'vfile';
import { rehypeReport } from './rehype-report';
import { isReport, remarkReport } from './remark-report';
import { remarkReportParser } from './report-syntax';

/** remark-rehype options: short "fn-3" / "fnref-3" anchors (the notes themselves: ReportNotes.astro). */
export const footnoteOptions: RemarkRehypeOptions = { clobberPrefix: '' };

/**
 * The Markdown processor of the site (astro.config.mjs) and of the tests: Astro's unified
 * (remark/rehype) processor with the report plugins. A report is parsed as plain text with GFM
 * footnotes and nothing else of GFM (report-syntax.ts); other Markdown (the about page) as GFM.
 */
export function reportMarkdownProcessor(reportsDir: string) {
  const options = { reportsDir, code: renderingCodeDigest() };
  return unified({
    gfm: true,
    // The report text is sacred: no typographic "smart" quotes or dashes rewritten into it.
    smartypants: false,
    remarkPlugins: [
      [remarkReportParser, { isReport: (file: VFile) => isReport(file, reportsDir) }],
      [remarkReport, options],
    ],
    rehypePlugins: [[rehypeReport, options]],
    remarkRehype: footnoteOptions,
  });
}

/**
 * A digest of the code that renders reports (src/lib). As a plugin option it is part of Astro's
 * config digest, so changing that code clears Astro's cache of rendered reports (which is keyed
 * on each file's own text): no stale build, and no need for --force.
 */
function renderingCodeDigest(dir = 'src/lib'): string {
  const hash = createHash('sha256');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  for (const path of files.map((entry) => join(entry.parentPath, entry.name)).sort()) hash.update(path).update(readFileSync(path));
  return hash.digest('hex').slice(0, 16);
}
