import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { footnotesHeadingId } from '../constants';
import type { ContentModel, Report } from '../content/model';
import { entryBody } from './glossary-entry';
import { glossaryNoteId } from '../reports';
import { strings } from '../strings';

/**
 * The notes of a report's GFM footnote markers, as GFM would lay them out (ids fn-N, ways back
 * to fnref-N, fnref-N-2…). The report file names each note's term ("[^n]: 术语"); the note is
 * that term's glossary entry, from the content model, so editing the glossary never needs the
 * report re-rendered.
 */
export function reportNotes(report: Report, content: ContentModel): Element {
  // One note per label, in the order its first marker appears (GFM's numbering).
  const notes = new Map<string, { term: string; markers: number }>();
  for (const n of report.notes) {
    const seen = notes.get(n.label);
    if (seen) seen.markers++;
    else notes.set(n.label, { term: n.term, markers: 1 });
  }
  const items = [...notes].map(([label, { term, markers }]) => {
    const back = Array.from({ length: markers }, (_, i) =>
      h(
        'a',
        {
          href: `#fnref-${label}${i ? `-${i + 1}` : ''}`,
          role: 'doc-backlink',
          ariaLabel: strings.footnoteBackLabel + (i ? `(${i + 1})` : ''),
        },
        ['↩', ...(i ? [h('sup', String(i + 1))] : [])],
      ),
    );
    const cluesHref = `/glossary/#${glossaryNoteId(report.year, label)}`;
    // The way back: CSS sets it on its own line (at the end of a one-line note), clear of the
    // note's other links (WCAG 2.5.8).
    return h('li', { id: `fn-${label}` }, [...entryBody(content.glossary.byTerm.get(term)!, content.reports, cluesHref), ...back]);
  });
  // A fold, open: src/scripts/sidenotes.ts closes it where the notes stand in the margin, print
  // and a link to a note open it.
  return h('section', { dataFootnotes: true, class: 'footnotes', role: 'doc-endnotes', ariaLabelledby: footnotesHeadingId }, [
    h('details', { open: true }, [
      h('summary', h('h2', { id: footnotesHeadingId }, strings.footnotesHeading)),
      h('p', { class: 'footnotes-editorial', dataEditorial: true }, strings.footnoteEditorialNote),
      h('ol', items),
    ]),
  ]);
}

export const reportNotesHtml = (report: Report, content: ContentModel): string => toHtml(reportNotes(report, content));
