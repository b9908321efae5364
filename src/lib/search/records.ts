import type { ContentModel } from '../content/model';
import { setPunctuation } from '../punctuation';
import { reportPath } from '../reports';
import { strings } from '../strings';

/**
 * One search record per report heading or paragraph and per glossary term, so a result is the
 * very paragraph to land on. Records come in the order results are shown: newest report first,
 * each in document order, the glossary last.
 */
export interface SearchRecord {
  url: string;
  meta: SearchMeta;
}

export interface SearchMeta {
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

export function searchRecords({ reportsNewestFirst, glossary }: ContentModel): SearchRecord[] {
  const records: SearchRecord[] = [];
  const record = (url: string, meta: SearchMeta) => records.push({ url, meta });
  for (const report of reportsNewestFirst) {
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
