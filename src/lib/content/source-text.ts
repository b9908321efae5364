import { parseFrontmatter } from '@astrojs/markdown-remark';
import { ContentError } from '../content-error';
import type { ReportFrontmatter } from '../report-schema';
import { contentPaths } from './files';
import type { TextFile } from './model';

/**
 * Each report's text as its source has it, for the download /reports/<year>.txt
 * (src/pages/reports/[year].txt.ts):
 * - a report of the 2017 seed (its frontmatter names its place there, `sourcePosition: N`) is the
 *   seed's section 篇N, byte for byte (seedSections);
 * - a report from another source (no `sourcePosition`) is its Markdown, which holds that source's
 *   text one paragraph per line, without the editor's marks: the ## and ### of headings, the
 *   footnote definitions, and each marker [^n] written back as the source's [n].
 */
export function reportSourceText(report: Pick<ReportFrontmatter, 'sourcePosition'> & { file: string }, read: (file: string) => TextFile): string {
  if (report.sourcePosition === undefined) return markdownSourceText(read(report.file).text);
  const seed = read(contentPaths.seedFile);
  const section = seedSections(seed.text).get(report.sourcePosition);
  if (section !== undefined) return section;
  const file = read(report.file);
  throw new ContentError([
    {
      file: report.file,
      line: file.text.split('\n').findIndex((l) => l.startsWith('sourcePosition:')) + 1 || undefined,
      message: `sourcePosition ${report.sourcePosition}: ${seed.file} has no 江门市政府工作报告篇${report.sourcePosition}; leave sourcePosition out for a report from another source`,
    },
  ]);
}

/** The title line of each report in the seed: 江门市政府工作报告篇1, 篇2… */
const pieceTitle = /^江门市政府工作报告篇(\d+)$/;
/** Where the re-posting site's own links begin, after the last report. */
const seedEnd = '更多相关阅读';

/**
 * The reports of the 2017 seed (content/source/seed-2017-05-12.txt) by their place 篇N: each is
 * the seed's lines between its title line and the next title (or 更多相关阅读), as they are,
 * without the blank lines at either end. The fidelity test reads the reports out of the seed
 * with this too (tests/support/seed.ts).
 */
export function seedSections(seed: string): Map<number, string> {
  const lines = seed.split('\n');
  const titles = lines.flatMap((line, at) => {
    const title = pieceTitle.exec(line.trim());
    return title ? [{ piece: Number(title[1]), at }] : [];
  });
  const sections = new Map<number, string>();
  for (const [k, { piece, at }] of titles.entries()) {
    const next = titles[k + 1]?.at ?? lines.length;
    const end = lines.findIndex((line, i) => i > at && i < next && line.trim() === seedEnd);
    sections.set(piece, textOf(lines.slice(at + 1, end === -1 ? next : end)));
  }
  return sections;
}

/** A report's text in its Markdown file, as the source has it (see reportSourceText). */
export function markdownSourceText(markdownFile: string): string {
  return textOf(
    parseFrontmatter(markdownFile)
      .content.split('\n')
      .filter((line) => !/^\[\^[^\]]+\]:/.test(line))
      .map((line) => line.replace(/^#{2,3} /, '').replace(/\[\^([^\]]+)\]/g, '[$1]')),
  );
}

/** Lines as a text file: without blank lines at either end, each line ending in a line break. */
function textOf(lines: string[]): string {
  const blank = (line: string | undefined) => line !== undefined && !line.trim();
  const kept = [...lines];
  while (blank(kept[0])) kept.shift();
  while (blank(kept.at(-1))) kept.pop();
  return kept.map((line) => `${line}\n`).join('');
}
