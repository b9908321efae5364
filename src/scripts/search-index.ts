import { fromGaps, intersect, keyFileOf, searchIndexRoot, type KeyFile, type SearchManifest } from '../lib/search-format';
import type { SearchRecord } from '../lib/search-records';
import { queryKeys } from '../lib/search-text';

/** The search index as the page reads it (format: src/lib/search-format.ts). */

/** How long a search may take before the page says it failed (a stalled request never ends). */
export const timeoutSeconds = 15;

/** The promise, or a rejection once the time is up. */
export function inTime<T>(promise: Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), timeoutSeconds * 1000);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

const fetched = new Map<string, Promise<unknown>>();
/** A file of the search index (src/lib/search-format.ts), fetched once; a failure is not kept. */
export function indexFile<T>(path: string): Promise<T> {
  let file = fetched.get(path);
  if (!file) {
    file = fetch(`${searchIndexRoot}${path}`).then((r) => {
      if (!r.ok) throw new Error(`${path}: ${r.status}`);
      return r.json();
    });
    file.catch(() => fetched.delete(path));
    fetched.set(path, file);
  }
  return file as Promise<T>;
}

/** The records that hold every key of the query, in display order, within the chosen scopes. */
export async function candidatesFor(manifest: SearchManifest, terms: string[], scopes: string[]): Promise<number[]> {
  const keys = queryKeys(terms);
  const files = await Promise.all(
    keys.map((key) => indexFile<KeyFile>(`keys/${keyFileOf(key, manifest.keyFiles)}.json?v=${manifest.version}`)),
  );
  const holding = intersect(keys.map((key, i) => fromGaps(files[i]![key] ?? [])));
  const ranges = manifest.scopes.filter((s) => !scopes.length || scopes.includes(s.scope));
  return holding.filter((n) => ranges.some((r) => n >= r.from && n < r.to));
}

/** Records by number, from their text files. */
export async function recordsAt(manifest: SearchManifest, numbers: number[]): Promise<SearchRecord[]> {
  const per = manifest.recordsPerTextFile;
  const files = new Map<number, Promise<SearchRecord[]>>();
  for (const n of numbers) {
    const file = Math.floor(n / per);
    if (!files.has(file)) files.set(file, indexFile<SearchRecord[]>(`text/${file}.json?v=${manifest.version}`));
  }
  return Promise.all(numbers.map(async (n) => (await files.get(Math.floor(n / per))!)[n % per]!));
}

/** How many text files the records need that have not been fetched yet. */
export function textFilesToFetch(manifest: SearchManifest, numbers: number[]): number {
  const files = new Set(numbers.map((n) => `text/${Math.floor(n / manifest.recordsPerTextFile)}.json?v=${manifest.version}`));
  return [...files].filter((path) => !fetched.has(path)).length;
}
