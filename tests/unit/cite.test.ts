import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { readReportFiles } from '../../src/lib/content/files';
import { bibtex, cslJson, ris } from '../../src/lib/cite/files';
import { jsonLd, metaTags } from '../../src/lib/cite/metadata';
import { reportReference, type Reference } from '../../src/lib/cite/reference';
import { shareCardSvg } from '../../src/lib/cite/share-card';
import { apa, citationText, gbt7714 } from '../../src/lib/cite/text';
import { reportSchema, type ReportFrontmatter } from '../../src/lib/report-schema';
import { parseCitationFile } from '../support/citation-files';

const report = (year: number): ReportFrontmatter => {
  const file = readReportFiles().find((f) => f.file.endsWith(`/${year}.md`))!;
  return reportSchema.parse(parseFrontmatter(file.text).frontmatter);
};
const site = new URL('https://example.org');

describe('GB/T 7714—2015, an online resource (4.8): 主要责任者. 题名[EB/OL]. (更新或修改日期)[引用日期]. 获取和访问路径.', () => {
  // The standard's own examples of [EB/OL] (4.8.2), as the GB/T 7714 BibTeX style
  // (zepinglee/gbt7714-bibtex-style) transcribes them to test against, in
  // test/entry-electronic.bbl, its TeX markup (\newblock, \allowbreak, \url{}, {OCLC}) taken out;
  // zotero-chinese/styles shows the first the same way in its README.
  const example = (author: string, title: string, url: string, issued?: Reference['issued']): Reference => ({
    id: 'example',
    author,
    title,
    ...(issued && { issued }),
    container: '',
    url,
    language: 'en',
  });

  it("writes the standard's example of a document with its date", () => {
    const url = 'http://www.soi.city.ac.uk/~dbawden/digital%20literacy%20chapter.pdf';
    const ref = example('BAWDEN D', 'Origins and concepts of digital literacy', url, { year: 2008, month: 5, day: 4 });
    expect(citationText(gbt7714(ref), { accessed: '2013-03-08', url })).toBe(
      'BAWDEN D. Origins and concepts of digital literacy[EB/OL]. (2008-05-04)[2013-03-08]. http://www.soi.city.ac.uk/~dbawden/digital%20literacy%20chapter.pdf.',
    );
  });

  it("writes the standard's example of an institution's page without a date, leaving the date out", () => {
    const url = 'http://www.oclc.org/about/cooperation.en.html';
    const ref = example('Online Computer Library Center, Inc', 'About OCLC: History of cooperation', url);
    expect(citationText(gbt7714(ref), { accessed: '2012-03-27', url })).toBe(
      'Online Computer Library Center, Inc. About OCLC: History of cooperation[EB/OL]. [2012-03-27]. http://www.oclc.org/about/cooperation.en.html.',
    );
  });

  it('cites a report by the city government, with the day it was delivered, or without one where it is not known', () => {
    const fill = { accessed: '2025-03-01', url: 'https://example.org/reports/2016/' };
    expect(citationText(gbt7714(reportReference(report(2016), site)), fill)).toBe(
      '江门市人民政府. 2016年江门市政府工作报告[EB/OL]. (2016-01-20)[2025-03-01]. https://example.org/reports/2016/.',
    );
    expect(citationText(gbt7714(reportReference(report(2012), site)), { ...fill, url: 'https://example.org/reports/2012/' })).toBe(
      '江门市人民政府. 2012年江门市政府工作报告[EB/OL]. [2025-03-01]. https://example.org/reports/2012/.',
    );
  });
});

describe('APA (7th edition)', () => {
  it('gives a report by a group author its year, and "n.d." where the report has no date', () => {
    const url = 'https://example.org/reports/2015/';
    expect(citationText(apa(reportReference(report(2015), site)), { accessed: '', url })).toBe(
      '江门市人民政府. (2015). 2015年江门市政府工作报告. 江门市政府工作报告网站. https://example.org/reports/2015/',
    );
    expect(citationText(apa(reportReference(report(2012), site)), { accessed: '', url })).toMatch(/^江门市人民政府\. \(n\.d\.\)\. 2012年/);
  });
});

