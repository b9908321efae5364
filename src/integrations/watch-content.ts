import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { contentPaths } from '../lib/content-files';

/**
 * In `astro dev`, an edit to the glossary or an indicator file reloads the page: the content
 * model reads them itself (src/site-content.ts), so Vite would not know they matter.
 */
export function watchContent(): AstroIntegration {
  return {
    name: 'jiangmen-watch-content',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const watched = [resolve(contentPaths.glossaryFile), resolve(contentPaths.indicatorsDir)];
        server.watcher.add(watched);
        server.watcher.on('change', (path) => {
          if (watched.some((w) => path.startsWith(w))) server.ws.send({ type: 'full-reload' });
        });
      },
    },
  };
}
