import type { Page } from 'playwright-core';

/** The results region, once the search has answered (it may be empty, hence "attached"). */
export const settled = (page: Page) =>
  page.waitForSelector('#search-results:is([data-state="done"], [data-state="partial"], [data-state="problem"])', { state: 'attached' });

/** Types a query into the search page's form and submits it, as a reader does. */
export async function typeQuery(page: Page, query: string): Promise<void> {
  await page.locator('#search-results').evaluate((el) => el.removeAttribute('data-state'));
  await page.fill('#search-q', query);
  await page.press('#search-q', 'Enter');
  await settled(page);
}
