import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { GlossaryEntry } from '../content/glossary';
import { findParagraph, type Report } from '../content/model';
import { setPunctuation } from '../punctuation';
import { reportPath } from '../reports';
import { strings } from '../strings';

/**
 * A glossary entry as HTML: term, basis, definition (or a plain "unknown" with the known clues),
 * links to the report paragraphs that explain it, and its source. The one rendering of an entry,
 * used for the notes at the end of each report and on the glossary page. A report's note links
 * to the clues in the glossary (`cluesHref`) instead of repeating them: they restate the report's
 * own sentences, and the report page has a byte budget. The entries' prose is typeset as the
 * reports are (punctuation.ts).
 */
export function entryBody(entry: GlossaryEntry, reports: Report[], cluesHref?: string): Element[] {
  // Classes only where an entry differs (an unknown meaning): every class costs report-page bytes.
  const unknown = entry.basis === 'unknown';
  const basis = setPunctuation(`${strings.basis[entry.basis]}${entry.basisNote ? `（${entry.basisNote}）` : ''}`);
  const body: Element[] = [
    h('p', [
      h('dfn', entry.term),
      ' ',
      h('span', { class: unknown ? 'basis unknown' : 'basis' }, `${strings.footnoteBasisLabel}：${basis}`),
    ]),
  ];
  if (entry.definition) body.push(h('p', setPunctuation(entry.definition)));
  else body.push(h('p', { class: 'unknown' }, strings.unknownDefinition));
  if (entry.clues && cluesHref) body.push(h('p', { class: 'note-clues' }, h('a', { href: cluesHref }, strings.cluesInGlossary)));
  else if (entry.clues) body.push(h('p', { class: 'note-clues' }, `${strings.clues}：${setPunctuation(entry.clues)}`));
  const cites: ElementContent[] = [];
  for (const cite of entry.cites) {
    // The content model has checked every cite against its report.
    const paragraph = findParagraph(reports, cite.report, cite.quote)!;
    if (cites.length) cites.push({ type: 'text', value: '；' });
    cites.push(h('a', { href: `${reportPath(cite.report)}#${paragraph.id}` }, strings.seeParagraph(cite.report, paragraph.id)));
  }
  if (cites.length) body.push(h('p', { class: 'note-cites' }, cites));
  if (entry.source) {
    const { name, date, url } = entry.source;
    const label = setPunctuation(`${strings.sourceCitation}：${name}${date ? `，${date}` : ''}`);
    body.push(h('p', { class: 'note-source' }, url ? h('a', { href: url }, label) : label));
  }
  return body;
}

export function entryHtml(entry: GlossaryEntry, reports: Report[]): string {
  return toHtml(entryBody(entry, reports));
}
