import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPage, distDir, reportText } from '../helpers/built';
import { foldPunctuationWidth } from '../../src/lib/punctuation';

const json = JSON.parse(readFileSync(new URL('indicators/indicators.json', distDir), 'utf8')) as {
  report: number;
  value: number;
  source: string;
  quote: string;
}[];
const csv = readFileSync(new URL('indicators/indicators.csv', distDir), 'utf8');
const indicatorsPage = builtPage('/indicators/');

describe('the indicator data as published', () => {
  it('offers every value as CSV and JSON, one row each, with its quote and source', () => {
    expect(csv.startsWith('\uFEFFreport,indicator_id,indicator_name,value,unit,year')).toBe(true);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(json.length + 1);
    expect(json.length).toBeGreaterThan(100);
  });

  it('shows, charts and exports a yearly average as such (年均, with its period)', () => {
    const average = json.find((r) => (r as unknown as { kind: string }).kind === 'average') as unknown as { period: string; value: number };
    expect(average.period).toMatch(/^\d{4}—\d{4}$/);
    expect(csv).toContain(`,average,`);
    const rows = indicatorsPage.querySelectorAll('.indicator-quote').map((td) => td.parentNode?.text ?? '');
    expect(rows.some((r) => r.includes(average.period) && r.includes('年均'))).toBe(true);
    const chartRows = indicatorsPage.querySelectorAll('.chart-table th[scope="row"]').map((th) => th.text);
    expect(chartRows).toContain(`${average.period}年均`);
  });

  it('fills the chart tables with exactly the downloadable data, each value linked to its paragraph', () => {
    const cells = indicatorsPage.querySelectorAll('.chart-table td[data-value]').map((td) => ({
      value: Number(td.getAttribute('data-value')),
      href: td.querySelector('a')!.getAttribute('href')!,
      text: td.text,
    }));
    expect(cells.length).toBeGreaterThan(10);
    for (const cell of cells) {
      const row = json.find((r) => new URL(r.source).pathname + new URL(r.source).hash === cell.href && r.value === cell.value);
      expect(row, `${cell.href} ${cell.value}`).toBeDefined();
      expect(cell.text).toContain(String(cell.value));
      const [path, id] = cell.href.split('#');
      // The page sets the punctuation of Chinese sentences full-width; the data keeps the source's.
      expect(foldPunctuationWidth(reportText(builtPage(path!).getElementById(id!)!))).toContain(row!.quote);
    }
  });

  it('lists every value of every report, with its quote, on the indicators page', () => {
    const years = [...new Set(json.map((r) => r.report))];
    expect(years.length).toBeGreaterThan(0);
    for (const year of years) {
      const section = indicatorsPage.getElementById(`values-${year}`)!.parentNode!;
      const quotes = section.querySelectorAll('.indicator-quote q').map((q) => foldPunctuationWidth(q.text));
      expect(quotes).toEqual(json.filter((r) => r.report === year).map((r) => r.quote));
    }
  });
});
