import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { contentPaths } from '../lib/content/files';

/**
 * What `astro dev` needs beyond Astro's own server:
 * - an edit to the glossary or an indicator file reloads the page: the content model reads them
 *   itself (src/site-content.ts), so Vite would not know they matter;
 * - the search index: src/pages/search-index/[...file].ts serves it, but with trailingSlash:
 *   'always' Astro's dev server matches a dynamic route only at "/search-index/x.json/", so a request
 *   for the file is handed on with that slash (the build writes plain files).
 */
export function devServer(): AstroIntegration {
  return {
    name: 'jiangmen-dev-server',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const watched = [resolve(contentPaths.glossaryFile), resolve(contentPaths.indicatorsDir)];
        server.watcher.add(watched);
        server.watcher.on('change', (path) => {
          if (watched.some((w) => path.startsWith(w))) server.ws.send({ type: 'full-reload' });
        });
        server.middlewares.use((req, _res, next) => {
          const url = new URL(req.url ?? '/', 'http://dev');
          if (url.pathname.startsWith('/search-index/') && !url.pathname.endsWith('/')) req.url = `${url.pathname}/${url.search}`;
          next();
        });
      },
    },
  };
}
