import type { FootnoteDefinition, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { ContentProblem } from '../content-error';

/**
 * What can be wrong in one report file on its own. GFM footnotes silently leave a marker without
 * a definition as plain text and remark-rehype silently drops a definition nobody cites; both
 * are content errors here, as are a leftover source marker "[12]" (or full-width "［12］") and a
 * definition that names no term. What Markdown a report may use is report-syntax.ts's to check.
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
  // The brackets and digits either ASCII or full-width (［12］), as a copy from a word processor has them.
  for (const m of node.value.matchAll(/[[［]([0-9０-９]+)[\]］]/g)) {
    const label = m[1]!.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
    problems.push({ file, line, message: `"${m[0]}" looks like a source footnote marker; write it as [^${label}] with a definition` });
  }
  return problems;
}
