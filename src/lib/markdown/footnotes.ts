import type { FootnoteDefinition, Html, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { ContentProblem } from '../content-error';

/**
 * What can be wrong in one report file on its own. remark-gfm silently leaves a marker without
 * a definition as plain text and remark-rehype silently drops a definition nobody cites; both
 * are content errors here, as are a leftover source marker "[12]", a definition that names no
 * term, and raw HTML (the report is text: no markup of its own may reach the page).
 * Whether each term is in the glossary is checked with the whole content (src/lib/content/model.ts).
 */
export function checkReportMarkdown(tree: Root, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const cited = new Set<string>();
  const definitions: FootnoteDefinition[] = [];
  visit(tree, (node) => {
    if (node.type === 'footnoteReference') cited.add(node.identifier);
    if (node.type === 'footnoteDefinition') definitions.push(node);
    if (node.type === 'text') problems.push(...strayMarkers(node, file));
    if (node.type === 'html') problems.push(rawHtml(node, file));
  });
  const defined = new Set<string>();
  for (const def of definitions) {
    const line = def.position?.start.line;
    if (defined.has(def.identifier)) problems.push({ file, line, message: `footnote [^${def.label}] is defined twice` });
    defined.add(def.identifier);
    if (!cited.has(def.identifier)) problems.push({ file, line, message: `footnote [^${def.label}] is defined but no marker cites it` });
    if (!toString(def).trim()) problems.push({ file, line, message: `footnote [^${def.label}] names no glossary term` });
  }
  return problems;
}

/** Text that looks like a footnote marker is one that did not resolve. */
function strayMarkers(node: Text, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const line = node.position?.start.line;
  for (const m of node.value.matchAll(/\[\^([^\]\s]+)\]/g)) {
    problems.push({ file, line, message: `footnote marker [^${m[1]}] has no definition` });
  }
  for (const m of node.value.matchAll(/\[(\d+)\]/g)) {
    problems.push({ file, line, message: `"[${m[1]}]" looks like a source footnote marker; write it as [^${m[1]}] with a definition` });
  }
  return problems;
}

function rawHtml(node: Html, file: string): ContentProblem {
  const excerpt = node.value.length > 40 ? `${node.value.slice(0, 40)}…` : node.value;
  return { file, line: node.position?.start.line, message: `raw HTML is not allowed in a report: ${excerpt}` };
}
