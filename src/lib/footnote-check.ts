import type { FootnoteDefinition, Paragraph, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { ContentProblem } from './content-error';
import { formsOf, type Glossary } from './glossary';

/**
 * Footnote integrity of one report. remark-gfm silently leaves a marker without a definition as
 * plain text and remark-rehype silently drops a definition nobody cites; both are content errors
 * here, as are a leftover source marker "[12]" and a definition naming no glossary term.
 */
export function checkFootnotes(tree: Root, file: string, glossary: Glossary, glossaryName: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const cited = new Set<string>();
  const definitions: FootnoteDefinition[] = [];
  const citingParagraphs = new Map<string, Paragraph>();

  visit(tree, (node, _index, parent) => {
    if (node.type === 'footnoteReference') {
      cited.add(node.identifier);
      if (parent?.type === 'paragraph') citingParagraphs.set(node.identifier, parent);
    }
    if (node.type === 'footnoteDefinition') definitions.push(node);
    if (node.type === 'text') problems.push(...strayMarkers(node, file));
  });

  const defined = new Set<string>();
  for (const def of definitions) {
    const line = def.position?.start.line;
    const term = toString(def).trim();
    if (defined.has(def.identifier)) problems.push({ file, line, message: `footnote [^${def.label}] is defined twice` });
    defined.add(def.identifier);
    if (!cited.has(def.identifier)) {
      problems.push({ file, line, message: `footnote [^${def.label}] is defined but no marker cites it` });
    }
    const entry = glossary.byTerm.get(term);
    if (!entry) {
      problems.push({ file, line, message: `footnote [^${def.label}] names "${term}", which is not a term in ${glossaryName}` });
      continue;
    }
    // The note must explain a term the cited sentence actually uses (as written: see `forms`).
    const paragraph = citingParagraphs.get(def.identifier);
    if (paragraph && !formsOf(entry).some((form) => toString(paragraph).includes(form))) {
      problems.push({
        file,
        line: paragraph.position?.start.line,
        message: `the paragraph citing [^${def.label}] does not contain "${formsOf(entry).join('" or "')}" (add the text's form of the term to its forms in ${glossaryName})`,
      });
    }
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
