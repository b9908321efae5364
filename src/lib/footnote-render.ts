import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { ContentProblem } from './content-error';
import type { Glossary, GlossaryEntry } from './glossary';
import { findParagraph, type IndexedReport } from './report-index';
import { strings } from './strings';

/**
 * Renders the footnotes section that remark-rehype built from the definitions "[^n]: 术语" as
 * glossary entries: term, definition (or a plain "unknown"), its basis, cites and source. The
 * section is marked as editorial, since the original notes are lost.
 */
export function renderFootnotes(
  section: Element,
  glossary: Glossary,
  reports: IndexedReport[],
  glossaryFile: string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  section.properties.role = 'doc-endnotes';
  const headingIndex = section.children.findIndex((c) => c.type === 'element' && c.tagName === 'h2');
  section.children.splice(headingIndex + 1, 0, h('p', { class: 'footnotes-editorial', dataEditorial: '' }, strings.footnoteEditorialNote));

  for (const li of elements(section, 'li')) {
    const p = li.children.find((c): c is Element => c.type === 'element' && c.tagName === 'p');
    if (!p) continue;
    const backrefs = p.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'a');
    const term = p.children
      .filter((c) => c.type === 'text')
      .map((c) => (c as { value: string }).value)
      .join('')
      .trim();
    const entry = glossary.byTerm.get(term);
    if (!entry) continue; // checkFootnotes has already reported it.
    for (const a of backrefs) a.properties.role = 'doc-backlink';
    const body = entryBody(entry, reports, (message) => problems.push({ file: glossaryFile, message: `"${entry.term}": ${message}` }));
    const last = body[body.length - 1]!;
    last.children.push({ type: 'text', value: ' ' }, ...backrefs);
    li.properties.dataTerm = entry.id;
    li.children = body;
  }
  return problems;
}

function entryBody(entry: GlossaryEntry, reports: IndexedReport[], problem: (m: string) => void): Element[] {
  const basis = `${strings.basis[entry.basis]}${entry.basisNote ? `(${entry.basisNote})` : ''}`;
  const body: Element[] = [
    h('p', { class: 'note-head' }, [
      h('dfn', entry.term),
      ' ',
      h('span', { class: `basis basis-${entry.basis}` }, `${strings.footnoteBasisLabel}:${basis}`),
    ]),
  ];
  if (entry.definition) body.push(h('p', { class: 'note-definition' }, entry.definition));
  else body.push(h('p', { class: 'note-definition note-unknown' }, strings.unknownDefinition));
  if (entry.clues) body.push(h('p', { class: 'note-clues' }, `${strings.clues}:${entry.clues}`));
  const cites: ElementContent[] = [];
  for (const cite of entry.cites) {
    const paragraph = findParagraph(reports, cite.report, cite.quote);
    if (!paragraph) {
      problem(`cite "${cite.quote}" is not in the ${cite.report} report's text`);
      continue;
    }
    if (cites.length) cites.push({ type: 'text', value: ';' });
    cites.push(h('a', { href: `/reports/${cite.report}/#${paragraph.id}` }, `${strings.seeParagraph(cite.report)}“${cite.quote}”`));
  }
  if (cites.length) body.push(h('p', { class: 'note-cites' }, cites));
  if (entry.source) {
    const { name, date, url } = entry.source;
    const label = `${strings.sourceCitation}:${name}${date ? `,${date}` : ''}`;
    body.push(h('p', { class: 'note-source' }, url ? h('a', { href: url }, label) : label));
  }
  return body;
}

export function elements(root: Element, tagName: string): Element[] {
  const found: Element[] = [];
  const walk = (el: Element) => {
    for (const child of el.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === tagName) found.push(child);
      walk(child);
    }
  };
  walk(root);
  return found;
}
