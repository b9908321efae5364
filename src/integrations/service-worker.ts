import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { serviceWorkerPath } from '../lib/constants';
import { addressesFor, distFile, precacheList } from '../lib/offline/precache';
import { versionOf } from '../lib/offline/version';

const workerSource = fileURLToPath(new URL('../scripts/service-worker.ts', import.meta.url));

/**
 * Writes dist/sw.js after every other step has written its files (the 繁體 pages among them): the
 * worker bundled with its precache list, and a version from the worker's code and the bytes of
 * every file on the list.
 */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'jiangmen-service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).map((f) => f.split('\\').join('/'));
        const list = precacheList(files);
        const bundle = await build({
          entryPoints: [workerSource],
          bundle: true,
          format: 'iife',
          minify: true,
          target: 'es2022',
          write: false,
          define: { PRECACHE: JSON.stringify(list) },
        });
        const code = bundle.outputFiles[0]!.text;
        const addresses = addressesFor(list, ['hans', 'hant']);
        const version = versionOf([code, ...addresses.flatMap((a) => [a, readFileSync(join(dist, distFile(a)))])]);
        writeFileSync(join(dist, serviceWorkerPath.slice(1)), `const VERSION = ${JSON.stringify(version)};\n${code}`);
        logger.info(
          `${serviceWorkerPath}: version ${version}, ${list.shared.length} shared files and ${list.pages.hans.length} pages per edition kept for reading offline`,
        );
      },
    },
  };
}
