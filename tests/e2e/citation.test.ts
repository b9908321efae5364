import { describe, expect, it } from 'vitest';
import { openPage } from '../support/chromium';
import { useSite } from '../support/browser-site';

const site = useSite();

describe('citing a report', () => {
  it.each([
    ['/reports/2016/', '江门市人民政府. 2016年江门市政府工作报告'],
    ['/zh-hant/reports/2016/', '江門市人民政府. 2016年江門市政府工作報告'],
  ])("%s: the citations under the title take the reader's today as their 引用日期 when opened", async (path, start) => {
    const { page, errors } = await openPage(site.browser, `${site.origin}${path}`, 360);
    const gbt = page.locator('[data-cite-gbt]');
    expect(await page.locator('[data-accessed]').textContent()).toBe('引用日期');
    await page.locator('details[data-cite] summary').click();
    const today = await page.evaluate(() => new Date().toLocaleDateString('sv'));
    await expect.poll(() => page.locator('[data-accessed]').textContent()).toBe(today);
    expect(await gbt.textContent()).toMatch(
      new RegExp(`^${start}\\[EB/OL\\]\\. \\(2016-01-20\\)\\[${today}\\]\\. https?://[^/]+${path}\\.$`),
    );
    expect(await gbt.isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reports no CSP violation for the JSON-LD, a data block the CSP does not govern', async () => {
    const { page, errors } = await openPage(site.browser, `${site.origin}/reports/2012/`, 1440, async (p) => {
      await p.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { cspViolations: string[] }).cspViolations = seen;
        document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.sample}`));
      });
    });
    await page.waitForLoadState('load');
    expect(await page.locator('script[type="application/ld+json"]').count()).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
