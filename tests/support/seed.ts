import { readFileSync } from 'node:fs';

/**
 * The source document, read independently of the site's code: the expected text of every report,
 * one entry per non-empty line of the seed, footnote markers "[n]" kept.
 */
export const seedFile = new URL('../../content/source/seed-2017-05-12.txt', import.meta.url);

/** 篇N of the source → report year (from the project brief, not from the content files). */
export const yearOfPiece: Record<number, number> = { 1: 2016, 2: 2012, 3: 2015 };

export function seedReports(): Map<number, string[]> {
  const lines = readFileSync(seedFile, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const reports = new Map<number, string[]>();
  let current: string[] | undefined;
  for (const line of lines) {
    const piece = /^江门市政府工作报告篇(\d)$/.exec(line);
    if (piece) {
      current = [];
      reports.set(yearOfPiece[Number(piece[1])]!, current);
    } else if (line === '更多相关阅读') {
      current = undefined; // the re-posting site's own links follow
    } else {
      current?.push(line);
    }
  }
  return reports;
}
