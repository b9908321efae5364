import * as pagefind from 'pagefind';
import type { SearchRecord } from './search-records';

/** Records per Pagefind fragment file: few requests for a screenful, and files that do not grow. */
const recordsPerFragmentFile = 5;

/**
 * The Pagefind index of the records, built in memory with Pagefind's Node API (its extended
 * binary, from the npm package): every file of /pagefind/, with its path under that folder.
 */
export function buildSearchIndex(records: SearchRecord[]): Promise<SearchIndexFile[]> {
  // One at a time: Pagefind runs one service per process, and each build closes it when done
  // (astro dev may ask for the index from two requests at once).
  const built = queue.then(() => build(records));
  queue = built.catch(() => undefined);
  return built;
}

export interface SearchIndexFile {
  path: string;
  content: Uint8Array;
}

let queue: Promise<unknown> = Promise.resolve();

async function build(records: SearchRecord[]): Promise<SearchIndexFile[]> {
  // Fragments bundled about 5 records to a file (neighbours in a report share one).
  const { index, errors } = await pagefind.createIndex({ maxFragments: Math.ceil(records.length / recordsPerFragmentFile) });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  try {
    for (const record of records) {
      const added = await index.addCustomRecord(record);
      if (added.errors.length) throw new Error(`Pagefind, ${record.url}: ${added.errors.join('; ')}`);
    }
    const { files, errors: failed } = await index.getFiles();
    if (failed.length) throw new Error(`Pagefind: ${failed.join('; ')}`);
    return files.map((f) => ({ path: f.path, content: f.content }));
  } finally {
    await pagefind.close();
  }
}
