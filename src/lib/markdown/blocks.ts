import type { FootnoteDefinition, Heading, Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { z } from 'zod';

/**
 * The numbering of a report's blocks, the one rule behind every anchor on a report page:
 * top-level headings are s-1, s-2… and top-level paragraphs p-1, p-2…, in document order.
 * The report text never changes, so these anchors are stable and citable. Footnote definitions
 * are not top-level blocks of the report and are not numbered.
 */
const reportBlockSchema = z
  .object({
    kind: z.enum(['heading', 'paragraph']),
    id: z.string(),
    /** Heading depth (2, 3…); 0 for paragraphs. */
    depth: z.number().int(),
    /** Plain text, footnote markers left out. */
    text: z.string(),
    /** Line in the report file. */
    line: z.number().int().optional(),
  })
  .strict();
export type ReportBlock = z.infer<typeof reportBlockSchema>;

/** A footnote marker: its label, the term its definition names, and where it stands. */
const noteRefSchema = z
  .object({
    label: z.string(),
    term: z.string(),
    blockId: z.string(),
    /** Line of the definition "[^n]: 术语" in the report file. */
    line: z.number().int().optional(),
  })
  .strict();
export type NoteRef = z.infer<typeof noteRefSchema>;

/**
 * What the Markdown pipeline learns of a report, handed to the content model. It travels in
 * the rendered frontmatter (src/lib/markdown/remark-report.ts), which Astro's content store keeps
 * as untyped data, so the model reads it back through this schema.
 */
export const reportStructureSchema = z.object({ blocks: z.array(reportBlockSchema), notes: z.array(noteRefSchema) }).strict();
export type ReportStructure = z.infer<typeof reportStructureSchema>;

/** The blocks of a report with their mdast nodes (the pipeline gives each node its id). */
export function reportBlocks(tree: Root, lineOffset = 0): { block: ReportBlock; node: Heading | Paragraph }[] {
  const blocks: { block: ReportBlock; node: Heading | Paragraph }[] = [];
  let headings = 0;
  let paragraphs = 0;
  for (const node of tree.children) {
    if (node.type !== 'heading' && node.type !== 'paragraph') continue;
    const isHeading = node.type === 'heading';
    const line = node.position?.start.line;
    blocks.push({
      node,
      block: {
        kind: isHeading ? 'heading' : 'paragraph',
        id: isHeading ? `s-${++headings}` : `p-${++paragraphs}`,
        depth: isHeading ? node.depth : 0,
        text: toString(node),
        line: line === undefined ? undefined : line + lineOffset,
      },
    });
  }
  return blocks;
}

/** Each footnote marker of the report, in order, with the block that carries it. */
export function reportNotes(blocks: { block: ReportBlock; node: Heading | Paragraph }[], tree: Root, lineOffset = 0): NoteRef[] {
  const definitions = new Map<string, FootnoteDefinition>();
  visit(tree, 'footnoteDefinition', (def) => void definitions.set(def.identifier, def));
  return blocks.flatMap(({ block, node }) => {
    const notes: NoteRef[] = [];
    visit(node, 'footnoteReference', (ref) => {
      const def = definitions.get(ref.identifier);
      const line = def?.position?.start.line;
      notes.push({
        label: ref.label ?? ref.identifier,
        term: def ? toString(def).trim() : '',
        blockId: block.id,
        line: line === undefined ? undefined : line + lineOffset,
      });
    });
    return notes;
  });
}
