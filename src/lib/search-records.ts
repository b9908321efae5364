import type { Glossary } from './glossary';
import { sectionsOf, type IndexedReport } from './report-index';
import { reportPath } from './reports';
import { recallTokens } from './search-text';
import { strings } from './strings';

/**
 * One Pagefind record per report heading or paragraph and per glossary term, so a result is the
 * very paragraph to land on. The text to show and check rides in meta; the indexed content is the
 * record's characters (see search-text.ts).
 */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: SearchMeta;
}

export interface SearchMeta extends Record<string, string> {
  kind: 'report' | 'glossary';
  /** Report title, or the glossary term. */
  title: string;
  /** Report year ('' for the glossary). */
  year: string;
  /** The section heading and its anchor (report records). */
  section: string;
  sectionId: string;
  /** The block's anchor: p-N, s-N, or the term's id. */
  block: string;
  /** Position in its report or in the glossary, for document order. */
  order: string;
  /** The exact text searched, shown and highlighted. */
  text: string;
}

/** Pages declare lang="zh-CN"; Pagefind looks up the index of the page's language. */
export const searchLanguage = 'zh-cn';

export function searchRecords(reports: IndexedReport[], glossary: Glossary): SearchRecord[] {
  const records: SearchRecord[] = [];
  const record = (url: string, meta: SearchMeta) => records.push({ url, content: recallTokens(meta.text), language: searchLanguage, meta });
  for (const report of reports) {
    const sections = sectionsOf(report);
    report.blocks.forEach((block, order) => {
      const section = sections.get(block.id)!;
      record(`${reportPath(report.year)}#${block.id}`, {
        kind: 'report',
        title: report.title,
        year: String(report.year),
        section: section.text,
        sectionId: section.id,
        block: block.id,
        order: String(order),
        text: block.text,
      });
    });
  }
  glossary.entries.forEach((entry, order) => {
    const meaning = entry.definition ?? strings.unknownDefinition;
    record(`/glossary/#${entry.id}`, {
      kind: 'glossary',
      title: entry.term,
      year: '',
      section: '',
      sectionId: '',
      block: entry.id,
      order: String(order),
      text: [entry.term, meaning, entry.clues ? `${strings.clues}:${entry.clues}` : ''].filter(Boolean).join('\n'),
    });
  });
  return records;
}
