import { describe, expect, it } from 'vitest';
import { beforeAll } from 'vitest';
import type { ContentModel } from '../../src/lib/content-model';
import { checkIndicators, numbersIn } from '../../src/lib/indicators';
import type { ReportBlock } from '../../src/lib/report-blocks';
import { siteContent } from '../helpers/content';

const catalogue = {
  file: 'catalogue.yaml',
  text: '- { id: gdp, name: 地区生产总值, group: economy, measure: level }\n- { id: gdp-growth, name: 地区生产总值增长, group: economy, measure: growth }\n',
};
const paragraph = (n: number, text: string): ReportBlock => ({ kind: 'paragraph', id: `p-${n}`, depth: 0, text, line: n });
const report = {
  year: 2099,
  blocks: [paragraph(1, '全市生产总值2083亿元,同比增长7.8%。'), paragraph(2, '旅游总收入279亿元,同比增长7.8%。')],
};
const check = (text: string) => () => checkIndicators(catalogue, [{ report, file: '2099.yaml', text }]);

describe('indicator values', () => {
  it('load with their name, report and the paragraph their quote is in', () => {
    const { values } = check('- { id: gdp, value: 2083, unit: 亿元, year: 2098, kind: actual, quote: 全市生产总值2083亿元 }\n')();
    expect(values).toEqual([expect.objectContaining({ id: 'gdp', name: '地区生产总值', report: 2099, blockId: 'p-1', line: 1 })]);
  });

  it('fail when a quote is not verbatim in the report', () => {
    expect(check('# values\n- { id: gdp, value: 2083, unit: 亿元, year: 2098, kind: actual, quote: 全市GDP2083亿元 }\n')).toThrow(
      '2099.yaml:2: gdp: the quote "全市GDP2083亿元" is not in the 2099 report\'s text',
    );
  });

  it('fail when a quote is in more than one paragraph', () => {
    expect(check('- { id: gdp-growth, value: 7.8, unit: "%", year: 2098, kind: actual, quote: 同比增长7.8% }\n')).toThrow(
      'is in 2 paragraphs',
    );
  });

  it('fail when the value is not in its quote', () => {
    expect(check('- { id: gdp, value: 2038, unit: 亿元, year: 2098, kind: actual, quote: 全市生产总值2083亿元 }\n')).toThrow(
      '2099.yaml:1: gdp: the value 2038 does not appear in its quote',
    );
  });

  it('match numbers as numbers, never as part of a longer number', () => {
    expect(numbersIn('全市生产总值2083亿元,增长18%,完成111.7%')).toEqual([2083, 18, 111.7]);
    // Each of these passed the old substring check: 83 in 2083, 8 and 0.8 in 7.8.
    const wrong = [
      ['gdp', 83, '亿元'],
      ['gdp-growth', 8, '%'],
      ['gdp-growth', 0.8, '%'],
    ] as const;
    for (const [id, value, unit] of wrong) {
      expect(
        check(`- { id: ${id}, value: ${value}, unit: "${unit}", year: 2098, kind: actual, quote: "全市生产总值2083亿元,同比增长7.8%" }\n`),
      ).toThrow(`2099.yaml:1: ${id}: the value ${value} does not appear in its quote`);
    }
  });

  it('fail when one indicator is given two units', () => {
    expect(
      check(
        '- { id: gdp, value: 2083, unit: 亿元, year: 2098, kind: actual, quote: 全市生产总值2083亿元 }\n- { id: gdp, value: 279, unit: 万元, year: 2098, kind: actual, quote: 旅游总收入279亿元 }\n',
      ),
    ).toThrow('2099.yaml:2: gdp: unit "万元" differs from "亿元" used at 2099.yaml:1');
  });

  it('fail on an unknown indicator, kind or a cumulative value without its period', () => {
    expect(check('- { id: gnp, value: 2083, unit: 亿元, year: 2098, kind: actual, quote: 全市生产总值2083亿元 }\n')).toThrow(
      'gnp: no such indicator in catalogue.yaml',
    );
    expect(check('- { id: gdp, value: 2083, unit: 亿元, year: 2098, kind: guess, quote: 全市生产总值2083亿元 }\n')).toThrow(
      '2099.yaml:1: kind:',
    );
    expect(check('- { id: gdp, value: 2083, unit: 亿元, year: 2098, kind: cumulative, quote: 全市生产总值2083亿元 }\n')).toThrow(
      'a cumulative value needs its period',
    );
  });
});

describe('indicator files', () => {
  it('may be an empty list', () => {
    expect(checkIndicators(catalogue, [{ report, file: '2099.yaml', text: '[]\n' }]).values).toEqual([]);
  });
});

describe('the indicators of the reports', () => {
  let values: ContentModel['indicators']['values'] = [];
  beforeAll(async () => {
    ({ values } = (await siteContent()).indicators);
  });

  it('cover well over 100 values from every report', () => {
    expect(values.length).toBeGreaterThan(100);
    expect(new Set(values.map((v) => v.report)).size).toBe(3);
  });

  it('include the headline figures named in the brief', () => {
    const has = (id: string, report: number) => values.some((v) => v.id === id && v.report === report);
    for (const report of [2012, 2015, 2016])
      for (const id of ['gdp-growth', 'livelihood-spending']) expect(has(id, report), `${id} ${report}`).toBe(true);
    expect(has('tourism-revenue', 2015) && has('tourism-revenue', 2016)).toBe(true);
  });
});
