import type { ChartBoxData, Dataset } from '../lib/render/chart-contract';

/** How long a chart may take to come (its code, then the worker's drawing): a stalled request never ends. */
export const chartTimeoutSeconds = 15;

/** Offline or out of time, say so where the chart would be; the table below it has every value. A chart drawn stays drawn. */
export function chartFailed(container: HTMLElement): void {
  // The casts cost nothing in site.ts, which every page loads; a helper would.
  const data = container.dataset as Dataset<ChartBoxData>;
  if (data.drawn) return;
  data.failed = '';
  container.querySelector('.chart-loading')!.textContent = data.failedText ?? '';
}
