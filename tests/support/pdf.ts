import { execFileSync } from 'node:child_process';

/**
 * What a PDF holds as text, read with poppler's pdftotext (Debian's poppler-utils, which .ci/run
 * and tools/ensure-tools.ts install): each page's text, in reading order, and the width of every
 * line of text on each page, in points.
 */
export function pdfText(file: string): { pages: string[]; lines: { page: number; width: number }[] } {
  const run = (...args: string[]) => {
    try {
      return execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error('pdftotext not found: apt-get install -y poppler-utils');
      throw error;
    }
  };
  // Pages end with a form feed.
  const pages = run('-enc', 'UTF-8').split('\f').slice(0, -1);
  const lines = run('-bbox-layout')
    .split('<page ')
    .slice(1)
    .flatMap((page, i) =>
      [...page.matchAll(/<line xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"/g)].map((m) => ({
        page: i + 1,
        width: Number(m[2]) - Number(m[1]),
      })),
    );
  return { pages, lines };
}
