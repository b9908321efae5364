import type { Page } from 'playwright-core';

/**
 * Records every layout shift of the page from its first paint on (call before it loads), or only
 * those that move something inside `within` (a selector).
 */
export async function recordLayoutShifts(page: Page, within?: string): Promise<void> {
  await page.addInitScript((within) => {
    const w = window as unknown as { shifted: number };
    w.shifted = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; sources: { node?: Node }[] }[]) {
        if (!within || entry.sources.some((s) => s.node instanceof Element && s.node.closest(within))) w.shifted += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  }, within);
}

/** The sum of the shifts recorded so far (0: nothing the reader saw moved). */
export const layoutShifted = (page: Page): Promise<number> => page.evaluate(() => (window as unknown as { shifted: number }).shifted);
