import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Remembers what was computed from some files until one of them changes. The Markdown plugins
 * run once per report and each needs the glossary and every report's index: without this, a
 * build of n reports would parse all n reports n times.
 */
export function cachedByFiles<T>(compute: (path: string) => T): (path: string) => T {
  const cache = new Map<string, { stamp: string; value: T }>();
  return (path) => {
    const stat = statSync(path);
    const files = stat.isDirectory() ? readdirSync(path).map((f) => join(path, f)) : [path];
    const stamp = files.map((f) => `${f}:${statSync(f).mtimeMs}`).join('|');
    const hit = cache.get(path);
    if (hit?.stamp === stamp) return hit.value;
    const value = compute(path);
    cache.set(path, { stamp, value });
    return value;
  };
}
