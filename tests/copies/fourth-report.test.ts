import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { serveDist } from '../support/static-server';
import { projectCopy } from '../support/project-copy';
import { useBrowser } from '../support/browser-site';

const site = useBrowser();

/**
 * Adding a report is adding files: a copy of the project gets a fourth report (the 2015 report
 * copied as 2017, its frontmatter adjusted: year, date, and no place in the 2017 seed, as a
 * report from another source; with its indicator file) and nothing else, and the built site lists
 * it everywhere a report belongs. The same copy (one build for both) has 㓆 in a 2012 paragraph: a
 * legitimate character that the 繁體 edition writes 𠗣, beyond the Basic Multilingual Plane (two
 * UTF-16 units for one).
 */
const project = projectCopy();
let origin = '';
let close: (() => Promise<void>) | undefined;
let query = '';
// Report text that Markdown would read as markup (GFM struck 5个百分点,投资10 through) is text.
const plainText = '测试:增长3~5个百分点,投资10~20亿元,2*3*4与**x**照录。';
beforeAll(async () => {
  const report = project
    .read('content/reports/2015.md')
    .replace(/^title: .*$/m, 'title: 2017年江门市政府工作报告(测试副本)')
    .replace(/^year: 2015$/m, 'year: 2017')
    .replace(/^delivered: 2015-/m, 'delivered: 2017-')
    .replace(/^sourcePosition: \d+\n/m, '')
    .replace(/^officialCopy: .*\n/m, '');
  project.write(
    'content/reports/2017.md',
    report.replace(/^## .*$/m, (heading) => `${heading}\n\n${plainText}`),
  );
  project.write('content/indicators/2017.yaml', project.read('content/indicators/2015.yaml'));
  // A piece of the copied text to search for: it is in the 2015 report, so in 2017 too.
  query = report
    .split('\n')
    .find((l) => l.length > 40 && !l.startsWith('#') && !l.includes(':'))!
    .slice(4, 12);
  project.edit('content/reports/2012.md', (text) => text.replace('我代表市人民政府向大会作', '我代表㓆市人民政府向大会作'));
  const { failed, output } = await project.build();
  expect(failed, output).toBe(false);
  ({ origin, close } = await serveDist(join(project.dir, 'dist/')));
}, 180_000);
afterAll(async () => {
  await close?.();
  project.remove();
});

const page = async (path: string) => parse(await (await fetch(origin + path)).text());

describe('a fourth report, added as files only', () => {
  it('is on the home page and in every page header', async () => {
    const home = await page('/');
    expect(home.querySelectorAll('.report-list a').map((a) => a.getAttribute('href'))).toContain('/reports/2017/');
    expect(home.querySelector('.lead')!.text).toContain('2017');
    expect((await page('/glossary/')).querySelectorAll('.site-header nav a').map((a) => a.text)).toContain('2017');
  });

  it('has its page, linked from the report before it', async () => {
    expect((await page('/reports/2017/')).querySelector('h1')!.text).toBe('2017年江门市政府工作报告(测试副本)');
    expect((await page('/reports/2016/')).querySelector('.report-pager a[rel="next"]')!.getAttribute('href')).toBe('/reports/2017/');
  });

  it('has its citations: GB/T 7714 under its title, its three files and its share image', async () => {
    const report = await page('/reports/2017/');
    // The frontmatter copied from 2015, its delivery date moved to 2017 (a report's date is in its year).
    expect(report.querySelector('[data-cite-gbt]')!.text).toMatch(
      /^江门市人民政府\. 2017年江门市政府工作报告\(测试副本\)\[EB\/OL\]\. \(2017-02-05\)\[/,
    );
    const files = report.querySelectorAll('details[data-cite] a[download]').map((a) => a.getAttribute('href')!);
    expect(files).toHaveLength(3);
    for (const file of files) expect((await fetch(origin + file)).status, file).toBe(200);
    expect((await fetch(`${origin}/reports/share/2017.png`)).headers.get('content-type')).toBe('image/png');
  });

  it("is among the glossary's occurrences and on /indicators/", async () => {
    const glossary = await page('/glossary/');
    expect(glossary.querySelectorAll('.glossary-mentions a[href^="/reports/2017/"]').length).toBeGreaterThan(0);
    expect(glossary.querySelectorAll('.glossary-footnotes a[href^="/reports/2017/"]').length).toBeGreaterThan(0);
    const indicators = await page('/indicators/');
    expect(indicators.getElementById('values-2017')).not.toBeNull();
  });

  it('publishes its text as written, and search finds it so', async () => {
    const paragraphs = (await page('/reports/2017/')).querySelectorAll('.report-body p').map((p) => p.text);
    // Only the punctuation is set full-width in Chinese context.
    expect(paragraphs).toContain('测试：增长3~5个百分点，投资10~20亿元，2*3*4与**x**照录。');
    const browserPage = await site.browser.newPage();
    await browserPage.goto(`${origin}/search/?q=${encodeURIComponent('3~5个')}`);
    await browserPage.waitForSelector('#search-results[data-state="done"]', { state: 'attached' });
    const hits = await browserPage.locator('.search-hits a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(hits).toEqual(['/reports/2017/']);
    await browserPage.close();
  });

  it('is found by search', async () => {
    const browserPage = await site.browser.newPage();
    await browserPage.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
    await browserPage.waitForSelector('#search-results[data-state="done"]', { state: 'attached' });
    const hits = await browserPage.locator('.search-hits a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(hits, query).toContain('/reports/2017/');
    expect(hits).toContain('/reports/2015/');
    await browserPage.close();
  });
});

describe('a character that the 繁體 edition writes beyond the Basic Multilingual Plane (㓆 → 𠗣)', () => {
  const paragraph = async (path: string) => (await page(path)).querySelectorAll('.report-body > p').find((p) => /㓆|𠗣/u.test(p.text))!;

  it('publishes in both editions, in its place', async () => {
    const [hans, hant] = [await paragraph('/reports/2012/'), await paragraph('/zh-hant/reports/2012/')];
    expect(hans.text).toContain('我代表㓆市人民政府向大会作政府工作报告');
    expect(hant.getAttribute('id')).toBe(hans.getAttribute('id'));
    expect(hant.text).toContain('我代表𠗣市人民政府向大會作政府工作報告');
    expect(((await (await fetch(`${origin}/script-map.json`)).json()) as Record<string, string>)['㓆']).toBe('𠗣');
  });

  it.each([
    ['/search/', '㓆市人民', '㓆市人民'],
    ['/search/', '𠗣市人民', '㓆市人民'],
    ['/zh-hant/search/', '𠗣市人民', '𠗣市人民'],
    ['/zh-hant/search/', '㓆市人民', '𠗣市人民'],
  ])('is found exactly by %s?q=%s, and marked as %s', async (path, q, marked) => {
    const browserPage = await site.browser.newPage();
    await browserPage.goto(`${origin}${path}?q=${encodeURIComponent(q)}`);
    await browserPage.waitForSelector('#search-results[data-state="done"]', { state: 'attached' });
    const hits = await browserPage.locator('.search-hits a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
    expect(hits).toEqual([`${path.replace('/search/', '/reports/2012/')}`]);
    expect(await browserPage.locator('.search-excerpt mark').allTextContents()).toEqual([marked]);
    await browserPage.close();
  });

  it('leaves the highlight of what follows it in place on the 繁體 page', async () => {
    const id = (await paragraph('/reports/2012/')).getAttribute('id')!;
    const browserPage = await site.browser.newPage();
    const errors: string[] = [];
    browserPage.on('pageerror', (e) => errors.push(e.message));
    for (const [term, shown] of [
      ['政府工作报告', '政府工作報告'],
      ['㓆市', '𠗣市'],
    ]) {
      await browserPage.goto(`${origin}/zh-hant/reports/2012/?hl=${encodeURIComponent(term!)}#${id}`);
      await browserPage.waitForFunction(() => (CSS.highlights.get('search-term')?.size ?? 0) > 0);
      const highlighted = await browserPage.evaluate(() => [...CSS.highlights.get('search-term')!].map((r) => r.toString()));
      expect(new Set(highlighted), term).toEqual(new Set([shown]));
    }
    expect(errors).toEqual([]);
    await browserPage.close();
  });
});
