/** Offline, say so where the chart would be; the table below it has every value. */
export function chartFailed(container: HTMLElement): void {
  container.dataset.failed = '';
  container.querySelector('.chart-loading')!.textContent = container.dataset.failedText ?? '';
}
