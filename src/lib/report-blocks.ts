import type { Heading, Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';

/**
 * The numbering of a report's blocks, the one rule behind every anchor on a report page:
 * top-level headings are s-1, s-2… and top-level paragraphs p-1, p-2…, in document order.
 * The report text never changes, so these anchors are stable and citable. Footnote definitions
 * are not top-level blocks of the report and are not numbered.
 */
export interface ReportBlock {
  kind: 'heading' | 'paragraph';
  id: string;
  /** Heading depth (2, 3…); 0 for paragraphs. */
  depth: number;
  /** Plain text, footnote markers left out. */
  text: string;
  line: number | undefined;
  node: Heading | Paragraph;
}

export function reportBlocks(tree: Root): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  let headings = 0;
  let paragraphs = 0;
  for (const node of tree.children) {
    if (node.type !== 'heading' && node.type !== 'paragraph') continue;
    const isHeading = node.type === 'heading';
    blocks.push({
      kind: isHeading ? 'heading' : 'paragraph',
      id: isHeading ? `s-${++headings}` : `p-${++paragraphs}`,
      depth: isHeading ? node.depth : 0,
      text: toString(node),
      line: node.position?.start.line,
      node,
    });
  }
  return blocks;
}
