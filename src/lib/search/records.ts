import type { ContentModel } from '../content/model';
import { setPunctuation } from '../punctuation';
import { reportPath } from '../reports';
import { strings } from '../strings';
import type { SearchMeta, SearchRecord } from './format';

/**
 * The search records (their type: src/lib/search/format.ts), one per report heading or paragraph
 * and per glossary term, in the order results are shown: newest report first, each in document
 * order, the glossary last.
 */
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
