/**
 * What a chart's markup says and its drawing code reads: the page writes it
 * (src/components/IndicatorChart.astro, from the specs of src/lib/render/chart-specs.ts) and the
 * browser reads it back (src/scripts/chart-render.ts) for the worker that draws
 * (src/scripts/chart-worker.ts, through the messages of src/scripts/chart-drawing.ts). Imported
 * by the server and the browser, so it imports nothing.
 *
 * The figure carries its data once, in its table: the categories are the row headers, the series
 * the columns, and the data-* attributes below add what the table's text cannot say. They are
 * named here once, as the fields of a type: the page writes them with dataAttributes and the
 * browser reads them through Dataset, so a name the two sides spell differently does not compile.
 */

/** A report's indicators side by side (bars along the indicators), or one indicator over the years. */
export type ChartAxis = 'indicators' | 'years';

/** Where a category lies on a time axis: a year, or the years a yearly average covers. */
export type Place = { year: number } | { from: number; to: number };

/** A series of results, or of the targets a report sets. */
export type SeriesStyle = 'result' | 'target';

/** How a bar is drawn: actuals solid, estimates hatched, targets hollow (src/scripts/chart-worker.ts). */
export type Look = 'actual' | 'estimate' | 'target';

/**
 * The look a value is marked with (CellData), so that a target is never mistaken for a result nor
 * an estimate for an actual; an actual, the most common, is left unmarked.
 */
export const markedLook = (style: SeriesStyle, kind: string): CellData['look'] =>
  style === 'target' ? 'target' : kind === 'estimate' ? 'estimate' : undefined;

/** The chart's box (`.chart-canvas`), which holds the canvas. */
export interface ChartBoxData {
  unit: string;
  /** A time axis; unmarked, the axis is 'indicators'. */
  axis?: 'years' | undefined;
  /** What the box says when the chart code does not load (src/scripts/chart-failure.ts). */
  failedText: string;
  /** Set in the browser once the worker has drawn the chart (the stylesheet and the tests look for it). */
  drawn?: 'true';
  /** Set in the browser when the chart code did not load, or the worker did not draw the chart in time. */
  failed?: '';
}

/** The chart's download button, in its box: shown once the chart is drawn. */
export interface ChartDownloadData {
  /** The PNG's file name where it is not the figure's id: the indicator's id for a chart across reports (gdp.png). */
  file?: string | undefined;
}

/** A value cell of the table; a cell without a value has none of these. */
export interface CellData {
  value?: number | undefined;
  /** What the chart writes at the bar (≥2200, 约8), where it differs from the value. */
  label?: string | undefined;
  /** Unmarked, the look is 'actual'. */
  look?: Exclude<Look, 'actual'> | undefined;
}

// A category's row header on a time axis carries its Place: data-year, or data-from and data-to.

/** The attributes a page writes for such fields: failedText as data-failed-text; an undefined field is left out. */
export const dataAttributes = <T extends object>(fields: T): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(fields).map(([name, value]) => [`data-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, value]),
  );

type Keys<T> = T extends unknown ? keyof T : never;
type Field<T, K extends PropertyKey> = T extends unknown ? (K extends keyof T ? T[K] : never) : never;

/** The same fields as the browser reads them from `element.dataset`: strings, where present (a number as its digits). */
export type Dataset<T> = { [K in Keys<T>]?: Exclude<Field<T, K>, undefined> extends string ? Exclude<Field<T, K>, undefined> : string };
