// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { reportMarkdownProcessor } from './src/lib/markdown/processor.ts';
import { contentPaths } from './src/lib/content/files.ts';
import { bundleReport } from './src/integrations/bundle-report.ts';
import { securityHeaders } from './src/integrations/headers.ts';
import { noPreloadHelper } from './src/integrations/no-preload-helper.ts';
import { devServer } from './src/integrations/dev-server.ts';
import { traditionalEdition } from './src/integrations/traditional-edition.ts';
import { clientOutputNames } from './src/integrations/asset-names.ts';
import { contentFiles } from './src/integrations/content-files.ts';
import { siteUrlNotice } from './src/integrations/site-url-notice.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { siteUrl } from './src/lib/site-url.ts';

/** Where the site will live, if the build is told: canonical links, hreflang and the sitemap need it (README). */
const site = siteUrl(process.env.SITE_URL);

export default defineConfig({
  ...(site && { site: site.href }),
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    // First: nothing reads content/ or copies public/ before their files are checked.
    contentFiles(),
    // A sitemap names pages in full, so only a build that knows its site has one.
    ...(site ? [sitemap()] : []),
    // After the sitemap, to add the traditional pages to it.
    traditionalEdition(),
    bundleReport(),
    securityHeaders(),
    devServer(),
    siteUrlNotice(),
    // Last: it keeps, and versions, the files the steps before have written.
    serviceWorker(),
  ],
  markdown: { processor: reportMarkdownProcessor(contentPaths.reportsDir) },
  // Scripts as files, never inlined: a Content-Security-Policy can then forbid inline scripts.
  vite: {
    build: {
      assetsInlineLimit: 0,
      modulePreload: false,
      // A constant a script imports (src/lib/constants.ts) is written where it is used, not
      // imported from another chunk: a value shared by two chunks costs no import between them.
      rolldownOptions: { optimization: { inlineConst: { mode: 'all', pass: 1 } } },
    },
    environments: {
      client: { build: { rolldownOptions: { output: clientOutputNames } } },
      // Astro emits the stylesheets from its prerender build.
      prerender: { build: { rolldownOptions: { output: { assetFileNames: clientOutputNames.assetFileNames } } } },
    },
    plugins: [noPreloadHelper()],
  },
});
