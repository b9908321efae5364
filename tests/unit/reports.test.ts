import { describe, expect, it } from 'vitest';
import { byYear, formatChineseDate, neighbours } from '../../src/lib/reports';
import { renderMarkdown } from '../support/content';

describe('report order', () => {
  const reports = [{ year: 2016 }, { year: 2012 }, { year: 2015 }];

  it('reads the reports chronologically', () => {
    expect(byYear(reports).map((r) => r.year)).toEqual([2012, 2015, 2016]);
  });

  it('links each report to the ones before and after it', () => {
    expect(neighbours(reports, 2012)).toEqual({ next: { year: 2015 } });
    expect(neighbours(reports, 2015)).toEqual({ prev: { year: 2012 }, next: { year: 2016 } });
    expect(neighbours(reports, 2016)).toEqual({ prev: { year: 2015 } });
    expect(neighbours(reports, 1999)).toEqual({});
  });

  it('writes dates the Chinese way, whatever the time zone', () => {
    expect(formatChineseDate(new Date('2016-01-20'))).toBe('2016年1月20日');
  });
});

describe('block numbering', () => {
  it('numbers top-level headings and paragraphs separately, skipping footnote definitions', async () => {
    const { input } = await renderMarkdown('## 甲\n\n一段[^1]。\n\n### 乙\n\n二段。\n\n[^1]: 注\n');
    expect(input.rendered!.blocks.map((b) => [b.id, b.depth, b.text, b.line])).toEqual([
      ['s-1', 2, '甲', 12],
      ['p-1', 0, '一段。', 14],
      ['s-2', 3, '乙', 16],
      ['p-2', 0, '二段。', 18],
    ]);
    expect(input.rendered!.notes).toEqual([{ label: '1', term: '注', blockId: 'p-1', line: 20 }]);
  });
});
