import { readFileSync, statSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { readReportFiles } from '../../src/lib/content/files';
import { citationFilePath, shareImagePath } from '../../src/lib/cite/reference';
import { reportSchema, type ReportFrontmatter } from '../../src/lib/report-schema';
import { builtPage, builtReportYears, distDir } from '../support/built';
import { parseCitationFile } from '../support/citation-files';

const frontmatter = (year: number): ReportFrontmatter =>
  reportSchema.parse(parseFrontmatter(readReportFiles().find((f) => f.file.endsWith(`/${year}.md`))!.text).frontmatter);
const slashDate = (d: Date) => d.toISOString().slice(0, 10).replace(/-/g, '/');

/**
 * What Zotero's "Embedded Metadata" translator takes from a page (zotero/translators, Embedded
 * Metadata.js and the RDF translator it hands Open Graph to), for the fields a citation needs:
 * - the item type: citation_journal_title, citation_technical_report_institution and the like
 *   set it; otherwise Open Graph's og:type ("website" is a web page), else a journal article is
 *   guessed from citation_title;
 * - title: citation_title; authors: citation_author, each one creator;
 * - date: citation_publication_date, citation_cover_date or citation_date;
 * - URL: citation_public_url, else citation_abstract_html_url, else the canonical link, else the
 *   address the page was opened at.
 */
function zoteroReads(page: HTMLElement, openedAt: string) {
  const meta = (name: string) =>
    page.querySelectorAll(`head meta[name="${name}"], head meta[property="${name}"]`).map((m) => m.getAttribute('content')!);
  const typeSetters = [
    'citation_journal_title',
    'citation_technical_report_institution',
    'citation_conference_title',
    'citation_book_title',
    'citation_dissertation_institution',
  ];
  return {
    itemType: typeSetters.some((n) => meta(n).length) ? 'set by Highwire' : meta('og:type')[0] === 'website' ? 'webpage' : 'journalArticle',
    title: meta('citation_title')[0],
    creators: meta('citation_author'),
    date: meta('citation_publication_date')[0] ?? meta('citation_cover_date')[0] ?? meta('citation_date')[0],
    url:
      meta('citation_public_url')[0] ??
      meta('citation_abstract_html_url')[0] ??
      page.querySelector('link[rel=canonical]')?.getAttribute('href') ??
      openedAt,
  };
}

const pngSize = (file: Buffer) => {
  // The signature, then the IHDR chunk: its length, its type, then width and height (big-endian).
  expect(file.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(file.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: file.readUInt32BE(16), height: file.readUInt32BE(20) };
};

describe.each(builtReportYears())('the %i report', (year) => {
  const report = frontmatter(year);
  const distFile = (path: string) => readFileSync(new URL(path.slice(1), distDir));

  it('has its share image: a 1200×630 PNG, small', () => {
    const image = distFile(shareImagePath(year));
    expect(pngSize(image)).toEqual({ width: 1200, height: 630 });
    expect(statSync(new URL(shareImagePath(year).slice(1), distDir)).size).toBeLessThan(100 * 1024);
  });

  it('has BibTeX and RIS files that a parser reads back as the frontmatter says', () => {
    const canonical = builtPage(`/reports/${year}/`).querySelector('link[rel=canonical]')?.getAttribute('href');
    for (const kind of ['bib', 'ris'] as const) {
      const item = parseCitationFile(distFile(citationFilePath(year, kind)).toString('utf8'));
      expect(item.title, kind).toBe(report.title);
      expect(item.author, kind).toEqual([{ family: '江门市人民政府' }]);
      const d = report.delivered;
      expect(item.issued, kind).toEqual(d && { 'date-parts': [[d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]] });
      expect(item.URL, kind).toBe(canonical);
    }
    const [csl] = JSON.parse(distFile(citationFilePath(year, 'json')).toString('utf8'));
    expect(csl).toMatchObject({ type: 'webpage', title: report.title, author: [{ literal: '江门市人民政府' }] });
  });

  describe.each([`/reports/${year}/`, `/zh-hant/reports/${year}/`])('%s', (path) => {
    const page = builtPage(path);
    const title = page.querySelector('h1')!.text;
    const author = path.startsWith('/zh-hant/') ? '江門市人民政府' : '江门市人民政府';
    const canonical = page.querySelector('link[rel=canonical]')?.getAttribute('href');
    const meta = (name: string) => page.querySelector(`head meta[name="${name}"], head meta[property="${name}"]`)?.getAttribute('content');

    it("gives Zotero a web page with the report's title, its author, its date where known and the page's address", () => {
      const openedAt = `https://reader.example${path}`;
      expect(zoteroReads(page, openedAt)).toEqual({
        itemType: 'webpage',
        title,
        creators: [author],
        date: report.delivered && slashDate(report.delivered),
        url: canonical ?? openedAt,
      });
      expect(meta('citation_language')).toBe('zh');
      if (canonical) expect(new URL(canonical).pathname).toBe(path);
    });

    it('has schema.org JSON-LD: the report, its author, date, language and site', () => {
      const scripts = page.querySelectorAll('script[type="application/ld+json"]');
      expect(scripts).toHaveLength(1);
      const data = JSON.parse(scripts[0]!.text);
      expect(data).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'Report',
        name: title,
        author: { '@type': 'GovernmentOrganization', name: author },
        inLanguage: page.querySelector('html')!.getAttribute('lang'),
        isPartOf: { '@type': 'WebSite' },
      });
      expect(data.datePublished).toBe(report.delivered?.toISOString().slice(0, 10));
      expect(data.url).toBe(canonical);
    });

    it('has Open Graph tags, with the address and the share image only where the build knows the site', () => {
      expect(meta('og:title')).toBe(title);
      expect(meta('og:description')).toBe(meta('description'));
      expect(meta('og:url')).toBe(canonical);
      const image = meta('og:image');
      if (!canonical) return expect(image).toBeUndefined();
      expect(new URL(image!).origin).toBe(new URL(canonical).origin);
      expect(new URL(image!).pathname).toBe(shareImagePath(year));
      expect([meta('og:image:width'), meta('og:image:height'), meta('twitter:card')]).toEqual(['1200', '630', 'summary_large_image']);
    });

    it('offers GB/T 7714 and APA citations of the page, and the three files', () => {
      const panel = page.querySelector('details[data-cite]')!;
      const published = report.delivered ? `(${report.delivered.toISOString().slice(0, 10)})` : '';
      const address = page.querySelector('[data-cite-gbt] a[data-address]')!;
      expect(address.getAttribute('href')).toBe(path);
      if (canonical) expect(address.text).toBe(canonical);
      expect(page.querySelector('[data-cite-gbt]')!.text).toBe(
        `${author}. ${title}[EB/OL]. ${published}[${page.querySelector('[data-accessed]')!.text}]. ${address.text}.`,
      );
      expect(panel.querySelectorAll('a[download]').map((a) => a.getAttribute('href'))).toEqual(
        (['bib', 'ris', 'json'] as const).map((kind) => citationFilePath(year, kind)),
      );
    });
  });
});
