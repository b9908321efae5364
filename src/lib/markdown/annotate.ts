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
  /** The heading or paragraph the text is in. */
  block: Element;
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
  const texts: { node: Text; parent: Element; block: Element }[] = [];
  for (const block of body) {
    visit(block, 'text', (node: Text, _index, parent) => void texts.push({ node, parent: parent as Element, block }));
  }

  const matches: Match[] = [];
  for (const annotation of annotations) {
    const found = texts.flatMap(({ node, parent, block }) =>
      indexesOf(node.value, annotation.after).map((start) => ({
        node,
        parent,
        block,
        start,
        end: start + markOffset(annotation),
        annotation,
      })),
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
  for (const m of [...matches].sort((a, b) => b.end - a.end)) insertAfter(m, mark(m.annotation, m.block.tagName !== 'p'));
  return problems;
}

/** Where in its `after` text a mark stands: a year mark right after its "20xx" (20xx〔2015〕年), wherever in `after` that is. */
function markOffset(annotation: Annotation): number {
  const placeholder = annotation.kind === 'year' ? annotation.after.lastIndexOf(yearPlaceholder) : -1;
  return placeholder === -1 ? annotation.after.length : placeholder + yearPlaceholder.length;
}

/** A mark's visible sign: 〔2015〕 (〔2012？〕 when the year is inferred), 〔合〕. */
function markSign(annotation: Annotation): string {
  const sign = annotation.kind === 'seam' ? strings.seamSign : `${yearOf(annotation.note)}${/已确认/.test(annotation.note) ? '' : '？'}`;
  return `〔${sign}〕`;
}

/**
 * A heading's or paragraph's text (`text`, as the Markdown has it) as the page shows it: its
 * punctuation set (src/lib/punctuation.ts, which moves no character) and cut where its editorial
 * marks stand, each mark a part of its own (20xx · 〔2016〕 · 年工作安排). The one way a heading is
 * named beside the page: in the contents, in search results and in the glossary.
 */
export function markedText(text: string, annotations: Annotation[]): { text: string; mark: boolean }[] {
  const typeset = setPunctuation(text);
  const marks = annotations
    .flatMap((a) => {
      const at = text.indexOf(a.after);
      return at === -1 ? [] : [{ at: at + markOffset(a), sign: markSign(a) }];
    })
    .sort((a, b) => a.at - b.at);
  const parts: { text: string; mark: boolean }[] = [];
  let from = 0;
  for (const { at, sign } of marks) {
    parts.push({ text: typeset.slice(from, at), mark: false }, { text: sign, mark: true });
    from = at;
  }
  parts.push({ text: typeset.slice(from), mark: false });
  return parts.filter((part) => part.text);
}

function indexesOf(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/**
 * The visible editorial mark, compact so that it does not break the sentence: 〔2015〕 after a
 * "20xx" (〔2012？〕 when the year is inferred), 〔合〕 at a seam. Its note is in the mark, shown on
 * hover and keyboard focus (CSS) and read by screen readers in a paragraph; in a heading it is
 * left out of the heading's name, which is then the heading as the contents name it
 * (20xx〔2016〕年工作安排, `markedText`). The mark links to /about/, which explains the marks.
 * data-editorial lets fidelity checks and search leave it out. No role=note: a note role may not
 * stand inside a heading (HTML-ARIA).
 */
export function mark(annotation: Annotation, inHeading: boolean): Element {
  return h('a', { class: `ed ed-${annotation.kind}`, href: aboutMarks, dataEditorial: true }, [
    markSign(annotation),
    h('span', { ariaHidden: inHeading ? 'true' : undefined }, `${strings.editorialNote}${setPunctuation(annotation.note)}`),
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
