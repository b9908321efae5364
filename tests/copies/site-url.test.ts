import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { projectCopy } from '../support/project-copy';
import { seedReports } from '../support/seed';
import { hantPrefix } from '../../src/lib/edition/paths';
import { firstLoad } from '../../src/lib/host/page-weight';

const origin = 'https://example.org';

/**
 * The site built where it lives, SITE_URL=https://example.org: every address a reader or a
 * crawler reads is absolute on that origin (the default build names none: tests/built/addresses.test.ts).
 * The same copy has a fourth report from another source (no sourcePosition), whose text file is
 * its Markdown's text.
 */
describe('a build with SITE_URL', () => {
  const project = projectCopy();
  const dist = join(project.dir, 'dist/');
  const read = (file: string) => readFileSync(join(dist, file), 'utf8');
  const page = (file: string) => parse(read(file));
  let pages: { file: string; path: string }[] = [];
  beforeAll(async () => {
    project.write(
      'content/reports/2017.md',
      project
        .read('content/reports/2015.md')
        .replace(/^title: .*$/m, 'title: 2017年江门市政府工作报告(另一来源的测试副本)')
        .replace(/^year: 2015$/m, 'year: 2017')
        .replace(/^(delivered|sourcePosition|officialCopy): .*\n/gm, ''),
    );
    project.write('content/indicators/2017.yaml', project.read('content/indicators/2015.yaml'));
    const { failed, output } = await project.build({ SITE_URL: origin });
    expect(failed, output).toBe(false);
    pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.html'))
      .map((file) => ({ file, path: `/${file.replace(/(^|\/)index\.html$/, '$1')}` }));
  }, 180_000);
  afterAll(() => project.remove());

  it('gives every page its canonical address, and both editions as alternates, on the origin', () => {
    expect(pages.length).toBeGreaterThanOrEqual(20);
    for (const { file, path } of pages) {
      const html = page(file);
      if (path.endsWith('/404.html')) {
        // Served at any address: it names no alternates.
        expect(html.querySelectorAll('link[rel="alternate"]'), file).toHaveLength(0);
        continue;
      }
      expect(html.querySelector('link[rel="canonical"]')?.getAttribute('href'), file).toBe(`${origin}${path}`);
      const hans = path.startsWith(`${hantPrefix}/`) ? path.slice(hantPrefix.length) : path;
      const alternates = Object.fromEntries(
        html.querySelectorAll('link[rel="alternate"]').map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]),
      );
      expect(alternates, file).toEqual({ 'zh-CN': `${origin}${hans}`, 'zh-Hant-HK': `${origin}${hantPrefix}${hans}` });
    }
  });

  it('lists every page of both editions in the sitemap, which robots.txt names', () => {
    expect(read('robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${origin}/sitemap-index.xml\n`);
    expect(read('sitemap-index.xml')).toContain(`<loc>${origin}/sitemap-0.xml</loc>`);
    const listed = [...read('sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => loc).sort();
    const expected = pages
      .filter(({ path }) => !path.endsWith('/404.html'))
      .map(({ path }) => `${origin}${path}`)
      .sort();
    expect(listed).toEqual(expected);
    expect(listed).toContain(`${origin}${hantPrefix}/reports/2017/`);
  });

  it('gives the downloads’ sources on the origin', () => {
    for (const file of ['indicators/indicators.csv', 'indicators/gdp.csv']) {
      const [header, ...rows] = read(file)
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n');
      expect(header!.split(',').at(-1)).toBe('source');
      expect(rows.length).toBeGreaterThan(1);
      for (const row of rows) expect(row.split(',').at(-1), file).toMatch(new RegExp(`^${origin}/reports/\\d{4}/#p-\\d+$`));
    }
    const json = JSON.parse(read('indicators/indicators.json')) as { values: { source: string }[] };
    for (const { source } of json.values) expect(source.startsWith(`${origin}/reports/`), source).toBe(true);
  });

  it('writes the printed and cited addresses in full on the origin, in each edition, for a reader without JavaScript', () => {
    for (const { file, path } of pages) {
      expect(page(file).querySelector('.site-footer a[data-address]')?.text, file).toBe(`${origin}${path}`);
    }
    for (const edition of ['', hantPrefix]) {
      const cites = page(`${edition.slice(1)}${edition ? '/' : ''}indicators/index.html`).querySelectorAll('.chart-cite a[data-address]');
      expect(cites.length).toBeGreaterThan(3);
      for (const a of cites) expect(a.text.trim()).toBe(`${origin}${a.getAttribute('href')}`);
    }
    const naming = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter(
      (f) => /\.(html|xml|txt|csv|json|js)$/.test(f) && read(f).includes('localhost'),
    );
    expect(naming).toEqual([]);
  });

  it('keeps a report page’s first load within the limit issue 23 sets for the published site (31,744 bytes)', () => {
    for (const { file } of pages.filter((p) => /reports\/\d{4}\/index\.html$/.test(p.file))) {
      const weight = firstLoad(dist, file);
      console.log(`/${file} first load with SITE_URL, gzipped: ${JSON.stringify(weight)}`);
      expect(weight.total, file).toBeLessThanOrEqual(31 * 1024);
    }
  });

  it('gives a report from another source its Markdown’s text, as the source has it, and no place in the seed', () => {
    const text = read('reports/2017.txt');
    // The 2015 report's Markdown, copied: the lines of the 2015 report in the seed, one paragraph each.
    expect(text.split('\n').filter(Boolean)).toEqual(seedReports().get(2015));
    expect(text).not.toMatch(/^#|\[\^|^\[\d+\]:/m);
    expect(text.endsWith('。\n')).toBe(true);
    // Its page and /about/ name no place in the seed.
    const source = page('reports/2017/index.html').querySelector('.report-meta a[href="/reports/2017.txt"]')!.closest('dd')!;
    expect(source.text).toBe('纯文本（简体）');
    const listed = page('about/index.html').querySelector('.year-evidence a[href="/reports/2017/"]')!.closest('dt')!;
    expect(listed.text.trim()).toBe('2017年江门市政府工作报告(另一来源的测试副本)');
  });
});
