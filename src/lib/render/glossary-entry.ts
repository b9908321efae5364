import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { GlossaryEntry, Source } from '../content/glossary';
import { findParagraph, type Report } from '../content/model';
import { setPunctuation } from '../punctuation';
import { reportPath } from '../reports';
import { strings } from '../strings';

/**
 * A glossary entry as HTML: term, basis, definition (or a plain "unknown" with the known clues),
 * links to the report paragraphs that explain it, and its source. The one rendering of an entry,
 * used for the notes at the end of each report and on the glossary page. A report's note links
 * to the clues in the glossary (`cluesHref`) instead of repeating them: they restate the report's
 * own sentences, and the report page has a byte budget; for the same reason a report's note
 * leaves to the glossary the editor's basis notes, an unknown term's cites, and of each source
 * all but its publisher, date and copying site (sourceCitation). A report's note on a term whose
 * meaning is unknown is one line: the term, a mark that its meaning is unknown, and the way to
 * its clues (the sidenotes, the popover and print show that line). The entries' prose is typeset
 * as the reports are (src/lib/punctuation.ts).
 */
export function entryBody(entry: GlossaryEntry, reports: Report[], cluesHref?: string): Element[] {
  // Classes only where an entry differs (an unknown meaning): every class costs report-page bytes.
  const unknown = entry.basis === 'unknown';
  const inReport = cluesHref !== undefined;
  // In a report's note, the way to the clues ends the note's first line.
  const clues = entry.clues && inReport ? [' ', h('a', { class: 'clues', href: cluesHref }, strings.cluesInGlossary)] : [];
  if (unknown && inReport)
    return [h('p', [h('dfn', entry.term), ' ', h('span', { class: 'basis unknown' }, strings.unknownMark), ...clues])];
  const basisNote = entry.basisNote && !inReport ? `（${entry.basisNote}）` : '';
  const basis = setPunctuation(`${strings.basis[entry.basis]}${basisNote}`);
  const body: Element[] = [
    h('p', [
      h('dfn', entry.term),
      ' ',
      h('span', { class: unknown ? 'basis unknown' : 'basis' }, `${strings.footnoteBasisLabel}：${basis}`),
      ...clues,
    ]),
  ];
  if (entry.definition) body.push(h('p', setPunctuation(entry.definition)));
  else body.push(h('p', { class: 'unknown' }, strings.unknownDefinition));
  if (entry.clues && !inReport) body.push(h('p', { class: 'note-clues' }, `${strings.clues}：${setPunctuation(entry.clues)}`));
  const cites: ElementContent[] = [];
  // Two quotes from one paragraph make one link.
  const linked = new Set<string>();
  for (const cite of entry.cites) {
    // The content model has checked every cite against its report.
    const paragraph = findParagraph(reports, cite.report, cite.quote)!;
    const href = `${reportPath(cite.report)}#${paragraph.id}`;
    if (linked.has(href)) continue;
    linked.add(href);
    if (cites.length) cites.push({ type: 'text', value: '；' });
    cites.push(h('a', { href }, strings.seeParagraph(cite.report, paragraph.id)));
  }
  if (cites.length) body.push(h('p', { class: 'note-cites' }, cites));
  for (const source of entry.sources ?? []) body.push(h('p', { class: 'note-source' }, sourceCitation(source, !inReport)));
  return body;
}

/**
 * Who said it, first: 出处：南方日报《标题》，作者，2015年10月26日（转载于 中国红豆网 chinahongdou.com）.
 * The title (or, without one, the publisher) links to the page the editor read; a copy names the
 * site it is on, so the reader sees whose words they are and where they were read. A report's
 * note (`inFull` false) names the publisher, the date and the copying site only, linked: the
 * report page has a byte budget, and the glossary entry it links to gives the rest.
 */
function sourceCitation(source: Source, inFull: boolean): ElementContent[] {
  const reason = (note: string | undefined) => (inFull && note ? `（${note}）` : '');
  const publisher = source.publisher ?? `${strings.sourcePublisherUnknown}${reason(source.publisherNote)}`;
  const date = source.date ? sourceDateText(source.date) : `${strings.sourceDateUnknown}${reason(source.dateNote)}`;
  // The copy's domain, unless the site is named by its domain already (转载于 pranatta.com).
  const host = new URL(source.url).hostname;
  const via = source.via ? `${strings.sourceVia} ${source.via}${inFull && !namesHost(source.via, host) ? ` ${host}` : ''}` : '';
  const link = (text: string) => h('a', { href: source.url }, setPunctuation(text));
  const text = (value: string): ElementContent => ({ type: 'text', value: setPunctuation(value) });
  const viaMark: ElementContent[] = via ? [text('（'), h('span', { class: 'via' }, via), text('）')] : [];
  if (!inFull) return [text(`${strings.sourceCitation}：`), link(publisher), text(`，${date}`), ...viaMark];
  const title = source.title
    ? `《${source.title}》`
    : `（${strings.sourceTitleUnknown}${source.titleNote ? `：${source.titleNote}` : ''}）`;
  const author = source.author ? `，${source.author}` : '';
  return source.title
    ? [text(`${strings.sourceCitation}：${publisher}`), link(title), text(`${author}，${date}`), ...viaMark]
    : [text(`${strings.sourceCitation}：`), link(publisher), text(`${title}${author}，${date}`), ...viaMark];
}

/** Whether a site's name is its domain already: eeeqi.net names leelmy.eeeqi.net. */
const namesHost = (name: string, host: string) => host === name || host.endsWith(`.${name}`);

/** 2015-10-26 → 2015年10月26日; 2015-10 → 2015年10月; 2015 → 2015年. */
function sourceDateText(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month ? `${month}月` : ''}${day ? `${day}日` : ''}`;
}

export function entryHtml(entry: GlossaryEntry, reports: Report[]): string {
  return toHtml(entryBody(entry, reports));
}
