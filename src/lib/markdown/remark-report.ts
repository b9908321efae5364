import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { z } from 'zod';
import { throwIfProblems } from '../content-error';
import { checkReportMarkdown } from './footnotes';
import { checkReportSyntax } from './report-syntax';
import { reportBlocks, reportNotes, reportStructureSchema, type ReportStructure } from './blocks';

/** The rendered frontmatter's key for the report's structure (the report's own keys are its schema's). */
const structureKey = 'reportStructure';
const renderedFrontmatterSchema = z.object({ [structureKey]: reportStructureSchema });

/**
 * Remark stage of a report, which reads nothing but the report's own file: fail on what is wrong
 * in the file itself, give every top-level heading and paragraph its stable id, and hand the
 * blocks (the headings are the table of contents) and the footnote markers to the content model
 * through the rendered frontmatter (Astro's remarkPluginFrontmatter; read back by
 * `readReportStructure`). The note definitions ("[^n]: 术语") are taken out: the page renders
 * each note from the glossary (ReportNotes.astro), so a glossary edit never needs a report
 * re-rendered.
 */
export function remarkReport(options: { reportsDir: string }) {
  return (tree: Root, file: VFile) => {
    if (!isReport(file, options.reportsDir)) return;
    const name = relative(process.cwd(), file.path);
    const offset = bodyLineOffset(file);
    const problems = [...checkReportSyntax(tree, name), ...checkReportMarkdown(tree, name)];
    throwIfProblems(problems.map((p) => (p.line ? { ...p, line: p.line + offset } : p)));

    const blocks = reportBlocks(tree, offset);
    for (const { node, block } of blocks) {
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id: block.id } };
    }
    const structure: ReportStructure = {
      blocks: blocks.map(({ block }) => block),
      notes: reportNotes(blocks, tree, offset),
    };
    tree.children = tree.children.filter((node) => node.type !== 'footnoteDefinition');
    // A new object: the frontmatter handed in is the entry's own data, which stays as it is.
    const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
    astro.frontmatter = { ...astro.frontmatter, [structureKey]: structure };
  };
}

/** The structure remarkReport handed on, from a report's rendered frontmatter. */
export function readReportStructure(frontmatter: unknown): ReportStructure {
  return renderedFrontmatterSchema.parse(frontmatter)[structureKey];
}

/** The report plugins apply to the reports only, not to other Markdown (such as the about page). */
export function isReport(file: VFile, reportsDir: string): boolean {
  return !relative(resolve(reportsDir), resolve(file.path)).startsWith('..');
}

/**
 * Astro hands the plugins the Markdown body, trimmed and without its frontmatter, so positions
 * count from the body; where the body starts in the file maps them back to the file's lines.
 */
export function bodyLineOffset(file: VFile): number {
  const source = readFileSync(file.path, 'utf8');
  const start = source.indexOf(String(file.value));
  return start <= 0 ? 0 : source.slice(0, start).split('\n').length - 1;
}
