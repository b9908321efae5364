// @ts-check
import { defineConfig } from 'astro/config';
import { reportMarkdown } from './src/lib/markdown-config.ts';
import { contentPaths } from './src/lib/paths.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { bundleReport } from './src/integrations/bundle-report.ts';
import { securityHeaders } from './src/integrations/headers.ts';
import { dropEmptyPreloads } from './src/integrations/drop-empty-preloads.ts';

export default defineConfig({
  site: 'https://jiangmen-reports.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [searchIndex(), bundleReport(), securityHeaders()],
  markdown: reportMarkdown(contentPaths),
  // Scripts as files, never inlined: a Content-Security-Policy can then forbid inline scripts.
  vite: { build: { assetsInlineLimit: 0, modulePreload: false }, plugins: [dropEmptyPreloads()] },
});
