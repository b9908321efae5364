import { setPunctuation } from '../punctuation';
import { periodYears, type IndicatorValue, type Indicators } from '../content/indicators';
import type { ChartAxis, Place, SeriesStyle } from './chart-contract';
import { reportPath } from '../reports';
import { strings } from '../strings';

/**
 * What a chart shows, built from the indicator data: categories along one axis, series of
 * values, each value traceable to its paragraph. The same spec draws the canvas and fills the
 * HTML table, so the two can never disagree.
 */
export interface ChartCell {
  value: number;
  /** The value as a reader should read it: 2200亿元以上, 8%左右… */
  label: string;
  href: string;
  kind: IndicatorValue['kind'];
  /** The value as the chart writes it at its bar: the number, or 约8, ≥2200 where the report qualifies it. */
  short: string;
}

export interface ChartSeries {
  name: string;
  /** Targets are drawn apart from results; within results, estimates apart from actuals. */
  style: SeriesStyle;
  cells: (ChartCell | null)[];
}

export interface ChartSpec {
  id: string;
  /** The indicator a chart across reports follows. */
  indicator?: string;
  title: string;
  summary: string;
  unit: string;
  /**
   * A report's indicators side by side (bars along the indicators), or one indicator over the
   * years, on a time axis where each category has its place, so that a missing year shows.
   */
  axis: ChartAxis;
  categories: string[];
  places?: Place[];
  series: ChartSeries[];
  notes: string[];
}

const t = strings.indicators;

export function formatValue(v: IndicatorValue): string {
  const qualifier = v.qualifier ? t.qualifier[v.qualifier] : { before: '', after: '' };
  return `${qualifier.before}${v.value}${v.unit}${qualifier.after}`;
}

export const sourceHref = (v: IndicatorValue) => `${reportPath(v.report)}#${v.blockId}`;

const cell = (v: IndicatorValue): ChartCell => ({
  value: v.value,
  label: formatValue(v),
  href: sourceHref(v),
  kind: v.kind,
  short: `${v.qualifier ? t.barQualifier[v.qualifier] : ''}${v.value}`,
});

/** Notes for values a reader should not take at face value: estimates, bounds, approximations. */
function notesFor(values: IndicatorValue[]): string[] {
  const notes: string[] = [];
  if (values.some((v) => v.kind === 'estimate')) notes.push(t.noteEstimates);
  // The report's own words, never a paraphrase in quotation marks.
  for (const v of values) if (v.qualifier) notes.push(t.noteQualifier(v.year, v.name, v.quote));
  for (const v of values) if (v.kind === 'average') notes.push(t.noteAverage(v.period!, v.name));
  // The same remark on several values is said once, naming them all.
  const byNote = new Map<string, string[]>();
  for (const v of values) if (v.note) byNote.set(v.note, [...(byNote.get(v.note) ?? []), `${v.year}年${v.name}`]);
  for (const [note, names] of byNote) notes.push(`${names.join('、')}：${note}。`);
  // The notes quote the report: its punctuation is set as on the page.
  return notes.map((n) => setPunctuation(n));
}

/**
 * A report's own charts: its review year's headline growth rates beside the targets it sets for
 * the next year, and its review year's headline amounts (亿元). The review year is the latest
 * its results refer to; a report that states only targets has its targets charted alone.
 */
