import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { z } from 'zod';
import { annotate } from './annotate';
import { throwIfProblems } from '../content-error';
import { elements } from './hast';
import { setElementPunctuation } from '../punctuation';
import { isReport } from './remark-report';
import { annotationSchema } from '../report-schema';

/**
 * Rehype stage of a report, from the report's own file only: editorial annotations (from its
 * frontmatter), the punctuation set full-width in Chinese context (punctuation.ts) and ARIA
 * roles on footnote markers.
 */
export function rehypeReport(options: { reportsDir: string }) {
  return (tree: Root, file: VFile) => {
    if (!isReport(file, options.reportsDir)) return;
    const name = relative(process.cwd(), file.path);
    const frontmatter = (file.data.astro as { frontmatter?: { annotations?: unknown } } | undefined)?.frontmatter;
    const annotations = z.array(annotationSchema).default([]).parse(frontmatter?.annotations);
    const source = readFileSync(file.path, 'utf8').split('\n');
    const locate = (needle: string) => {
      const index = source.findIndex((line) => line.includes(needle));
      return { file: name, line: index === -1 ? undefined : index + 1 };
    };
    const body = tree.children.filter((c): c is Element => c.type === 'element');
    throwIfProblems(annotate(body, annotations, locate));
    // After annotating: the annotations name the source's own text. Marker numbers stay as they are.
    for (const el of body) setElementPunctuation(el, (child) => child.tagName === 'sup');
    for (const a of body.flatMap((el) => elements(el, 'a'))) {
      if (!('dataFootnoteRef' in a.properties)) continue;
      // The role says what the link is (and is what the page selects markers by); GFM's
      // aria-describedby (the "注释" heading) and data attribute add nothing but bytes.
      a.properties.role = 'doc-noteref';
      delete a.properties.ariaDescribedBy;
      delete a.properties.dataFootnoteRef;
    }
  };
}
