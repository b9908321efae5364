import { createHash } from 'node:crypto';

/**
 * A version of the offline copy from the bytes that make it (the worker's code and every file it
 * precaches): a change in any gives another name, so another cache and another sw.js.
 */
export function versionOf(parts: Iterable<string | Uint8Array>): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    // Each part's length first, so that moving bytes from one part to the next changes the hash.
    const bytes = typeof part === 'string' ? Buffer.from(part) : part;
    hash.update(`${bytes.length}:`).update(bytes);
  }
  return hash.digest('hex').slice(0, 12);
}
