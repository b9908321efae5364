import type { ChartBoxData, Dataset } from '../lib/render/chart-contract';

/** Offline, say so where the chart would be; the table below it has every value. */
export function chartFailed(container: HTMLElement): void {
  // The casts cost nothing in site.ts, which every page loads; a helper would.
  (container.dataset as Dataset<ChartBoxData>).failed = '';
  container.querySelector('.chart-loading')!.textContent = (container.dataset as Dataset<ChartBoxData>).failedText ?? '';
}
