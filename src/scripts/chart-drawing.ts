import type { ChartAxis, Look, Place } from '../lib/render/chart-contract';

/** What the page sends the chart worker: the figure's table, read on the page, and its colours. */
export interface ChartDrawing {
  unit: string;
  /** indicators: horizontal bars, one row per indicator; years: a time axis with gaps. */
  axis: ChartAxis;
  categories: string[];
  /** For a years axis, one per category. */
  places: Place[];
  /** Values, what is written at each bar, and how each is drawn. */
  series: { name: string; values: (number | null)[]; labels: string[]; looks: Look[] }[];
}

export interface ChartTheme {
  font: string;
  /** In CSS pixels: the chart box's type size, for every word and number of the chart. */
  fontSize: number;
  ink: string;
  /** The page's background: the stripes of an estimate's hatching. */
  paper: string;
  rule: string;
  accent: string;
  editorial: string;
  editorialBg: string;
}

export type ToWorker =
  | {
      kind: 'draw';
      id: number;
      canvas: OffscreenCanvas;
      width: number;
      height: number;
      pixelRatio: number;
      drawing: ChartDrawing;
      theme: ChartTheme;
    }
  | { kind: 'resize'; id: number; width: number; height: number }
  /** The chart as it is drawn, as a PNG file. */
  | { kind: 'png'; id: number };

export type FromWorker = { kind: 'drawn'; id: number } | { kind: 'png'; id: number; png: Blob };
