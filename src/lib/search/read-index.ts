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
  type SearchMeta,
  type SearchRecord,
} from './format';
import { queryKeys } from './text';

/**
 * A file of the search index by its path in the index (manifestPath, keyFilePath, textFilePath),
 * as parsed JSON; it rejects when the file cannot be had. The search page fetches it
 * (src/scripts/fetch-index.ts); the unit tests serve the builder's files from memory.
 */
export type LoadIndexFile = (path: string) => Promise<unknown>;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const metaTexts = ['title', 'year', 'section', 'sectionId', 'block', 'text'] as const satisfies readonly (keyof SearchMeta)[];

/**
 * What each kind of index file must be (src/lib/search/format.ts). A file that parses but is not
 * of its kind (a host's error page served as JSON, a file of another format) makes the search
 * fail with its name, never read as an index that holds nothing.
 */
interface IndexFiles {
  manifest: SearchManifest;
  'key file': KeyFile;
  'text file': SearchRecord[];
}

const shapes: { [K in keyof IndexFiles]: (file: unknown) => file is IndexFiles[K] } = {
  manifest: (file): file is SearchManifest =>
    isObject(file) &&
    typeof file.version === 'string' &&
    /^\w+$/.test(file.version) &&
    isCount(file.keyFiles) &&
    file.keyFiles > 0 &&
    isCount(file.recordsPerTextFile) &&
    file.recordsPerTextFile > 0 &&
    Array.isArray(file.scopes) &&
    file.scopes.every(
      (s) => isObject(s) && typeof s.scope === 'string' && isCount(s.from) && isCount(s.to) && s.from <= s.to && isCount(s.chars),
    ),
  'key file': (file): file is KeyFile => isObject(file) && Object.values(file).every((list) => Array.isArray(list) && list.every(isCount)),
  'text file': (file): file is SearchRecord[] =>
    Array.isArray(file) &&
    file.length > 0 &&
    file.every(
      (record) =>
        isObject(record) &&
        typeof record.url === 'string' &&
        isObject(record.meta) &&
        (record.meta.kind === 'report' || record.meta.kind === 'glossary') &&
        metaTexts.every((field) => typeof (record.meta as Record<string, unknown>)[field] === 'string'),
    ),
};

/** The file at `path`, once it has the shape of its kind. */
async function shaped<K extends keyof IndexFiles>(kind: K, path: string, file: Promise<unknown>): Promise<IndexFiles[K]> {
  const content = await file;
  if (!shapes[kind](content)) throw new Error(`search index: ${path} is not a ${kind}`);
  return content as IndexFiles[K];
}

/**
 * The search index as a reader reads it (format: src/lib/search/format.ts). Browser-safe: it
 * reaches the files only through `load`.
 */
export function indexReader(load: LoadIndexFile) {
  const loaded = new Map<string, Promise<unknown>>();

  /**
   * A file of this build's index (its path has the version), loaded once and checked; a failure
   * is forgotten, so the next search asks again.
   */
  function indexFile<K extends 'key file' | 'text file'>(kind: K, path: string): Promise<IndexFiles[K]> {
    let file = loaded.get(path);
    if (!file) {
      file = shaped(kind, path, load(path));
      file.catch(() => loaded.delete(path));
      loaded.set(path, file);
    }
    return file as Promise<IndexFiles[K]>;
  }

  const textFilesOf = (manifest: SearchManifest, numbers: number[]) => [
    ...new Set(numbers.map((n) => textFileOf(n, manifest.recordsPerTextFile))),
  ];

  return {
    /** The manifest, loaded again at every search (its path stays across builds), so a new build is seen. */
    manifest: () => shaped('manifest', manifestPath, load(manifestPath)),

    /** The records that hold every key of the terms, in display order, within the chosen scopes. */
    async candidatesFor(manifest: SearchManifest, terms: string[], scopes: string[]): Promise<number[]> {
      const keys = queryKeys(terms);
      const files = await Promise.all(
        keys.map((key) => indexFile('key file', keyFilePath(manifest.version, keyFileOf(key, manifest.keyFiles)))),
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
        textFilesOf(manifest, numbers).map((file) => [file, indexFile('text file', textFilePath(manifest.version, file))]),
      );
      return Promise.all(
        numbers.map(async (n) => {
          const record = (await files.get(textFileOf(n, per))!)[n % per];
          if (!record) throw new Error(`search index: record ${n} is not in ${textFilePath(manifest.version, textFileOf(n, per))}`);
          return record;
        }),
      );
    },

    /** How many text files the records need that have not been loaded yet. */
    textFilesToFetch(manifest: SearchManifest, numbers: number[]): number {
      return textFilesOf(manifest, numbers).filter((file) => !loaded.has(textFilePath(manifest.version, file))).length;
    },
  };
}
