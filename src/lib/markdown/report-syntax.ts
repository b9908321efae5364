import type { Node, Nodes, Root } from 'mdast';
import { fromMarkdown, type Options as FromMarkdownOptions } from 'mdast-util-from-markdown';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { toString } from 'mdast-util-to-string';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { ContentProblem } from '../content-error';

/**
 * How a report file is parsed. The report is plain text; Markdown only stores it: paragraphs, one
 * per line, `##` and `###` headings, and GFM footnotes (`[^n]`, `[^n]: 术语`). So a report is not
 * parsed as GFM, only with GFM's footnote part (the micromark and mdast extensions remark-gfm is
 * made of), and without CommonMark's inline constructs that ordinary text looks like: `*`/`_`
 * emphasis (2*3*4), code spans, backslash escapes and character references stay text, as written.
 * GFM's strikethrough and autolink literals are not there at all (增长3~5个百分点,投资10~20亿元
 * was struck through). Hard breaks need a paragraph over two lines, which checkReportSyntax
 * refuses. The block and link constructs stay parsed, so that checkReportSyntax refuses each at
 * its line, rather than letting it publish as stray text.
 */
const reportParseOptions: FromMarkdownOptions = {
  extensions: [gfmFootnote(), { disable: { null: ['attention', 'codeText', 'characterEscape', 'characterReference', 'hardBreakEscape'] } }],
  mdastExtensions: [gfmFootnoteFromMarkdown()],
};

/** A unified parser, as remark-parse sets it on the processor. */
type Parser = (document: string, file: VFile) => Node;

/**
 * The remark plugin that parses report files with reportParseOptions. Astro's one Markdown
 * processor renders every Markdown file (the about page keeps GFM: its links and lists), so the
 * parser is chosen per file, by `isReport`.
 */
export function remarkReportParser(this: { parser?: Parser | undefined }, options: { isReport: (file: VFile) => boolean }) {
  const parseOther = this.parser;
  if (!parseOther) throw new Error('remarkReportParser must come after remark-parse');
  this.parser = (document, file) => (options.isReport(file) ? fromMarkdown(document, reportParseOptions) : parseOther(document, file));
}

/** What each refused Markdown node is, as an editor would recognise it. */
const refused: Partial<Record<Nodes['type'], string>> = {
  list: 'a list (a line starting "1. ", "1) ", "- ", "+ " or "* ")',
  blockquote: 'a block quote (a line starting ">")',
  code: 'a code block (a line indented by four spaces, or fenced by ``` or ~~~)',
  thematicBreak: 'a thematic break (a line of ---, *** or ___)',
  link: 'a link',
  image: 'an image',
  definition: 'a link reference definition ("[…]: …" at the start of a line)',
  linkReference: 'a link',
  imageReference: 'an image',
};

/**
 * What a report may hold, checked node by node: paragraphs of one line, ATX headings `##` and
 * `###` with text, footnote markers and definitions, and text. Every other node is refused at its
 * line, as is raw HTML (no markup of the report's own may reach the page) and a character
 * reference: the source is plain text, so `&amp;` or `&#xD800;` is an HTML-ism, not the report's.
 */
export function checkReportSyntax(tree: Root, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const problem = (line: number | undefined, message: string) => void problems.push({ file, line, message });
  visit(tree, (node) => {
    const start = node.position?.start.line;
    const end = node.position?.end.line;
    switch (node.type) {
      case 'root':
      case 'footnoteReference':
        return;
      case 'footnoteDefinition':
        // The definitions are not rendered (the notes come from the glossary): a marker in one would vanish.
        visit(node, 'footnoteReference', (ref) =>
          problem(ref.position?.start.line, 'a footnote marker inside a footnote definition; a definition names one glossary term'),
        );
        return;
      case 'text':
        for (const m of node.value.matchAll(/&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);/g))
          problem(start, `"${m[0]}" is an HTML character reference; write the character itself (a report is plain text)`);
        return;
      case 'paragraph':
        if (start !== undefined && end !== start)
          problem(
            start + 1,
            'this line continues the paragraph of the line before; write one paragraph per line, with a blank line between (a table is not report text either)',
          );
        return;
      case 'heading':
        if (start !== end) problem(end, 'a line of "=" or "-" under a paragraph makes it a heading; mark a heading "##" or "###" instead');
        else if (node.depth !== 2 && node.depth !== 3)
          problem(start, `a "${'#'.repeat(node.depth)}" heading; a report's headings are "##" (parts) and "###" (sections)`);
        else if (!toString(node).trim()) problem(start, 'a heading with no text');
        return;
      case 'html': {
        const excerpt = node.value.length > 40 ? `${node.value.slice(0, 40)}…` : node.value;
        problem(start, `raw HTML is not allowed in a report: ${excerpt}`);
        return SKIP;
      }
      default: {
        const url = 'url' in node ? ` to "${node.url}"` : '';
        problem(start, `${refused[node.type] ?? `Markdown "${node.type}"`}${url} is not allowed in a report, which is plain text`);
        return SKIP;
      }
    }
  });
  return problems;
}
