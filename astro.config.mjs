// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { reportMarkdownProcessor } from './src/lib/markdown-config.ts';
import { contentPaths } from './src/lib/content-files.ts';
import { bundleReport } from './src/integrations/bundle-report.ts';
import { securityHeaders } from './src/integrations/headers.ts';
import { noPreloadHelper } from './src/integrations/no-preload-helper.ts';
import { watchContent } from './src/integrations/watch-content.ts';

/** Where the site will live: canonical links, the sitemap and printed links use it (README). */
const site = process.env.SITE_URL || 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/pagefind/') }),
    bundleReport(),
    securityHeaders(),
    watchContent(),
  ],
  markdown: { processor: reportMarkdownProcessor(contentPaths.reportsDir) },
  // Scripts as files, never inlined: a Content-Security-Policy can then forbid inline scripts.
  vite: { build: { assetsInlineLimit: 0, modulePreload: false }, plugins: [noPreloadHelper()] },
});
