import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { z } from 'zod';
import { annotate } from './annotate';
import { throwIfProblems, type ContentProblem } from './content-error';
import { cachedGlossary, cachedReports } from './content-cache';
import { elements, renderFootnotes } from './footnote-render';
import { isReport } from './remark-report';
import { annotationSchema } from './report-schema';

export interface RehypeReportOptions {
  glossaryFile: string;
  reportsDir: string;
}

/**
 * Rehype stage of a report: editorial annotations, ARIA roles on footnote markers, and the
 * footnotes rendered as glossary entries.
 */
export function rehypeReport(options: RehypeReportOptions) {
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

    const top = tree.children.filter((c): c is Element => c.type === 'element');
    const footnotes = top.find((el) => el.tagName === 'section' && 'dataFootnotes' in el.properties);
    const body = top.filter((el) => el !== footnotes);

    const problems: ContentProblem[] = annotate(body, annotations, locate);
    for (const a of body.flatMap((el) => elements(el, 'a'))) {
      if (!('dataFootnoteRef' in a.properties)) continue;
      // The role says what the link is; GFM's aria-describedby (the "注释" heading) adds nothing.
      a.properties.role = 'doc-noteref';
      delete a.properties.ariaDescribedBy;
    }
    if (footnotes) {
      problems.push(...renderFootnotes(footnotes, cachedGlossary(options.glossaryFile), cachedReports(options.reportsDir), relative(process.cwd(), options.glossaryFile)));
    }
    throwIfProblems(problems);
  };
}
