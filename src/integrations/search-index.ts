import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { cachedGlossary, cachedReports } from '../lib/content-cache';
import { contentPaths } from '../lib/paths';
import { searchRecords } from '../lib/search-records';

const recordsPerFragmentFile = 5;

/**
 * After the build, writes the Pagefind index of every report paragraph and glossary term to
 * dist/pagefind/, with Pagefind's Node API (its extended binary, from the npm package).
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'jiangmen-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const records = searchRecords(cachedReports(contentPaths.reportsDir), cachedGlossary(contentPaths.glossaryFile));
        // Fragments bundled about 5 records to a file (neighbours in a report share one): few
        // requests for a screenful of results, and a file's size does not grow with the site.
        const { index, errors } = await pagefind.createIndex({ maxFragments: Math.ceil(records.length / recordsPerFragmentFile) });
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        for (const record of records) {
          const added = await index.addCustomRecord(record);
          if (added.errors.length) throw new Error(`Pagefind, ${record.url}: ${added.errors.join('; ')}`);
        }
        const written = await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`${records.length} paragraphs, headings and glossary terms indexed in ${written.outputPath}`);
      },
    },
  };
}
