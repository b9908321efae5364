/**
 * The search index's file format (written by src/lib/search/build-index.ts, read by
 * src/lib/search/read-index.ts), in one place so that writer and reader cannot drift apart.
 * Browser-safe: no Node imports, and nothing from the content model.
 */

/** Where the index is served. */
export const searchIndexRoot = '/search-index/';

/** The manifest's path; it names the build's version, which is in every other file's path. */
export const manifestPath = 'manifest.json';

export interface SearchManifest {
  /**
   * A hash of the build's index files, the folder they are in: a page that read an older
   * manifest asks for files that are gone (and says search failed) rather than for new files
   * that its record numbers do not fit.
   */
  version: string;
  keyFiles: number;
  recordsPerTextFile: number;
  /** Each scope's records, from…to (exclusive), in display order, and their length (lengthOf in src/lib/search/frequency.ts). */
  scopes: { scope: string; from: number; to: number; chars: number }[];
}

/**
 * What a text file holds: one search record per report heading or paragraph and per glossary term
 * (made by src/lib/search/records.ts), so a result is the very paragraph to land on.
 */
export interface SearchRecord {
  url: string;
  meta: SearchMeta;
}

export interface SearchMeta {
  kind: 'report' | 'glossary';
  /** Report title, or the glossary term. */
  title: string;
  /** Report year ('' for the glossary). */
  year: string;
  /** The section heading and its anchor (report records). */
  section: string;
  sectionId: string;
  /** The block's anchor: p-N, s-N, or the term's id. */
  block: string;
  /** The exact text searched, shown and highlighted. */
  text: string;
}

/** A key file: for each key, the numbers of the records that hold it, as gaps (see gaps). */
export type KeyFile = Record<string, number[]>;

/** FNV-1a of a string's UTF-16 units: cheap, stable, the same in Node and the browser. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

/** Which key file holds a key, and that file's path. */
export const keyFileOf = (key: string, keyFiles: number): number => fnv1a(key) % keyFiles;
export const keyFilePath = (version: string, file: number) => `${version}/keys/${file}.json`;

/** Which text file holds a record, and that file's path. */
export const textFileOf = (record: number, recordsPerTextFile: number): number => Math.floor(record / recordsPerTextFile);
export const textFilePath = (version: string, file: number) => `${version}/text/${file}.json`;

/** Ascending record numbers as gaps from the previous one: small numbers, which compress well. */
export const gaps = (numbers: number[]): number[] => numbers.map((n, i) => n - (numbers[i - 1] ?? 0));

export function fromGaps(list: number[]): number[] {
  let n = 0;
  return list.map((gap) => (n += gap));
}

/** The numbers in every list, ascending (the lists are ascending). */
export function intersect(lists: number[][]): number[] {
  const [shortest, ...others] = [...lists].sort((a, b) => a.length - b.length);
  const sets = others.map((list) => new Set(list));
  return (shortest ?? []).filter((n) => sets.every((set) => set.has(n)));
}

/** The manifest's scopes that the reader chose (all of them when none is chosen). */
export const scopesWithin = (manifest: SearchManifest, chosen: string[]): SearchManifest['scopes'] =>
  manifest.scopes.filter((s) => !chosen.length || chosen.includes(s.scope));

/** A record's scope, as the search page's checkboxes name it: its report's year, or "glossary". */
export const scopeOf = (meta: { kind: string; year: string }): string => (meta.kind === 'glossary' ? 'glossary' : meta.year);
