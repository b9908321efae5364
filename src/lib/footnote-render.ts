import type { Element } from 'hast';
import { h } from 'hastscript';
import type { ContentProblem } from './content-error';
import type { Glossary } from './glossary';
import { entryBody } from './glossary-render';
import type { IndexedReport } from './report-index';
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
    for (const a of backrefs) {
      a.properties.role = 'doc-backlink';
      delete a.properties.className; // GFM's class="data-footnote-backref" repeats its data attribute
    }
    const body = entryBody(entry, reports, (message) => problems.push({ file: glossaryFile, message: `"${entry.term}": ${message}` }));
    // The way back on its own line, clear of the note's other links (WCAG 2.5.8 target spacing).
    body.push(h('p', { class: 'note-back' }, backrefs));
    li.children = body;
  }
  return problems;
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
