import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { throwIfProblems } from './content-error';
import { checkFootnotes } from './footnote-check';
import { cachedGlossary } from './content-cache';
import { reportBlocks } from './report-blocks';

export interface TocEntry {
  id: string;
  depth: number;
  text: string;
}

/**
 * Remark stage of a report: fail on broken footnotes, give every top-level heading and paragraph
 * its stable id, and hand the table of contents to the page (remarkPluginFrontmatter.toc), built
 * from the report's own heading text before any editorial mark is added.
 */
export function remarkReport(options: { glossaryFile: string; reportsDir: string }) {
  return (tree: Root, file: VFile) => {
    if (!isReport(file, options.reportsDir)) return;
    const name = relative(process.cwd(), file.path);
    const glossaryName = relative(process.cwd(), options.glossaryFile);
    const offset = frontmatterLines(file);
    const problems = checkFootnotes(tree, name, cachedGlossary(options.glossaryFile), glossaryName);
    throwIfProblems(problems.map((p) => (p.line ? { ...p, line: p.line + offset } : p)));
    const toc: TocEntry[] = [];
    for (const block of reportBlocks(tree)) {
      block.node.data = { ...block.node.data, hProperties: { ...block.node.data?.hProperties, id: block.id } };
      if (block.kind === 'heading') toc.push({ id: block.id, depth: block.depth, text: block.text });
    }
    const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
    (astro.frontmatter ??= {}).toc = toc;
  };
}

/** The report plugins apply to the reports only, not to other Markdown (such as the about page). */
export function isReport(file: VFile, reportsDir: string): boolean {
  return !relative(resolve(reportsDir), resolve(file.path)).startsWith('..');
}

/**
 * Astro hands the plugins the Markdown body, trimmed and without its frontmatter, so positions
 * count from the body; where the body starts in the file maps them back to the file's lines.
 */
function frontmatterLines(file: VFile): number {
  const source = readFileSync(file.path, 'utf8');
  const start = source.indexOf(String(file.value));
  return start <= 0 ? 0 : source.slice(0, start).split('\n').length - 1;
}
