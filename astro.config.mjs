// @ts-check
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { reportMarkdown } from './src/lib/markdown-config.ts';

export default defineConfig({
  site: 'https://jiangmen-reports.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: reportMarkdown({
    glossaryFile: fileURLToPath(new URL('./content/glossary.yaml', import.meta.url)),
    reportsDir: fileURLToPath(new URL('./content/reports/', import.meta.url)),
  }),
});
