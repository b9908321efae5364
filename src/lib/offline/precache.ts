import { hantPrefix, isHantPath } from '../edition/paths';

/**
 * What the service worker (src/scripts/service-worker.ts) keeps for reading offline: the shared
 * files every page may load, and each edition's reading pages. Imported by the worker and by the
 * build (src/integrations/service-worker.ts), so it holds no Node code.
 */
export type Edition = 'hans' | 'hant';

export interface PrecacheList {
  /** Every file of /_astro/ (styles and scripts, the ones loaded on demand too), the icon and the manifest. */
  shared: string[];
  /** The reading pages of each edition: home, reports, glossary, indicators, about, search. */
  pages: Record<Edition, string[]>;
}

/** One cache per version of the site; the worker deletes every other cache of this prefix. */
export const cachePrefix = 'jiangmen-';
export const cacheName = (version: string) => `${cachePrefix}${version}`;

const sharedFile = /^(?:_astro\/[^/]+|favicon\.svg|manifest\.webmanifest)$/;
const readingPage = /^(?:(?:reports\/\d+|glossary|indicators|about|search)\/)?index\.html$/;
const hantFolder = `${hantPrefix.slice(1)}/`;

/** A page's address from its file: reports/2016/index.html → /reports/2016/. */
const pageAddress = (file: string) => `/${file.replace(/index\.html$/, '')}`;

/** The precache list from the paths of the built files (relative to dist/, with "/"). */
export function precacheList(files: readonly string[]): PrecacheList {
  const sorted = [...files].sort();
  const pagesOf = (edition: Edition) =>
    sorted
      .filter((f) => (edition === 'hant') === f.startsWith(hantFolder))
      .filter((f) => readingPage.test(edition === 'hant' ? f.slice(hantFolder.length) : f))
      .map(pageAddress);
  return {
    shared: sorted.filter((f) => sharedFile.test(f)).map((f) => `/${f}`),
    pages: { hans: pagesOf('hans'), hant: pagesOf('hant') },
  };
}

/** The built file an address of the list names: /reports/2016/ → reports/2016/index.html. */
export const distFile = (address: string) => (address.endsWith('/') ? `${address.slice(1)}index.html` : address.slice(1));

export const editionOf = (path: string): Edition => (isHantPath(path) ? 'hant' : 'hans');

/** The editions to keep: those of the windows open on the site, or both if none is (nothing says which is read). */
export function editionsRead(windowPaths: readonly string[]): Edition[] {
  const read = new Set(windowPaths.map(editionOf));
  return read.size ? [...read].sort() : ['hans', 'hant'];
}

/** The addresses to fetch at install for these editions. */
export const addressesFor = (list: PrecacheList, editions: readonly Edition[]) => [
  ...list.shared,
  ...editions.flatMap((e) => list.pages[e]),
];

/** The caches an activated version deletes: every other version's, never another app's. */
export const staleCaches = (names: readonly string[], current: string) =>
  names.filter((name) => name.startsWith(cachePrefix) && name !== current);
