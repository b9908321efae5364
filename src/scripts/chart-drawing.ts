/** What the page sends the chart worker: the figure's table, read on the page, and its colours. */
export type Look = 'actual' | 'estimate' | 'target';

/** Where a category lies on a time axis (src/lib/render/chart-specs.ts, CategoryPlace). */
export type Place = { year: number } | { from: number; to: number };

export interface ChartDrawing {
  unit: string;
  /** indicators: horizontal bars, one row per indicator; years: a time axis with gaps. */
  axis: 'indicators' | 'years';
  categories: string[];
  /** For a years axis, one per category. */
  places: Place[];
  /** Values, what is written at each bar, and how each is drawn. */
  series: { name: string; values: (number | null)[]; labels: string[]; looks: Look[] }[];
}

export interface ChartTheme {
  font: string;
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
  | { kind: 'resize'; id: number; width: number; height: number };

export type FromWorker = { kind: 'drawn'; id: number };
