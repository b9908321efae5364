import {
  fnv1a,
  gaps,
  keyFileOf,
  keyFilePath,
  manifestPath,
  scopeOf,
  textFilePath,
  type KeyFile,
  type SearchManifest,
  type SearchRecord,
} from './format';
import { lengthOf } from './frequency';
import { searchKeys } from './text';

/**
 * The site's search index, served under /search-index/ (src/pages/search-index/[...file].ts):
 * - manifest.json: the build's version, how many key files there are, and where each scope's
 *   records lie, with their length;
 * - <version>/keys/N.json: for each key (src/lib/search/text.ts) that falls in file N, the
 *   records that hold it;
 * - <version>/text/N.json: the records themselves, recordsPerTextFile to a file, in display
 *   order, so that the neighbouring paragraphs a screenful of results mostly is come in few
 *   requests.
 * A query fetches the manifest, the key files of its keys and the text files of its first
 * candidates: a few KB each, however large the corpus grows (npm run bench:scale).
 */
export interface SearchIndexFile {
  path: string;
  content: string;
}

const recordsPerTextFile = 5;
/** About this many record numbers to a key file: some 5–6 KB gzipped. */
const entriesPerKeyFile = 2000;

export function buildSearchIndex(records: SearchRecord[]): SearchIndexFile[] {
  const holders = new Map<string, number[]>();
  records.forEach((record, n) => {
    for (const key of searchKeys(record.meta.text)) {
      const list = holders.get(key);
      if (list) list.push(n);
      else holders.set(key, [n]);
    }
  });
  const entries = [...holders.values()].reduce((sum, list) => sum + list.length, 0);
  const keyFiles = Math.max(1, Math.ceil(entries / entriesPerKeyFile));
  const keyFileContents = Array.from({ length: keyFiles }, (): KeyFile => ({}));
  for (const [key, list] of [...holders].sort(([a], [b]) => (a < b ? -1 : 1))) keyFileContents[keyFileOf(key, keyFiles)]![key] = gaps(list);
  const texts: string[] = [];
  for (let n = 0; n * recordsPerTextFile < records.length; n++) {
    texts.push(JSON.stringify(records.slice(n * recordsPerTextFile, (n + 1) * recordsPerTextFile)));
  }
  const keys = keyFileContents.map((content) => JSON.stringify(content));
  const scopes: SearchManifest['scopes'] = [];
  records.forEach((record, n) => {
    const scope = scopeOf(record.meta);
    const chars = lengthOf(record.meta.text);
    const last = scopes.at(-1);
    if (last?.scope === scope) Object.assign(last, { to: n + 1, chars: last.chars + chars });
    else scopes.push({ scope, from: n, to: n + 1, chars });
  });
  const version = fnv1a([...keys, ...texts].join('\n')).toString(36);
  const manifest: SearchManifest = { version, keyFiles, recordsPerTextFile, scopes };
  return [
    { path: manifestPath, content: JSON.stringify(manifest) },
    ...keys.map((content, n) => ({ path: keyFilePath(version, n), content })),
    ...texts.map((content, n) => ({ path: textFilePath(version, n), content })),
  ];
}
