import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { toString } from 'mdast-util-to-string';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import { reportBlocks, type ReportBlock } from './report-blocks';

/** One report's Markdown, read straight from content/reports (used across reports, e.g. for cites). */
export interface IndexedReport {
  year: number;
  title: string;
  file: string;
  blocks: ReportBlock[];
  /** Each footnote marker: its label, the term its definition names, and the block citing it. */
  notes: { label: string; term: string; blockId: string }[];
}

const frontmatterRe = /^---\n([\s\S]*?)\n---\n/;

/** Splits a Markdown file into its frontmatter data and its body, trimmed as Astro hands it on. */
export function splitFrontmatter(text: string): { data: Record<string, unknown>; body: string } {
  const match = frontmatterRe.exec(text);
  if (!match) return { data: {}, body: text.trim() };
  const data = (parseYaml(match[1]!) ?? {}) as Record<string, unknown>;
  return { data, body: text.slice(match[0].length).trim() };
}

export function indexReportMarkdown(text: string, file: string): IndexedReport {
  const { data, body } = splitFrontmatter(text);
  const tree = unified().use(remarkParse).use(remarkGfm).parse(body);
  const blocks = reportBlocks(tree);
  const terms = new Map<string, string>();
  visit(tree, 'footnoteDefinition', (def) => void terms.set(def.identifier, toString(def).trim()));
  const notes = blocks.flatMap((block) => {
    const labels: string[] = [];
    visit(block.node, 'footnoteReference', (ref) => void labels.push(ref.label ?? ref.identifier));
    return labels.map((label) => ({ label, term: terms.get(label.toLowerCase()) ?? '', blockId: block.id }));
  });
  return { year: Number(data.year), title: String(data.title ?? ''), file, blocks, notes };
}

export function indexReports(reportsDir: string): IndexedReport[] {
  return readdirSync(reportsDir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const file = join(reportsDir, name);
      return indexReportMarkdown(readFileSync(file, 'utf8'), file);
    });
}

/** The first paragraph of that year's report whose text contains the quote, if any. */
export function findParagraph(reports: IndexedReport[], year: number, quote: string): ReportBlock | undefined {
  return reports
    .find((r) => r.year === year)
    ?.blocks.find((b) => b.kind === 'paragraph' && b.text.includes(quote));
}

const sectionsCache = new WeakMap<IndexedReport, Map<string, { id: string; text: string }>>();

/**
 * For each block, the section it is in: the nearest heading at or before it ('' before any).
 * Remembered per report, since the glossary asks once per term.
 */
export function sectionsOf(report: IndexedReport): Map<string, { id: string; text: string }> {
  const known = sectionsCache.get(report);
  if (known) return known;
  const sections = new Map<string, { id: string; text: string }>();
  let current = { id: '', text: '' };
  for (const block of report.blocks) {
    if (block.kind === 'heading') current = { id: block.id, text: block.text };
    sections.set(block.id, current);
  }
  sectionsCache.set(report, sections);
  return sections;
}
