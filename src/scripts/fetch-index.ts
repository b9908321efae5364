import { manifestPath, searchIndexRoot } from '../lib/search/format';
import { indexReader } from '../lib/search/read-index';

/** How long a search may take before the page says it failed (a stalled request never ends). */
export const timeoutSeconds = 15;

/** The promise, or a rejection once the time is up. */
export function inTime<T>(promise: Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), timeoutSeconds * 1000);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

/**
 * A file of the search index, fetched as JSON; a stalled request is aborted after timeoutSeconds.
 * The manifest, whose path stays across builds, is revalidated (cheaply), so a new build is seen.
 */
async function fetchIndexFile(path: string): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error('timeout')), timeoutSeconds * 1000);
  try {
    const response = await fetch(`${searchIndexRoot}${path}`, {
      cache: path === manifestPath ? 'no-cache' : 'default',
      signal: controller.signal,
    }).catch((error: unknown) => {
      // No answer at all, and not our timeout: the network is not there (the worker keeps no index).
      throw controller.signal.aborted ? error : new Error('offline');
    });
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    return await response.json();
  } finally {
    clearTimeout(timer);
  }
}

/** The site's search index, read over HTTP, for the search page and its frequency panel alike (they share what it has fetched). */
export const siteIndex = indexReader(fetchIndexFile);
