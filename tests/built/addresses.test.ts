import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtHtmlFiles, builtPage, distDir } from '../support/built';
import { hantPrefix } from '../../src/lib/edition/paths';

/**
 * The default build, without SITE_URL (npm test builds so, tools/test.ts): nothing a reader can
 * copy or a crawler can read names a host it does not know. What must be absolute is left out,
 * the downloads give site paths, and the browser writes out the rest (tests/e2e/reading.test.ts,
 * tests/e2e/gates.test.ts). The same site built with SITE_URL: tests/copies/site-url.test.ts.
 */
const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((f) => !f.endsWith('/') && /\.\w+$|_headers$/.test(f));
const read = (file: string) => readFileSync(new URL(file, distDir), 'utf8');
/** Each page by its file and the path it is served at. */
const pages = builtHtmlFiles().map((file) => ({ file, path: `/${file.replace(/(^|\/)index\.html$/, '$1')}` }));

describe('a build without SITE_URL', () => {
  it('names localhost nowhere', () => {
    expect(files.length).toBeGreaterThan(100);
    const naming = files.filter((f) => /localhost|127\.0\.0\.1|:4321\b/.test(read(f)));
    expect(naming).toEqual([]);
  });

  it('leaves out what must be absolute: canonical and hreflang links, the sitemap, its line in robots.txt', () => {
    for (const { file } of pages) {
      const page = builtPage(file);
      expect(page.querySelectorAll('link[rel="canonical"], link[rel="alternate"], [hreflang]:not(a)'), file).toHaveLength(0);
    }
    expect(files.filter((f) => f.includes('sitemap'))).toEqual([]);
    expect(read('robots.txt')).toBe('User-agent: *\nAllow: /\n');
  });

  it('gives the downloads’ sources as site paths', () => {
    const csvSources = (file: string) => {
      const [header, ...rows] = read(file)
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n');
      const column = header!.split(',').indexOf('source');
      expect(column, file).toBeGreaterThan(-1);
      // The source is the last column, and a path has no comma or quote.
      return rows.map((row) => row.split(',').at(-1)!);
    };
    const csvFiles = files.filter((f) => f.startsWith('indicators/') && f.endsWith('.csv'));
    expect(csvFiles.length).toBeGreaterThan(5);
    for (const file of csvFiles) for (const source of csvSources(file)) expect(source, file).toMatch(/^\/reports\/\d{4}\/#p-\d+$/);
    const json = JSON.parse(read('indicators/indicators.json')) as { values: { source: string }[] };
    expect(json.values.map((v) => v.source)).toEqual(csvSources('indicators/indicators.csv'));
  });

  it('writes the addresses a reader prints or cites as the site paths the browser writes out in full', () => {
    for (const { file, path } of pages) {
      const address = builtPage(file).querySelectorAll('.site-footer .print-only a[data-address]');
      expect(address, file).toHaveLength(1);
      // The 404 page's own file; every other page's own path, in its edition.
      expect(address[0]!.getAttribute('href'), file).toBe(path);
      expect(address[0]!.text, file).toBe(path);
    }
    for (const edition of ['', hantPrefix]) {
      const cites = builtPage(`${edition}/indicators/`).querySelectorAll('.chart-cite a[data-address]');
      expect(cites.length).toBeGreaterThan(3);
      for (const a of cites) {
        expect(a.getAttribute('href')).toMatch(new RegExp(`^${edition}/indicators/#[a-z-]+$`));
        expect(a.text.trim()).toBe(a.getAttribute('href'));
      }
    }
  });
});
