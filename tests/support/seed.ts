import { readFileSync } from 'node:fs';
import { seedSections } from '../../src/lib/content/source-text';

/**
 * The source document, read independently of the site's Markdown: the expected text of every
 * report, one entry per non-empty line of its section of the seed (the sections as the text
 * downloads give them, src/lib/content/source-text.ts), footnote markers "[n]" kept.
 */
export const seedFile = new URL('../../content/source/seed-2017-05-12.txt', import.meta.url);

/** 篇N of the source → report year (from the project brief, not from the content files). */
export const yearOfPiece: Record<number, number> = { 1: 2016, 2: 2012, 3: 2015 };

export function seedReports(): Map<number, string[]> {
  const reports = new Map<number, string[]>();
  for (const [piece, text] of seedSections(readFileSync(seedFile, 'utf8'))) {
    reports.set(
      yearOfPiece[piece]!,
      text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
    );
  }
  return reports;
}
