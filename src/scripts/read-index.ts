import {
  scopesWithin,
  fromGaps,
  intersect,
  keyFileOf,
  keyFilePath,
  manifestPath,
  searchIndexRoot,
  textFileOf,
  textFilePath,
  type KeyFile,
  type SearchManifest,
} from '../lib/search/format';
import type { SearchRecord } from '../lib/search/records';
import { queryKeys } from '../lib/search/text';

/** The search index as the page reads it (format: src/lib/search/format.ts). */

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

/**
 * A file of the search index, as JSON. A stalled request is aborted after timeoutSeconds, and a
 * failed one is forgotten, so the next search asks again.
 */
function fetchIndexFile<T>(path: string, init: RequestInit = {}): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error('timeout')), timeoutSeconds * 1000);
  return fetch(`${searchIndexRoot}${path}`, { ...init, signal: controller.signal })
    .then((r) => {
      if (!r.ok) throw new Error(`${path}: ${r.status}`);
      return r.json() as Promise<T>;
    })
    .finally(() => clearTimeout(timer));
}

/** A file of this build's index (its path has the version), fetched once. */
function indexFile<T>(path: string): Promise<T> {
  let file = fetched.get(path);
  if (!file) {
    file = fetchIndexFile<T>(path);
    file.catch(() => fetched.delete(path));
    fetched.set(path, file);
  }
  return file as Promise<T>;
}

/** The manifest, asked again at every search (cheaply revalidated), so a new build is seen. */
export const loadManifest = () => fetchIndexFile<SearchManifest>(manifestPath, { cache: 'no-cache' });

/** The records that hold every key of the terms, in display order, within the chosen scopes. */
export async function candidatesFor(manifest: SearchManifest, terms: string[], scopes: string[]): Promise<number[]> {
  const keys = queryKeys(terms);
  const files = await Promise.all(keys.map((key) => indexFile<KeyFile>(keyFilePath(manifest.version, keyFileOf(key, manifest.keyFiles)))));
  const ranges = scopesWithin(manifest, scopes);
  // A term with no key (such as %) holds no clue: every record in scope is a candidate.
  if (!keys.length) return ranges.flatMap((r) => Array.from({ length: r.to - r.from }, (_, i) => r.from + i)).sort((a, b) => a - b);
  const holding = intersect(keys.map((key, i) => fromGaps(files[i]![key] ?? [])));
  return holding.filter((n) => ranges.some((r) => n >= r.from && n < r.to));
}

const textFilesOf = (manifest: SearchManifest, numbers: number[]) => [
  ...new Set(numbers.map((n) => textFileOf(n, manifest.recordsPerTextFile))),
];

/** Records by number, from their text files. */
export async function recordsAt(manifest: SearchManifest, numbers: number[]): Promise<SearchRecord[]> {
  const per = manifest.recordsPerTextFile;
  const files = new Map(
    textFilesOf(manifest, numbers).map((file) => [file, indexFile<SearchRecord[]>(textFilePath(manifest.version, file))]),
  );
  return Promise.all(numbers.map(async (n) => (await files.get(textFileOf(n, per))!)[n % per]!));
}

/** How many text files the records need that have not been fetched yet. */
export function textFilesToFetch(manifest: SearchManifest, numbers: number[]): number {
  return textFilesOf(manifest, numbers).filter((file) => !fetched.has(textFilePath(manifest.version, file))).length;
}
