import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectCopy } from '../support/project-copy';
import { useBrowser } from '../support/browser-site';

const site = useBrowser();

/** `npm run dev` (astro dev) on a copy of the project: the pages, the search and live content. */
describe('astro dev', () => {
  const project = projectCopy();
  let server: Awaited<ReturnType<typeof project.dev>> | undefined;
  beforeAll(async () => {
    server = await project.dev();
  }, 90_000);
  afterAll(async () => {
    await server?.stop();
    project.remove();
  });

  it('searches, with the index built from the content', async () => {
    const page = await site.browser.newPage();
    // The dev server compiles a page and its modules on the first request: on a busy machine
    // that takes longer than a built page's 30 s default.
    await page.goto(`${server!.origin}/search/?q=${encodeURIComponent('碉楼')}`, { timeout: 90_000 });
    await page.waitForSelector('#search-results:is([data-state="done"], [data-state="problem"])', { state: 'attached', timeout: 30_000 });
    expect(await page.locator('.search-hits a[href^="/reports/"]').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('shows a glossary edit on the next load, with no restart', async () => {
    const glossary = async () => (await fetch(`${server!.origin}/glossary/`)).text();
    expect(await glossary()).not.toContain('开发服务器测试');
    project.edit('content/glossary.yaml', (yaml) => yaml.replace('definition: 开放之门', 'definition: 开发服务器测试。开放之门'));
    await expect.poll(glossary, { timeout: 10_000 }).toContain('开发服务器测试');
  });
});
