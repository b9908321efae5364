import { describe, expect, it } from 'vitest';
import { foldPunctuationWidth } from '../../src/lib/punctuation';
import { beforeAll } from 'vitest';
import type { ContentModel } from '../../src/lib/content/model';
import { crossReportCharts, reportCharts, seriesChart } from '../../src/lib/render/chart-specs';
import { exportRows, toCsv } from '../../src/lib/render/indicator-exports';
import { checkIndicators, leadIn, numbersIn } from '../../src/lib/content/indicators';
import type { ReportBlock } from '../../src/lib/markdown/blocks';
import { siteContent } from '../support/content';

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

  it('fail when a note puts in quotation marks words its paragraph does not have', () => {
    const note = (text: string) =>
      check(`- { id: gdp, value: 2083, unit: 亿元, year: 2098, kind: actual, quote: 全市生产总值2083亿元, note: '${text}' }\n`);
    expect(note('原文为“全市生产总值2083亿元,同比增长7.8%”')).not.toThrow();
    expect(note('原文为“2083亿元以上”')).toThrow(
      "2099.yaml:1: gdp: the note quotes “2083亿元以上”, which is not in the quote's paragraph or the lead-in of its list",
    );
    expect(note('官方文本作「2083亿元以上」')).not.toThrow();
  });

  it('take a yearly average over a period as its own kind, with its period', () => {
    const { values } = checkIndicators(catalogue, [
      {
        report,
        file: '2099.yaml',
        text: '- { id: gdp-growth, value: 7.8, unit: "%", year: 2098, kind: average, period: 2094—2098, quote: "2083亿元,同比增长7.8%" }\n',
      },
    ]);
    expect(values).toEqual([expect.objectContaining({ kind: 'average', period: '2094—2098' })]);
    expect(check('- { id: gdp-growth, value: 7.8, unit: "%", year: 2098, kind: average, quote: "2083亿元,同比增长7.8%" }\n')).toThrow(
      'a cumulative or average value needs its period',
    );
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
      'a cumulative or average value needs its period',
    );
  });
});

describe("indicator values are refused at their field's line", () => {
  const gdp = (fields: string) => check(`- { id: gdp, value: 2083, unit: 亿元, quote: 全市生产总值2083亿元, ${fields} }\n`);

  it('for a year far from the report, or a period that begins far before it', () => {
    const window = "the years a 2099 report's figures may refer to (10 before it to 15 after)";
    expect(gdp('year: 2089, kind: actual')).not.toThrow();
    expect(gdp('year: 2114, kind: target')).not.toThrow();
    expect(gdp('year: 99999, kind: actual')).toThrow(`2099.yaml:1: gdp: year 99999 is not within 2089—2114, ${window}`);
    expect(gdp('year: -5, kind: actual')).toThrow('2099.yaml:1: gdp: year -5 is not within 2089—2114');
    expect(gdp('year: 2088, kind: actual')).toThrow('gdp: year 2088 is not within');
    expect(gdp('year: 2098, kind: cumulative, period: 2080—2098')).toThrow(
      `2099.yaml:1: gdp: period 2080—2098 begins before 2089—2114, ${window}`,
    );
  });

  it("for a period that is not two years in order, ending in the value's year", () => {
    const average = (period: string) => gdp(`year: 2098, kind: average, period: ${period}`);
    expect(average('2094—2098')).not.toThrow();
    expect(average('十二五')).toThrow('2099.yaml:1: period: must be two years joined by an em dash, such as 2007—2011');
    expect(average('2094-2098')).toThrow('period: must be two years joined by an em dash');
    expect(average('2098—2094')).toThrow("2099.yaml:1: period: the period must run from an earlier year to the value's year, 2098");
    expect(average('2093—2097')).toThrow("period: the period must run from an earlier year to the value's year, 2098");
  });

  it('on the line of the field at fault, in a value written over several lines', () => {
    const text = '- id: gdp\n  value: 2083\n  unit: 亿元\n  year: 2098\n  kind: guess\n  quote: 全市生产总值2083亿元\n  nite: x\n';
    expect(check(text)).toThrow(/2099\.yaml:5: kind: [^\n]*\n {2}2099\.yaml:7: entry: Unrecognized key: "nite"/);
    const valid = text.replace('kind: guess', 'kind: average').replace('  nite: x\n', '  period: 2094—2098\n');
    expect(check(valid)).not.toThrow();
    expect(check(valid.replace('period: 2094—2098', 'period: 2094—2097'))).toThrow('2099.yaml:7: period: the period must run');
    expect(check(valid.replace('year: 2098', 'year: 1999').replace('2094—2098', '1994—1999'))).toThrow(
      '2099.yaml:4: gdp: year 1999 is not within',
    );
  });

  it('for text a spreadsheet would run as a formula from the CSV download; a negative value stays a number', () => {
    const formulaic = (text: string) => JSON.stringify(text);
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      const cell = formulaic(`${start}HYPERLINK("http://evil.example/","x")`);
      const message =
        'begins with = + - @, a tab or a carriage return, which a spreadsheet opening the CSV download would run as a formula';
      expect(gdp(`year: 2098, kind: actual, note: ${cell}`), start).toThrow(`2099.yaml:1: note: ${message}`);
      expect(check(`- { id: gdp, value: 2083, unit: ${cell}, year: 2098, kind: actual, quote: 全市生产总值2083亿元 }\n`), start).toThrow(
        `2099.yaml:1: unit: ${message}`,
      );
      expect(check(`- { id: gdp, value: 2083, unit: 亿元, year: 2098, kind: actual, quote: ${cell} }\n`), start).toThrow(
        `quote: ${message}`,
      );
      const named = { file: 'catalogue.yaml', text: `- { id: gdp, name: ${cell}, group: economy, measure: level }\n` };
      expect(() => checkIndicators(named, []), start).toThrow(`catalogue.yaml:1: name: ${message}`);
    }
    const fall = check('- { id: gdp-growth, value: -7.8, unit: "%", year: 2098, kind: actual, quote: "2083亿元,同比增长7.8%" }\n')();
    const csv = toCsv(exportRows(fall.values, new URL('https://example.org/')));
    expect(csv.split('\r\n')[1]).toMatch(/^2099,gdp-growth,地区生产总值增长,-7\.8,%,2098,/);
  });
});

