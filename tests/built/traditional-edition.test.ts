import { describe, expect, it } from 'vitest';
import { hantLang, hantPrefix } from '../../src/lib/edition/paths';
import { builtHtmlFiles, builtPage } from '../support/built';

/** Every page of the simplified edition, by its path. */
const pages = builtHtmlFiles()
  .filter((f) => !f.startsWith('zh-hant'))
  .map((f) => `/${f.replace(/(^|\/)index\.html$/, '$1')}`);

describe('the 繁體 edition', () => {
  it('has a twin of every page under /zh-hant/', () => {
    expect(pages.length).toBeGreaterThanOrEqual(9);
    for (const path of pages) expect(builtPage(`${hantPrefix}${path}`).querySelector('html')?.getAttribute('lang'), path).toBe(hantLang);
  });

  // Their alternate links and the sitemap need the site's address: tests/copies/site-url.test.ts.
  it.each(pages)('%s and its twin switch to each other', (path) => {
    const [hans, hant] = [builtPage(path), builtPage(`${hantPrefix}${path}`)];
    expect(hans.querySelector('[data-edition-switch]')?.getAttribute('href')).toBe(`${hantPrefix}${path}`);
    expect(hant.querySelector('[data-edition-switch]')?.getAttribute('href')).toBe(path);
    expect(hant.querySelector('[data-edition-switch]')?.text).toBe('简体');
  });

  it.each(pages)('%s and its twin have the same elements and attributes, in the same order', (path) => {
    const shape = (page: ReturnType<typeof builtPage>) =>
      page.querySelectorAll('*').map(
        (el) =>
          `${el.tagName}[${Object.keys(el.attributes)
            .filter((a) => a !== 'hreflang')
            .join(',')}]`,
      );
    const [hans, hant] = [shape(builtPage(path)), shape(builtPage(`${hantPrefix}${path}`))];
    // The twin adds only its notice (a paragraph and its link) to a report page's header.
    const notice = hant.findIndex((s, i) => s !== hans[i]);
    const extra = notice === -1 ? 0 : 2;
    expect(hant.length - hans.length).toBe(extra);
    if (extra) expect([...hant.slice(0, notice), ...hant.slice(notice + extra)]).toEqual(hans);
    else expect(hant).toEqual(hans);
  });

  it('keeps its links in the edition, and shares the files', () => {
    const page = builtPage(`${hantPrefix}/indicators/`);
    const links = page.querySelectorAll('main a[href^="/"]').map((a) => a.getAttribute('href')!);
    // Only the data files are shared: the downloads of all values, and each chart's CSV.
    const shared = links.filter((href) => !href.startsWith(`${hantPrefix}/`));
    expect(shared).toEqual(expect.arrayContaining(['/indicators/indicators.csv', '/indicators/indicators.json', '/indicators/gdp.csv']));
    for (const href of shared) expect(href).toMatch(/^\/indicators\/[a-z-]+\.(csv|json)$/);
    // The downloads are the source text, and the page says so.
    expect(page.querySelector('.downloads')!.text).toContain('簡體');
    expect(builtPage(`${hantPrefix}/search/`).querySelector('form#search-form')?.getAttribute('action')).toBe(`${hantPrefix}/search/`);
  });

  it.each(pages)("%s sets its text's quotation marks as Hong Kong does, and keeps those of code", (path) => {
    const hant = builtPage(`${hantPrefix}${path}`);
    for (const el of hant.querySelectorAll('script, style, code')) el.remove();
    const text = hant.querySelector('body')!.text;
    expect(text.match(/.{0,8}[“”‘’].{0,8}/g) ?? []).toEqual([]);
    // Every mark of the source page is there, as its Hong Kong form.
    const source = builtPage(path).querySelector('body')!;
    for (const el of source.querySelectorAll('script, style, code')) el.remove();
    const count = (s: string, marks: RegExp) => s.match(marks)?.length ?? 0;
    expect(count(text, /「/g)).toBe(count(source.text, /[“「]/g));
    expect(count(text, /『/g)).toBe(count(source.text, /[‘『]/g));
    // The description that search engines show too.
    const description = hant.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
    expect(description).not.toMatch(/[“”]/);
  });

  it("nests quotations as 「…『…』…」 (the glossary quotes the reports' inner quotes)", () => {
    expect(builtPage(`${hantPrefix}/glossary/`).querySelector('main')!.text).toMatch(/「[^」]*『1\+6』[^」]*」/);
  });
});
