import type { Element, ElementContent, Text } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import type { ContentProblem } from '../content-error';
import type { Annotation } from '../report-schema';
import { setPunctuation } from '../punctuation';
import { strings } from '../strings';

/** The placeholder the source writes instead of a year; each one needs a year annotation. */
const yearPlaceholder = '20xx';

interface Match {
  node: Text;
  parent: Element;
  start: number;
  end: number;
  annotation: Annotation;
}

/**
 * Places each editorial annotation right after the one place its `after` text occurs in the
 * report body (a year annotation right after the "20xx" in it). The text nodes are split, never rewritten. Problems: an `after` found nowhere or
 * more than once, and a "20xx" that no year annotation explains.
 */
export function annotate(
  body: Element[],
  annotations: Annotation[],
  locate: (after: string) => { file: string; line?: number | undefined },
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const texts: { node: Text; parent: Element }[] = [];
  for (const el of body) {
    visit(el, 'text', (node: Text, _index, parent) => void texts.push({ node, parent: parent as Element }));
  }

  const matches: Match[] = [];
  for (const annotation of annotations) {
    // A year mark goes right after its "20xx" (20xx〔2015〕年), wherever in `after` that is.
    const placeholder = annotation.kind === 'year' ? annotation.after.lastIndexOf(yearPlaceholder) : -1;
    const length = placeholder === -1 ? annotation.after.length : placeholder + yearPlaceholder.length;
    const found = texts.flatMap(({ node, parent }) =>
      indexesOf(node.value, annotation.after).map((start) => ({ node, parent, start, end: start + length, annotation })),
    );
    if (found.length !== 1) {
      const where =
        found.length === 0 ? 'is not in the report text (within one run of text)' : `occurs ${found.length} times; make it unique`;
      problems.push({ ...locate(annotation.after), message: `annotation after "${annotation.after}" ${where}` });
    } else matches.push(found[0]!);
  }

  for (const { node } of texts) {
    for (const at of indexesOf(node.value, yearPlaceholder)) {
      const covered = matches.some((m) => m.node === node && m.annotation.kind === 'year' && m.start <= at && at < m.end);
      if (!covered) {
        const context = node.value.slice(Math.max(0, at - 8), at + 12);
        problems.push({ ...locate(context), message: `"${yearPlaceholder}" in "…${context}…" has no year annotation` });
      }
    }
  }
  if (problems.length) return problems;

  // Split from the end of each node backwards so earlier offsets stay valid.
  for (const m of [...matches].sort((a, b) => b.end - a.end)) insertAfter(m, mark(m.annotation));
  return problems;
}

function indexesOf(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/**
 * The visible editorial mark, compact so that it does not break the sentence: 〔2015〕 after a
 * "20xx" (〔2012？〕 when the year is inferred), 〔合〕 at a seam. Its note is in the mark, shown on
 * hover and keyboard focus (CSS) and read by screen readers; the mark links to /about/, which
 * explains the marks. data-editorial lets fidelity checks and search leave it out. No role=note:
 * a note role may not stand inside a heading (HTML-ARIA).
 */
export function mark(annotation: Annotation): Element {
  const sign = annotation.kind === 'seam' ? strings.seamSign : `${yearOf(annotation.note)}${/已确认/.test(annotation.note) ? '' : '？'}`;
  return h('a', { class: `ed ed-${annotation.kind}`, href: aboutMarks, dataEditorial: true }, [
    `〔${sign}〕`,
    h('span', `${strings.editorialNote}${setPunctuation(annotation.note)}`),
  ]);
}

/** The section of /about/ that explains the marks (its heading 编者注, as Astro gives it an id). */
const aboutMarks = '/about/#编者注';

/** The year a year note names (the schema requires one). */
const yearOf = (note: string) => /\d{4}/.exec(note)![0];

/** Splits the matched text node at the match's end and puts `element` between the halves. */
function insertAfter({ node, parent, end: offset }: Match, element: Element): void {
  const index = parent.children.indexOf(node);
  const rest: ElementContent[] = offset < node.value.length ? [{ type: 'text', value: node.value.slice(offset) }] : [];
  node.value = node.value.slice(0, offset);
  parent.children.splice(index + 1, 0, element, ...rest);
}
