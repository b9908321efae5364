import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPage, distDir, reportText } from '../support/built';
import { foldPunctuationWidth } from '../../src/lib/punctuation';

// The rows; the licence beside them is checked in tests/built/reuse.test.ts.
const json = (
  JSON.parse(readFileSync(new URL('indicators/indicators.json', distDir), 'utf8')) as {
    values: { report: number; value: number; source: string; quote: string }[];
  }
).values;
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
      // A build without SITE_URL gives the source as a site path, as the page links it.
      const row = json.find((r) => r.source === cell.href && r.value === cell.value);
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

describe('the charts, as a reader of data needs them', () => {
  const seriesCharts = indicatorsPage.querySelectorAll('.chart');

  it('heads a table of years 年份, and a table of a report’s indicators 指标', () => {
    for (const chart of seriesCharts) {
      expect(chart.querySelector('.chart-table thead th')!.text, chart.id).toBe('年份');
      for (const th of chart.querySelectorAll('tbody th')) expect(th.text.trim()).toMatch(/^\d{4}(年|—\d{4}年均)$/);
    }
    for (const year of [2012, 2015, 2016]) {
      for (const chart of builtPage(`/reports/${year}/`).querySelectorAll('.chart')) {
        expect(chart.querySelector('.chart-table thead th')!.text, chart.id).toBe('指标');
      }
    }
  });

  it('places each row on the time axis by the years its header names, so a missing year is a gap', () => {
    for (const th of indicatorsPage.querySelectorAll('.chart-table tbody th')) {
      const years = th.text.match(/\d{4}/g)!.map(Number);
      if (years.length === 1) expect(Number(th.getAttribute('data-year')), th.text).toBe(years[0]);
      else expect([Number(th.getAttribute('data-from')), Number(th.getAttribute('data-to'))], th.text).toEqual(years);
    }
    expect(indicatorsPage.querySelector('.chart-canvas')!.getAttribute('data-axis')).toBe('years');
  });

  it('writes a qualified value at its bar as the report qualifies it: 约, ≥ or ≤', () => {
    const qualified = indicatorsPage.querySelectorAll('.chart-table td[data-value]').filter((td) => /左右|以上|以内/.test(td.text));
    expect(qualified.length).toBeGreaterThan(0);
    for (const td of qualified) {
      const mark = td.text.includes('左右') ? '约' : td.text.includes('以上') ? '≥' : '≤';
      expect(td.getAttribute('data-label')).toBe(`${mark}${td.getAttribute('data-value')}`);
    }
  });

  it('heads each chart with a heading one level below its section, naming the figure, so a screen reader can go from chart to chart', () => {
    const pages = ['/indicators/', '/reports/2012/', '/reports/2015/', '/reports/2016/'].map((path) => builtPage(path));
    for (const page of pages) {
      const charts = page.querySelectorAll('figure.chart');
      expect(charts.length).toBeGreaterThan(0);
      for (const chart of charts) {
        const heading = chart.firstElementChild!;
        expect(heading.tagName, chart.id).toBe('H3');
        expect(chart.getAttribute('aria-labelledby')).toBe(heading.id);
        expect(heading.text.trim().length).toBeGreaterThan(0);
        expect(chart.querySelector('figcaption')).toBeNull();
      }
      // In the page's outline, the heading before each chart's is its section's h2 or the chart before it.
      const headings = page.querySelectorAll('h1, h2, h3, h4, h5, h6');
      for (const chart of charts) {
        const before = headings[headings.findIndex((h) => h.id === `${chart.id}-title`) - 1]!;
        expect(before.tagName === 'H2' || (before.tagName === 'H3' && before.parentNode?.classList.contains('chart')), chart.id).toBe(true);
      }
    }
  });

  it('offers each chart as a PNG, named by its indicator (or, for a report’s own chart, its id), once it is drawn', () => {
    for (const path of ['/indicators/', '/reports/2016/']) {
      for (const chart of builtPage(path).querySelectorAll('figure.chart')) {
        const button = chart.querySelector('.chart-canvas button')!;
        expect(button.getAttribute('type')).toBe('button');
        expect(button.hasAttribute('hidden')).toBe(true);
        expect(button.text.trim()).toBe('下载本图（PNG）');
        const csv = chart.querySelector('.chart-cite a')?.getAttribute('href');
        // A chart across reports is saved as its indicator, as its CSV is: gdp.png beside gdp.csv.
        if (csv) expect(button.getAttribute('data-file')).toBe(csv.replace(/^\/indicators\//, '').replace(/\.csv$/, '.png'));
        else expect(button.hasAttribute('data-file')).toBe(false);
      }
    }
  });

  it('lists every chart at the top, and gives each its own CSV and a line to cite it by', () => {
    const jumps = indicatorsPage.querySelectorAll('.jump-list a').map((a) => a.getAttribute('href'));
    expect(jumps).toEqual(seriesCharts.map((c) => `#${c.id}`));
    for (const chart of seriesCharts) {
      const href = chart.querySelector('.chart-cite a')!.getAttribute('href')!;
      const rows = readFileSync(new URL(href.slice(1), distDir), 'utf8')
        .trimEnd()
        .split('\r\n')
        .slice(1);
      // Every value the chart's table shows is a row of its CSV, with its source.
      for (const td of chart.querySelectorAll('.chart-table td[data-value]')) {
        const source = td.querySelector('a')!.getAttribute('href')!;
        expect(
          rows.some((r) => r.includes(`,${td.getAttribute('data-value')},`) && r.endsWith(source)),
          `${href} ${source}`,
        ).toBe(true);
      }
      expect(chart.querySelector('.chart-cite')!.text).toContain(`/indicators/#${chart.id}`);
    }
  });
});
