/** What the page sends the chart worker: the figure's table, read on the page, and its colours. */
export type Look = 'actual' | 'estimate' | 'target';

export interface ChartDrawing {
  unit: string;
  categories: string[];
  series: { name: string; values: (number | null)[]; looks: Look[] }[];
}

export interface ChartTheme {
  font: string;
  ink: string;
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
