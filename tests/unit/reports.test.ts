import { describe, expect, it } from 'vitest';
import { readDataFiles, readReportFiles } from '../../src/lib/content/files';
import { buildContentModel, neighbours } from '../../src/lib/content/model';
import { formatChineseDate } from '../../src/lib/reports';
import { renderMarkdown, renderReportFile } from '../support/content';

// The site's reports, handed to the model out of order: the model puts them in its orders.
const inputs = await Promise.all(readReportFiles().map((f) => renderReportFile(f.file, 'content/reports')));
const shuffled = [inputs[1]!, inputs[2]!, inputs[0]!];
const content = buildContentModel({ reports: shuffled, ...readDataFiles() });
const years = (reports: { year: number }[]) => reports.map((r) => r.year);

describe('report order', () => {
  it('reads the reports chronologically, and newest first where the newest leads', () => {
    expect(years(shuffled.map((r) => r.data))).toEqual([2015, 2016, 2012]);
    expect(years(content.reports)).toEqual([2012, 2015, 2016]);
    expect(years(content.reportsNewestFirst)).toEqual([2016, 2015, 2012]);
  });

  it('links each report to the ones before and after it', () => {
    const pager = (year: number) => {
      const { prev, next } = neighbours(content, year);
      return [prev?.year, next?.year];
    };
    expect(pager(2012)).toEqual([undefined, 2015]);
    expect(pager(2015)).toEqual([2012, 2016]);
    expect(pager(2016)).toEqual([2015, undefined]);
    expect(neighbours(content, 1999)).toEqual({});
    expect(Object.keys(neighbours(content, 2012))).toEqual(['next']);
  });

  it('writes dates the Chinese way, whatever the time zone', () => {
    expect(formatChineseDate(new Date('2016-01-20'))).toBe('2016年1月20日');
  });
});

describe('block numbering', () => {
  it('numbers top-level headings and paragraphs separately, skipping footnote definitions', async () => {
    const input = await renderMarkdown('## 甲\n\n一段[^1]。\n\n### 乙\n\n二段。\n\n[^1]: 注\n');
    expect(input.blocks.map((b) => [b.id, b.depth, b.text, b.line])).toEqual([
      ['s-1', 2, '甲', 12],
      ['p-1', 0, '一段。', 14],
      ['s-2', 3, '乙', 16],
      ['p-2', 0, '二段。', 18],
    ]);
    expect(input.notes).toEqual([{ label: '1', term: '注', blockId: 'p-1', line: 20 }]);
  });
});
