import type { ChartDrawing, ChartTheme, FromWorker, Look, Place, ToWorker } from './chart-drawing';
import { chartFailed } from './chart-failure';

/** The page's own colours (light or dark), so the chart matches the text around it. */
const cssColor = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();

/** Reads the chart's data table: row headers are categories (with their places), columns are series. */
function readTable(table: HTMLTableElement, unit: string, axis: ChartDrawing['axis']): ChartDrawing {
  const rows = [...table.tBodies[0]!.rows];
  const names = [...table.tHead!.rows[0]!.cells].slice(1).map((th) => th.textContent ?? '');
  const placeOf = ({ dataset }: HTMLElement): Place =>
    dataset.year ? { year: Number(dataset.year) } : { from: Number(dataset.from), to: Number(dataset.to) };
  return {
    unit,
    axis,
    categories: rows.map((row) => row.cells[0]!.textContent?.trim() ?? ''),
    places: axis === 'years' ? rows.map((row) => placeOf(row.cells[0]!)) : [],
    series: names.map((name, i) => {
      const cells = rows.map((row) => row.cells[i + 1]!);
      return {
        name,
        values: cells.map((td) => (td.dataset.value ? Number(td.dataset.value) : null)),
        labels: cells.map((td) => td.dataset.label ?? td.dataset.value ?? ''),
        looks: cells.map((td) => (td.dataset.look ?? 'actual') as Look),
      };
    }),
  };
}

let worker: Worker | undefined;
const drawn = new Map<number, HTMLElement>();

function chartWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./chart-worker.ts', import.meta.url), { type: 'module' });
    // The worker's script did not load (offline): every chart waiting for it says so.
    worker.addEventListener('error', () => {
      for (const container of drawn.values()) if (!container.dataset.drawn) chartFailed(container);
    });
    worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
      const container = drawn.get(event.data.id);
      if (container) container.dataset.drawn = 'true';
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
  const id = drawn.size;
  drawn.set(id, container);
  const theme: ChartTheme = {
    font: getComputedStyle(document.body).fontFamily,
    ink: cssColor('--ink-soft'),
    paper: cssColor('--paper'),
    rule: cssColor('--rule'),
    accent: cssColor('--accent'),
    editorial: cssColor('--editorial'),
    editorialBg: cssColor('--editorial-bg'),
  };
  const axis = container.dataset.axis === 'years' ? 'years' : 'indicators';
  const drawing = readTable(container.closest('figure')!.querySelector('table')!, container.dataset.unit ?? '', axis);
  const offscreen = canvas.transferControlToOffscreen();
  const message: ToWorker = {
    kind: 'draw',
    id,
    canvas: offscreen,
    width: container.clientWidth,
    height: container.clientHeight,
    pixelRatio: devicePixelRatio,
    drawing,
    theme,
  };
  chartWorker().postMessage(message, [offscreen]);
  // The worker cannot see the page's layout: it is told when the chart's box changes size.
  let size = `${container.clientWidth}x${container.clientHeight}`;
  new ResizeObserver(() => {
    const next = `${container.clientWidth}x${container.clientHeight}`;
    if (next === size) return;
    size = next;
    chartWorker().postMessage({ kind: 'resize', id, width: container.clientWidth, height: container.clientHeight } satisfies ToWorker);
  }).observe(container);
}
