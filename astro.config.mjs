// @ts-check
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { remarkReport } from './src/lib/remark-report.ts';
import { rehypeReport } from './src/lib/rehype-report.ts';
import { strings } from './src/lib/strings.ts';

const glossaryFile = fileURLToPath(new URL('./content/glossary.yaml', import.meta.url));
const reportsDir = fileURLToPath(new URL('./content/reports/', import.meta.url));

export default defineConfig({
  site: 'https://jiangmen-reports.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // The report text is sacred: no typographic "smart" quotes or dashes rewritten into it.
    smartypants: false,
    remarkPlugins: [[remarkReport, { glossaryFile, reportsDir }]],
    rehypePlugins: [[rehypeReport, { glossaryFile, reportsDir }]],
    remarkRehype: {
      // Plain "fn-3" / "fnref-3" anchors, short enough to cite.
      clobberPrefix: '',
      footnoteLabel: strings.footnotesHeading,
      footnoteLabelProperties: { className: ['footnotes-heading'] },
      footnoteBackLabel: (referenceIndex, rereferenceIndex) =>
        strings.footnoteBackLabel(referenceIndex + 1) + (rereferenceIndex > 1 ? `(${rereferenceIndex})` : ''),
    },
  },
});
