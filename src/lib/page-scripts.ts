import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The JavaScript a built page loads before any interaction: its module scripts and, recursively,
 * their static imports. Dynamic imports (charts, search, highlighting) are on demand and excluded.
 */
export function initialScripts(distDir: string, html: string): string[] {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const code = readFileSync(join(distDir, path), 'utf8');
    const dir = path.slice(0, path.lastIndexOf('/') + 1);
    for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[^"'()]*?from\s*)?["']\.\/([^"']+)["']/g)) visit(dir + m[1]);
  };
  for (const m of html.matchAll(/<script[^>]*type="module"[^>]*src="\/([^"]+)"/g)) visit(m[1]!);
  return [...seen];
}

export const gzipSize = (distDir: string, path: string) => gzipSync(readFileSync(join(distDir, path)), { level: 9 }).length;
