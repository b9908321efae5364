import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { serveDist } from '../support/static-server';
import { projectCopy } from '../support/project-copy';
import { useBrowser } from '../support/browser-site';

const site = useBrowser();

/**
 * Adding a report is adding files: a copy of the project gets a fourth report (the 2015 report
 * copied as 2017, its frontmatter adjusted, with its indicator file) and nothing else, and the
 * built site lists it everywhere a report belongs.
 */
describe('a fourth report, added as files only', () => {
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
    const { failed, output } = await project.build();
    expect(failed, output).toBe(false);
    ({ origin, close } = await serveDist(join(project.dir, 'dist/')));
  }, 120_000);
  afterAll(async () => {
    await close?.();
    project.remove();
  });

  const page = async (path: string) => parse(await (await fetch(origin + path)).text());

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
    // The frontmatter copied from 2015 keeps its date.
    expect(report.querySelector('[data-cite-gbt]')!.text).toMatch(
      /^江门市人民政府\. 2017年江门市政府工作报告\(测试副本\)\[EB\/OL\]\. \(2015-02-05\)\[/,
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
