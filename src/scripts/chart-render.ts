import type { CellData, ChartBoxData, ChartDownloadData, Dataset, Place } from '../lib/render/chart-contract';
import css from '../styles/chart-download.css?inline';
import type { ChartDrawing, ChartTheme, FromWorker, ToWorker } from './chart-drawing';
import { chartFailed } from './chart-failure';

/** The page's own colours (light or dark), so the chart matches the text around it. */
const cssColor = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();

/** An element's data-* as src/components/IndicatorChart.astro writes them (src/lib/render/chart-contract.ts). */
const dataOf = <T>(element: HTMLElement) => element.dataset as Dataset<T>;

/** Reads the chart's data table: row headers are categories (with their places), columns are series. */
function readTable(table: HTMLTableElement, unit: string, axis: ChartDrawing['axis']): ChartDrawing {
  const rows = [...table.tBodies[0]!.rows];
  const names = [...table.tHead!.rows[0]!.cells].slice(1).map((th) => th.textContent ?? '');
  const placeOf = ({ year, from, to }: Dataset<Place>): Place => (year ? { year: Number(year) } : { from: Number(from), to: Number(to) });
  return {
    unit,
    axis,
    categories: rows.map((row) => row.cells[0]!.textContent?.trim() ?? ''),
    places: axis === 'years' ? rows.map((row) => placeOf(dataOf<Place>(row.cells[0]!))) : [],
    series: names.map((name, i) => {
      const cells = rows.map((row) => dataOf<CellData>(row.cells[i + 1]!));
      return {
        name,
        values: cells.map((cell) => (cell.value ? Number(cell.value) : null)),
        labels: cells.map((cell) => cell.label ?? cell.value ?? ''),
        looks: cells.map((cell) => cell.look ?? 'actual'),
      };
    }),
  };
}

// The download buttons' style comes with the code that shows them.
const style = new CSSStyleSheet();
style.replaceSync(css);
document.adoptedStyleSheets.push(style);

let worker: Worker | undefined;
/** Set once the worker has failed (its script did not load, or it threw): no chart will come from it. */
let workerFailed = false;
/** The charts handed to the worker, by their id in its messages. */
const charts = new Map<number, HTMLElement>();

/** Saves the chart's PNG under its file name (src/components/IndicatorChart.astro). */
function savePng(png: Blob, container: HTMLElement) {
  const button = container.querySelector('button')!;
  const link = document.createElement('a');
  link.href = URL.createObjectURL(png);
  link.download = dataOf<ChartDownloadData>(button).file ?? `${container.closest('figure')!.id}.png`;
  link.click();
  // Once the browser has started the download.
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

function chartWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./chart-worker.ts', import.meta.url), { type: 'module' });
    // Every chart waiting for it says so, and every chart that comes into view later.
    worker.addEventListener('error', () => {
      workerFailed = true;
      for (const container of charts.values()) chartFailed(container);
    });
    worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
      const container = charts.get(event.data.id);
      if (!container) return;
      if (event.data.kind === 'png') return savePng(event.data.png, container);
      // A chart that has already said it failed keeps saying so (its canvas is hidden).
      if (dataOf<ChartBoxData>(container).failed !== undefined) return;
      dataOf<ChartBoxData>(container).drawn = 'true';
      container.querySelector('button')!.hidden = false;
    });
  }
  return worker;
}

/**
 * Hands a figure's canvas to the chart worker with the figure's table as data. Where a browser
 * cannot draw off the main thread, the chart area is hidden and the table stands alone.
 */
export function drawChart(container: HTMLElement): void {
  const canvas = container.querySelector('canvas')!;
  if (!('transferControlToOffscreen' in canvas)) {
    container.hidden = true;
    return;
  }
  if (workerFailed) {
    chartFailed(container);
    return;
  }
  const id = charts.size;
  charts.set(id, container);
  const theme: ChartTheme = {
    font: getComputedStyle(document.body).fontFamily,
    fontSize: parseFloat(getComputedStyle(container).fontSize),
    ink: cssColor('--ink-soft'),
    paper: cssColor('--paper'),
    rule: cssColor('--rule'),
    accent: cssColor('--accent'),
    editorial: cssColor('--editorial'),
    editorialBg: cssColor('--editorial-bg'),
  };
  const { axis = 'indicators', unit = '' } = dataOf<ChartBoxData>(container);
  const drawing = readTable(container.closest('figure')!.querySelector('table')!, unit, axis);
  const offscreen = canvas.transferControlToOffscreen();
  const message: ToWorker = {
    kind: 'draw',
    id,
    canvas: offscreen,
    width: canvas.clientWidth,
    height: canvas.clientHeight,
    pixelRatio: devicePixelRatio,
    drawing,
    theme,
  };
  chartWorker().postMessage(message, [offscreen]);
  // The worker cannot see the page's layout: it is told when the canvas changes size.
  let size = `${canvas.clientWidth}x${canvas.clientHeight}`;
  new ResizeObserver(() => {
    const next = `${canvas.clientWidth}x${canvas.clientHeight}`;
    if (next === size) return;
    size = next;
    chartWorker().postMessage({ kind: 'resize', id, width: canvas.clientWidth, height: canvas.clientHeight } satisfies ToWorker);
  }).observe(canvas);
  container.querySelector('button')!.addEventListener('click', () => chartWorker().postMessage({ kind: 'png', id } satisfies ToWorker));
}
