import type { Glossary } from './glossary';
import type { Report } from './content-model';
import { setPunctuation } from './punctuation';
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
  /** A report's year or "glossary": the search page's scope checkboxes filter on it. */
  filters: { scope: string[] };
  /**
   * The order results are shown in (newest report first, each in document order, the glossary
   * last), so the page can check candidates in that order and stop after a screenful.
   */
  sort: { rank: string };
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
  /** The exact text searched, shown and highlighted. */
  text: string;
}

/** Pages declare lang="zh-CN"; Pagefind looks up the index of the page's language. */
export const searchLanguage = 'zh-cn';

export function searchRecords(reports: Report[], glossary: Glossary): SearchRecord[] {
  const records: SearchRecord[] = [];
  const record = (url: string, meta: SearchMeta) =>
    records.push({
      url,
      content: recallTokens(meta.text),
      language: searchLanguage,
      meta,
      filters: { scope: [meta.kind === 'glossary' ? 'glossary' : meta.year] },
      sort: { rank: String(records.length).padStart(7, '0') },
    });
  for (const report of [...reports].sort((a, b) => b.year - a.year)) {
    for (const block of report.blocks) {
      record(`${reportPath(report.year)}#${block.id}`, {
        kind: 'report',
        title: report.title,
        year: String(report.year),
        section: setPunctuation(block.section),
        sectionId: block.sectionId,
        block: block.id,
        // As the page sets it, so a result reads like its paragraph (matching folds the width).
        text: setPunctuation(block.text),
      });
    }
  }
  for (const entry of glossary.entries) {
    const meaning = entry.definition ?? strings.unknownDefinition;
    record(`/glossary/#${entry.id}`, {
      kind: 'glossary',
      title: entry.term,
      year: '',
      section: '',
      sectionId: '',
      block: entry.id,
      text: setPunctuation([entry.term, meaning, entry.clues ? `${strings.clues}：${entry.clues}` : ''].filter(Boolean).join('\n')),
    });
  }
  return records;
}
