import {
  fromGaps,
  intersect,
  keyFileOf,
  keyFilePath,
  manifestPath,
  scopesWithin,
  textFileOf,
  textFilePath,
  type KeyFile,
  type SearchManifest,
  type SearchRecord,
} from './format';
import { queryKeys } from './text';

/**
 * A file of the search index by its path in the index (manifestPath, keyFilePath, textFilePath),
 * as parsed JSON; it rejects when the file cannot be had. The search page fetches it
 * (src/scripts/fetch-index.ts); the unit tests serve the builder's files from memory.
 */
export type LoadIndexFile = (path: string) => Promise<unknown>;

/**
 * The search index as a reader reads it (format: src/lib/search/format.ts). Browser-safe: it
 * reaches the files only through `load`.
 */
export function indexReader(load: LoadIndexFile) {
  const loaded = new Map<string, Promise<unknown>>();

  /** A file of this build's index (its path has the version), loaded once; a failure is forgotten, so the next search asks again. */
  function indexFile<T>(path: string): Promise<T> {
    let file = loaded.get(path);
    if (!file) {
      file = load(path);
      file.catch(() => loaded.delete(path));
      loaded.set(path, file);
    }
    return file as Promise<T>;
  }

  const textFilesOf = (manifest: SearchManifest, numbers: number[]) => [
    ...new Set(numbers.map((n) => textFileOf(n, manifest.recordsPerTextFile))),
  ];

  return {
    /** The manifest, loaded again at every search (its path stays across builds), so a new build is seen. */
    manifest: () => load(manifestPath) as Promise<SearchManifest>,

    /** The records that hold every key of the terms, in display order, within the chosen scopes. */
    async candidatesFor(manifest: SearchManifest, terms: string[], scopes: string[]): Promise<number[]> {
      const keys = queryKeys(terms);
      const files = await Promise.all(
        keys.map((key) => indexFile<KeyFile>(keyFilePath(manifest.version, keyFileOf(key, manifest.keyFiles)))),
      );
      const ranges = scopesWithin(manifest, scopes);
      // A term with no key (such as %) holds no clue: every record in scope is a candidate.
      if (!keys.length) return ranges.flatMap((r) => Array.from({ length: r.to - r.from }, (_, i) => r.from + i)).sort((a, b) => a - b);
      const holding = intersect(keys.map((key, i) => fromGaps(files[i]![key] ?? [])));
      return holding.filter((n) => ranges.some((r) => n >= r.from && n < r.to));
    },

    /** Records by number, from their text files. */
    async recordsAt(manifest: SearchManifest, numbers: number[]): Promise<SearchRecord[]> {
      const per = manifest.recordsPerTextFile;
      const files = new Map(
        textFilesOf(manifest, numbers).map((file) => [file, indexFile<SearchRecord[]>(textFilePath(manifest.version, file))]),
      );
      return Promise.all(numbers.map(async (n) => (await files.get(textFileOf(n, per))!)[n % per]!));
    },

    /** How many text files the records need that have not been loaded yet. */
    textFilesToFetch(manifest: SearchManifest, numbers: number[]): number {
      return textFilesOf(manifest, numbers).filter((file) => !loaded.has(textFilePath(manifest.version, file))).length;
    },
  };
}
