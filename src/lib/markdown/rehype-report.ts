import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { z } from 'zod';
import { annotate } from './annotate';
import { ContentError, throwIfProblems } from '../content-error';
import { elements } from './hast';
import { setElementPunctuation } from '../punctuation';
import { isReport } from './remark-report';
import { annotationSchema } from '../report-schema';

/**
 * Rehype stage of a report, from the report's own file only: editorial annotations (from its
 * frontmatter), the punctuation set full-width in Chinese context (punctuation.ts), ARIA roles
 * on footnote markers, and each marker's sup left for the content model to finish
 * (`finishNoteMarkers`).
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
    for (const sup of body.flatMap((el) => elements(el, 'sup'))) {
      const a = sup.children.find((c) => c.type === 'element' && 'dataFootnoteRef' in c.properties);
      if (a?.type !== 'element') continue;
      // The role says what the link is (and is what the page selects markers by); GFM's
      // aria-describedby (the "注释" heading) and data attribute add nothing but bytes.
      a.properties.role = 'doc-noteref';
      delete a.properties.ariaDescribedBy;
      delete a.properties.dataFootnoteRef;
      sup.properties.dataNoteMarker = '';
    }
  };
}

/**
 * How a note marker's sup leaves the renderer: unfinished, for the content model to finish.
 * Whether a note's meaning is unknown (class "u") is the glossary's to say, and the rendering
 * reads only the report's own file, so that a glossary edit never needs a report re-rendered.
 */
const unfinishedMarker = '<sup data-note-marker="">';

/**
 * The rendered body with every note marker's sup finished, in document order (the order of the
 * report's notes): class "u" where `unknown` says the note's meaning is unknown.
 */
export function finishNoteMarkers(html: string, unknown: boolean[], file: string): string {
  const [start = '', ...rest] = html.split(unfinishedMarker);
  // A report's notes are the markers in its top-level headings and paragraphs (blocks.ts).
  if (rest.length !== unknown.length)
    throw new ContentError([
      {
        file,
        message: `${rest.length} footnote markers, ${unknown.length} of them in top-level headings and paragraphs: a marker may stand only there`,
      },
    ]);
  return start + rest.map((part, i) => (unknown[i] ? '<sup class="u">' : '<sup>') + part).join('');
}