export function reportCharts(indicators: Indicators, report: number): ChartSpec[] {
  const results = indicators.values.filter((v) => v.report === report && v.kind !== 'target');
  const reviewYear = results.length ? Math.max(...results.map((v) => v.year)) : undefined;
  const planYear = report;
  const own = indicators.values.filter((v) => v.report === report && v.headline && !v.period);
  const charts: ChartSpec[] = [];

  const growth = own.filter((v) => v.measure === 'growth' && (v.year === reviewYear || v.year === planYear));
  if (growth.length) {
    const ids = [...new Set(growth.map((v) => v.id))];
    const series = (name: string, style: SeriesStyle, year: number): ChartSeries => ({
      name,
      style,
      cells: ids.map((id) => growth.find((v) => v.id === id && v.year === year)).map((v) => (v ? cell(v) : null)),
    });
    const targets = series(t.seriesTarget(planYear), 'target', planYear);
    charts.push({
      id: `growth-${report}`,
      ...(reviewYear === undefined
        ? { title: t.reportTargetsTitle(planYear), summary: t.reportTargetsSummary(planYear, growth.length), series: [targets] }
        : {
            title: t.reportGrowthTitle(reviewYear, planYear),
            summary: t.reportGrowthSummary(reviewYear, planYear, growth.length),
            series: [series(t.seriesActual(reviewYear), 'result', reviewYear), targets],
          }),
      unit: '%',
      axis: 'indicators',
      categories: ids.map((id) => growth.find((v) => v.id === id)!.name),
      notes: notesFor(growth),
    });
  }

  const amounts = own.filter((v) => v.measure === 'level' && v.unit === '亿元' && v.year === reviewYear);
  if (amounts.length && reviewYear !== undefined) {
    charts.push({
      id: `amounts-${report}`,
      title: t.reportAmountsTitle(reviewYear),
      summary: t.reportAmountsSummary(reviewYear, amounts.map((v) => `${v.name}${formatValue(v)}`).join('、')),
      unit: '亿元',
      axis: 'indicators',
      categories: amounts.map((v) => v.name),
      series: [{ name: t.seriesActual(reviewYear), style: 'result', cells: amounts.map(cell) }],
      notes: notesFor(amounts),
    });
  }
  return charts;
}

/**
 * The charts across reports on /indicators/, in their places: the indicators the catalogue marks
 * with acrossReports (content/indicators/catalogue.yaml), each where two reports or more give it.
 */
export function crossReportCharts(indicators: Indicators): ChartSpec[] {
  return indicators.catalogue
    .filter((entry) => entry.acrossReports !== undefined)
    .sort((a, b) => a.acrossReports! - b.acrossReports!)
    .flatMap((entry) => seriesChart(indicators, entry.id) ?? []);
}

/**
 * One indicator across the reports, by the year each figure refers to: actual and estimated
 * figures in one series, targets in another. A yearly average over a period has a category of
 * its own (2007—2011年均), before the period's last year. Cumulative figures cover periods and
 * are left to the tables.
 */
export function seriesChart(indicators: Indicators, id: string): ChartSpec | undefined {
  const isAverage = (v: IndicatorValue) => (v.kind === 'average' ? 0 : 1);
  const values = indicators.values
    .filter((v) => v.id === id && v.kind !== 'cumulative')
    .sort((a, b) => a.year - b.year || isAverage(a) - isAverage(b) || a.report - b.report);
  if (new Set(values.map((v) => v.report)).size < 2) return undefined;
  const categoryOf = (v: IndicatorValue) => (v.kind === 'average' ? t.averageCategory(v.period!) : `${v.year}年`);
  const categories = [...new Set(values.map(categoryOf))];
  const placeOf = (v: IndicatorValue): Place => (v.kind === 'average' ? periodYears(v.period!) : { year: v.year });
  const places = categories.map((c) => placeOf(values.find((v) => categoryOf(v) === c)!));
  const pick = (category: string, target: boolean) => values.find((v) => categoryOf(v) === category && (v.kind === 'target') === target);
  const name = values[0]!.name;
  const actual = categories.map((c) => pick(c, false));
  const target = categories.map((c) => pick(c, true));
  const series: ChartSeries[] = [];
  if (actual.some(Boolean)) series.push({ name: t.seriesActuals, style: 'result', cells: actual.map((v) => (v ? cell(v) : null)) });
  if (target.some(Boolean)) series.push({ name: t.seriesTargets, style: 'target', cells: target.map((v) => (v ? cell(v) : null)) });
  return {
    id: `series-${id}`,
    indicator: id,
    title: name,
    summary: t.seriesSummary(
      name,
      values
        .map((v) => `${v.kind === 'average' ? v.period : `${v.year}年`}${t.kind[v.kind]}${formatValue(v)}（${v.report}年报告）`)
        .join('；'),
    ),
    unit: values[0]!.unit,
    axis: 'years',
    categories,
    places,
    series,
    notes: notesFor(values),
  };
}
