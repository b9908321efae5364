import { describe, expect, it } from 'vitest';
import type { SearchRecord } from '../../src/lib/search/format';
import { frequencyOf, lengthOf } from '../../src/lib/search/frequency';

describe('how often a term occurs in each report', () => {
  const record = (year: string, text: string): SearchRecord => ({
    url: `/reports/${year}/#p-1`,
    meta: { kind: 'report', title: '', year, section: '', sectionId: '', block: 'p-1', text },
  });
  const reports = [
    { scope: '2015', from: 0, to: 2, chars: 20_000 },
    { scope: '2016', from: 2, to: 3, chars: 5_000 },
  ];

  it('counts every place, quotation marks aside, per 10,000 characters, and zero where there is none', () => {
    const figures = frequencyOf('三公经费', [record('2015', '压缩“三公”经费,三公经费'), record('2015', '三公经费')], reports);
    expect(figures.get('2015')).toEqual({ count: 3, rate: 1.5 });
    expect(figures.get('2016')).toEqual({ count: 0, rate: 0 });
  });

  it('leaves out records outside the reports asked for, such as the glossary', () => {
    const glossary: SearchRecord = { ...record('', '三公经费'), meta: { ...record('', '三公经费').meta, kind: 'glossary' } };
    expect(frequencyOf('三公经费', [glossary, record('2016', '三公经费')], reports).get('2016')).toEqual({ count: 1, rate: 2 });
  });

  it('measures a report without its white space', () => {
    expect(lengthOf('江门 市\n政府')).toBe(5);
  });
});
