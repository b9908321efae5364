import { chartFailed, chartTimeoutSeconds } from './chart-failure';

/**
 * The chart code (a worker with Chart.js) is fetched only when a chart scrolls near the viewport:
 * the page, its text and the charts' data tables work before (and without) any chart code.
 */
export function drawChartsWhenVisible(containers: NodeListOf<HTMLElement>): void {
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        const container = entry.target as HTMLElement;
        // Drawn or failed in time, whatever stalls: the chart code or the worker.
        setTimeout(() => chartFailed(container), chartTimeoutSeconds * 1000);
        import('./chart-render').then((m) => m.drawChart(container)).catch(() => chartFailed(container));
      }
    },
    { rootMargin: '200px' },
  );
  for (const container of containers) observer.observe(container);
}
