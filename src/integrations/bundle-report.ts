import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { gzipSize } from '../lib/host/page-weight';

/** Prints the gzipped size of the chart worker (Chart.js), loaded only when a chart scrolls into view. */
export function bundleReport(): AstroIntegration {
  return {
    name: 'jiangmen-bundle-report',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        for (const file of readdirSync(`${dist}_astro`).filter((f) => /^chart-worker\b.*\.js$/.test(f))) {
          logger.info(`${file}: ${(gzipSize(dist, `_astro/${file}`) / 1024).toFixed(1)} KB gzipped, loaded on demand`);
        }
      },
    },
  };
}
