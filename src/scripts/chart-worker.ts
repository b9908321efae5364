/**
 * Draws the charts off the page's main thread (OffscreenCanvas): building a Chart.js chart takes
 * 250–550 ms of main-thread time on a slow phone (measured with 4× CPU slowdown), which blocked
 * scrolling and input whenever a chart came into view.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale } from 'chart.js';
import type { ChartTheme, FromWorker, Look, ToWorker } from './chart-drawing';

// Only what the bar charts use, so the bundle stays small. No tooltip: a worker gets no pointer
// events, and the table under each chart gives every value with its source.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend);

/** Actuals solid, estimates lighter, targets hollow: a target is never mistaken for a result. */
function looks(theme: ChartTheme): Record<Look, { backgroundColor: string; borderColor: string; borderWidth: number }> {
  return {
    actual: { backgroundColor: theme.accent, borderColor: theme.accent, borderWidth: 1 },
    // The accent at about 45% opacity (#rrggbb + alpha).
    estimate: { backgroundColor: `${theme.accent}73`, borderColor: theme.accent, borderWidth: 1 },
    target: { backgroundColor: theme.editorialBg, borderColor: theme.editorial, borderWidth: 2 },
  };
}

const charts = new Map<number, Chart>();

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.kind === 'resize') {
    charts.get(message.id)?.resize(message.width, message.height);
    return;
  }
  const { id, canvas, width, height, pixelRatio, drawing, theme } = message;
  // In CSS pixels: Chart.js multiplies by devicePixelRatio itself.
  canvas.width = width;
  canvas.height = height;
  Chart.defaults.font.family = theme.font;
  Chart.defaults.color = theme.ink;
  Chart.defaults.borderColor = theme.rule;
  const look = looks(theme);
  // Chart.js draws on an OffscreenCanvas in a worker (its docs: "Using from a web worker"), but
  // its ChartItem type lists only DOM canvases.
  const chart = new Chart(canvas as unknown as HTMLCanvasElement, {
    type: 'bar',
    data: {
      labels: drawing.categories,
      datasets: drawing.series.map((s) => ({
        label: s.name,
        data: s.values,
        backgroundColor: s.looks.map((l) => look[l].backgroundColor),
        borderColor: s.looks.map((l) => look[l].borderColor),
        borderWidth: s.looks.map((l) => look[l].borderWidth),
      })),
    },
    options: {
      responsive: false,
      maintainAspectRatio: false,
      devicePixelRatio: pixelRatio,
      animation: false,
      events: [],
      plugins: { legend: { position: 'bottom' } },
      scales: { y: { beginAtZero: true, title: { display: true, text: drawing.unit } } },
    },
  });
  charts.set(id, chart);
  self.postMessage({ kind: 'drawn', id } satisfies FromWorker);
});