describe("a report's own charts", () => {
  it('chart the targets alone, under the plan year, for a report that states only targets', () => {
    const catalogue = {
      file: 'catalogue.yaml',
      text: '- { id: gdp-growth, name: 地区生产总值增长, group: economy, measure: growth, headline: true }\n',
    };
    const indicators = checkIndicators(catalogue, [
      {
        report,
        file: '2099.yaml',
        text: '- { id: gdp-growth, value: 7.8, unit: "%", year: 2099, kind: target, quote: "2083亿元,同比增长7.8%" }\n',
      },
    ]);
    const charts = reportCharts(indicators, 2099);
    expect(charts.map((c) => [c.title, c.series.map((s) => [s.name, s.style, s.cells.map((cell) => cell?.value)])])).toEqual([
      ['2099年主要指标增长目标', [['2099年目标', 'target', [7.8]]]],
    ]);
    expect(JSON.stringify(charts)).not.toContain('Infinity');
  });
});

describe('charts across reports', () => {
  const entry = (id: string, name: string, place: number) =>
    `- { id: ${id}, name: ${name}, group: economy, measure: level, acrossReports: ${place} }\n`;
  const values =
    '- { id: gdp, value: 2083, unit: 亿元, year: 2098, kind: actual, quote: 全市生产总值2083亿元 }\n' +
    '- { id: gdp-growth, value: 7.8, unit: "%", year: 2098, kind: actual, quote: "2083亿元,同比增长7.8%" }\n';

  it('are the indicators the catalogue places, in their places, where two reports give them', () => {
    const placed = {
      file: 'catalogue.yaml',
      text: entry('gdp', '地区生产总值', 2) + entry('gdp-growth', '地区生产总值增长', 1) + entry('tourism-revenue', '旅游总收入', 3),
    };
    const indicators = checkIndicators(placed, [
      {
        report,
        file: '2099.yaml',
        text: `${values}- { id: tourism-revenue, value: 279, unit: 亿元, year: 2098, kind: actual, quote: 旅游总收入279亿元 }\n`,
      },
      { report: { ...report, year: 2100 }, file: '2100.yaml', text: values },
    ]);
    expect(crossReportCharts(indicators).map((chart) => chart.indicator)).toEqual(['gdp-growth', 'gdp']);
  });

  it('fail when two share a place, or a place is not a whole number from 1', () => {
    const twice = { file: 'catalogue.yaml', text: entry('gdp', '地区生产总值', 1) + entry('gdp-growth', '地区生产总值增长', 1) };
    expect(() => checkIndicators(twice, [])).toThrow('catalogue.yaml:2: gdp-growth: acrossReports 1 is also given to "gdp" at line 1');
    for (const place of [0, 1.5]) {
      expect(() => checkIndicators({ file: 'catalogue.yaml', text: `# places\n${entry('gdp', '地区生产总值', place)}` }, [])).toThrow(
        'catalogue.yaml:2: acrossReports:',
      );
    }
  });
});

describe('the lead-in of a list', () => {
  it('is the paragraph ending in a colon before the items, which end in semicolons', () => {
    const blocks = ['预计全年:', '甲增长1%;', '乙增长2%;', '丙增长3%。'].map((text, i) => paragraph(i + 1, text));
    expect(leadIn(blocks, 2)).toBe('预计全年:');
    expect(leadIn(blocks, 3)).toBe('预计全年:');
    expect(leadIn(blocks, 0)).toBeUndefined();
    expect(leadIn([paragraph(1, '另一段。'), paragraph(2, '甲增长1%;')], 1)).toBeUndefined();
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

  it('chart a yearly average in a category of its own, said to be an average, and quote the report in notes', async () => {
    const chart = seriesChart((await siteContent()).indicators, 'livelihood-spending-growth')!;
    const average = values.find((v) => v.id === 'livelihood-spending-growth' && v.kind === 'average')!;
    expect(average.period).toBe('2007—2011');
    const category = chart.categories.indexOf('2007—2011年均');
    expect(category).toBeGreaterThanOrEqual(0);
    expect(chart.series[0]!.cells[category]).toMatchObject({ value: average.value, kind: 'average' });
    expect(chart.notes.join('')).toContain('2007—2011年均');
    expect(chart.summary).toContain('2007—2011年均22.13%');
    // Any note that quotes a figure's words quotes the report (checked in the model too), its
    // punctuation set as on the report page.
    for (const v of values.filter((x) => x.qualifier)) {
      const notes = seriesChart({ catalogue: [], values: [v, { ...v, report: v.report + 1 }] }, v.id)!.notes.join('');
      expect(foldPunctuationWidth(notes)).toContain(`“${foldPunctuationWidth(v.quote)}”`);
    }
  });

  it('include the headline figures named in the brief', () => {
    const has = (id: string, report: number) => values.some((v) => v.id === id && v.report === report);
    for (const report of [2012, 2015, 2016])
      for (const id of ['gdp-growth', 'livelihood-spending']) expect(has(id, report), `${id} ${report}`).toBe(true);
    expect(has('tourism-revenue', 2015) && has('tourism-revenue', 2016)).toBe(true);
  });
});
