/**
 * Chart.js is fetched only when a chart scrolls near the viewport: the page, its text and the
 * charts' data tables work before (and without) any chart code. Charts are drawn one per task,
 * so several arriving at once never block the page for long (Lighthouse TBT).
 */
export function drawChartsWhenVisible(containers: NodeListOf<HTMLElement>): void {
  let queue = Promise.resolve();
  const nextTask = () => new Promise((resolve) => setTimeout(resolve));
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        queue = queue
          .then(() => import('./chart-render'))
          .then(async (m) => {
            await nextTask();
            m.drawChart(entry.target as HTMLElement);
          });
      }
    },
    { rootMargin: '200px' },
  );
  for (const container of containers) observer.observe(container);
}
