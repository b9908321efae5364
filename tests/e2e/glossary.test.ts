import { describe, expect, it } from 'vitest';
import { openPage } from '../support/chromium';
import { useSite } from '../support/browser-site';

const site = useSite();

describe('the glossary page', () => {
  it('lists every term once, footnoted places linked to the notes, and no console errors', async () => {
    const { page, errors } = await openPage(site.browser, `${site.origin}/glossary/`);
    const terms = await page.locator('.glossary-entry h3').allTextContents();
    expect(new Set(terms).size).toBe(terms.length);
    expect(terms).toContain('三公经费');
    const footnoteLinks = await page
      .locator('#sangong-jingfei .glossary-footnotes a[href*="#fn-"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(footnoteLinks).toEqual(['/reports/2012/#fn-14', '/reports/2015/#fn-11', '/reports/2016/#fn-17']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('filters the terms as the reader types', async () => {
    const { page } = await openPage(site.browser, `${site.origin}/glossary/`);
    await page.fill('#glossary-filter-input', '河长');
    const visible = await page.locator('.glossary-entry:visible h3').allTextContents();
    expect(visible).toEqual(['河长制']);
    expect(await page.locator('.glossary-filter-count').textContent()).toMatch(/^显示 1 \/ \d+ 个术语$/);
    await page.fill('#glossary-filter-input', '');
    expect(await page.locator('.glossary-entry:visible').count()).toBe(await page.locator('.glossary-entry').count());
    await page.close();
  });

  it('says plainly which terms await a definition', async () => {
    const { page } = await openPage(site.browser, `${site.origin}/glossary/`);
    const unknown = await page.locator('.glossary-entry[data-basis="unknown"]').count();
    expect(await page.locator('.glossary-unknown-list li').count()).toBe(unknown);
    expect(await page.locator('#yihexin-liangmenhu p.unknown').textContent()).toContain('原注释缺失，释义待补');
    await page.close();
  });

  it('a mention link lands on the paragraph that contains the term', async () => {
    const { page } = await openPage(site.browser, `${site.origin}/glossary/#hezhangzhi`);
    const link = page.locator('#hezhangzhi .glossary-mentions a').first();
    const href = (await link.getAttribute('href'))!;
    await page.goto(site.origin + href);
    expect(await page.locator(`#${href.split('#')[1]}`).textContent()).toContain('河长制');
    await page.close();
  });

  it('shows the whole list without JavaScript, and hides the filter that would not work', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/glossary/`);
    expect(await page.locator('.glossary-filter').isVisible()).toBe(false);
    expect(await page.locator('.glossary-entry:visible').count()).toBeGreaterThan(60);
    await context.close();
  });
});