describe('the citation files, read back by an independent parser', () => {
  const years = readReportFiles().map((f) => Number(/(\d{4})\.md$/.exec(f.file)![1]));

  describe.each(years)('the %i report', (year) => {
    const frontmatter = report(year);
    const ref = reportReference(frontmatter, site);
    const dateParts = frontmatter.delivered && [
      [frontmatter.delivered.getUTCFullYear(), frontmatter.delivered.getUTCMonth() + 1, frontmatter.delivered.getUTCDate()],
    ];

    it.each([
      ['BibTeX', bibtex(ref)],
      ['RIS', ris(ref)],
    ])('%s: the title, the one institutional author, the date where the frontmatter has it, the address', (_format, text) => {
      const item = parseCitationFile(text);
      expect(item.title).toBe(frontmatter.title);
      expect(item.author).toEqual([{ family: '江门市人民政府' }]);
      expect(item.issued).toEqual(dateParts && { 'date-parts': dateParts });
      expect(item.URL).toBe(`https://example.org/reports/${year}/`);
      expect(item.type).toBe('webpage');
    });

    it('CSL-JSON: the same, the author a literal name', () => {
      const [item, ...rest] = JSON.parse(cslJson(ref));
      expect(rest).toEqual([]);
      expect(item).toMatchObject({ type: 'webpage', title: frontmatter.title, author: [{ literal: '江门市人民政府' }], URL: ref.url });
      expect(item.issued).toEqual(dateParts && { 'date-parts': dateParts });
    });
  });

  it("keeps TeX's special characters and breaks in a title as text", () => {
    const title = '一个{标题} 50% R&D $1 #2 a_b x^2 3~5 C:\\dir';
    const ref: Reference = { ...reportReference(report(2016), site), title };
    expect(parseCitationFile(bibtex(ref)).title).toBe(title);
    expect(parseCitationFile(ris({ ...ref, title: '第一行\n第二行' })).title).toBe('第一行 第二行');
  });

  it('gives no address where the build does not know the site, and never a date the frontmatter lacks', () => {
    const ref = reportReference(report(2012), undefined);
    expect(ref.url).toBeUndefined();
    for (const text of [bibtex(ref), ris(ref), cslJson(ref)]) expect(text).not.toMatch(/url|UR {2}-|2012\/|"issued"|date|PY {2}-/i);
    expect(parseCitationFile(bibtex(ref)).title).toBe('2012年江门市政府工作报告');
  });
});

describe('the metadata of a report page', () => {
  const page = { description: '某报告', lang: 'zh-CN' };
  const image = { url: 'https://example.org/reports/share/2016.png', width: 1200, height: 630, alt: '图' };

  it('names the address and the share image only where the build knows the site (Open Graph wants them absolute)', () => {
    const names = (tags: ReturnType<typeof metaTags>) => tags.map((t) => ('name' in t ? t.name : t.property));
    const known = names(metaTags(reportReference(report(2016), site), { ...page, image }));
    const unknown = names(metaTags(reportReference(report(2016), undefined), page));
    expect(known).toEqual(expect.arrayContaining(['citation_public_url', 'og:url', 'og:image', 'twitter:card']));
    expect(unknown).not.toEqual(expect.arrayContaining(['citation_public_url']));
    expect(unknown.filter((n) => /url|image|twitter/.test(n))).toEqual([]);
    expect(unknown).toEqual(expect.arrayContaining(['citation_title', 'citation_author', 'citation_publication_date', 'og:title']));
  });

  it('leaves out the date of a report that has none, in the tags and in JSON-LD', () => {
    const ref = reportReference(report(2012), site);
    expect(metaTags(ref, page).some((t) => 'name' in t && /date/.test(t.name))).toBe(false);
    expect(jsonLd(ref, page)).not.toHaveProperty('datePublished');
    expect(jsonLd(reportReference(report(2016), site), page)).toHaveProperty('datePublished', '2016-01-20');
  });
});

describe('the share card', () => {
  const card = { siteName: '站', year: 2099, title: 'R&D <报告>', when: '2099年1月1日', session: '会议' };

  it("writes its text as text, whatever characters it has, and the editors' note on the year only where there is one", () => {
    const svg = shareCardSvg(card, 'Noto Sans CJK SC');
    expect(svg).toContain('>R&#38;D &#60;报告&#62;</text>');
    expect(svg).not.toContain('<报告>');
    expect(svg.match(/<text /g)).toHaveLength(5);
    expect(shareCardSvg({ ...card, yearNote: '年份为编者推定' }, 'Noto Sans CJK SC')).toContain('>年份为编者推定</text>');
  });
});
