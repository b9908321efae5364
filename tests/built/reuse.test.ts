import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtHtmlFiles, builtPage, builtReportYears, distDir } from '../support/built';
import { seedFile, yearOfPiece } from '../support/seed';
import { serveDist } from '../support/static-server';
import { hantPrefix } from '../../src/lib/edition/paths';
import { reportTextPath } from '../../src/lib/reports';

const root = new URL('../../', import.meta.url);
const seed = readFileSync(seedFile);
const pieceOfYear = Object.fromEntries(Object.entries(yearOfPiece).map(([piece, year]) => [year, Number(piece)]));
let host: Awaited<ReturnType<typeof serveDist>>;
beforeAll(async () => {
  host = await serveDist();
});
afterAll(() => host?.close());

/** Taking a report away: its text as the source has it, and what may be done with what the site publishes. */
describe.each(builtReportYears())('the %i report as a text file', (year) => {
  const path = reportTextPath(year);
  const text = readFileSync(new URL(path.slice(1), distDir));

  it('is its section of the seed, byte for byte: everything between its title line and the next, blank lines at the ends left out', () => {
    const at = seed.indexOf(text);
    expect(at, `${path} is not a piece of the seed`).toBeGreaterThan(0);
    const before = seed.subarray(0, at).toString('utf8');
    const after = seed.subarray(at + text.length).toString('utf8');
    expect(before).toMatch(new RegExp(`(^|\\n)江门市政府工作报告篇${pieceOfYear[year]}\\n\\s*$`));
    expect(after).toMatch(/^\s*\n(江门市政府工作报告篇\d+|更多相关阅读)\n/);
    expect(text.toString('utf8')).toMatch(/^\S[^]*\S\n$/);
    // UTF-8 as the seed is: decoding and encoding again gives the same bytes.
    expect(Buffer.from(text.toString('utf8'), 'utf8').equals(text)).toBe(true);
  });

  it('is served as UTF-8 text, as hosts send .txt (the static host npm start uses)', async () => {
    const response = await fetch(host.origin + path);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(Buffer.from(await response.arrayBuffer()).equals(text)).toBe(true);
  });

  it.each(['', hantPrefix])('is linked from the report page%s, which says the file is in simplified characters', (edition) => {
    const links = builtPage(`${edition}/reports/${year}/`).querySelectorAll(`main a[href="${path}"]`);
    expect(links).toHaveLength(1);
    expect(links[0]!.text).toBe(edition ? '純文本（簡體）' : '纯文本（简体）');
    expect(links[0]!.closest('dd')!.previousElementSibling!.text).toBe(edition ? '來源' : '来源');
  });
});

describe('the licences', () => {
  it('the code: MIT, in LICENSE', () => {
    const licence = readFileSync(new URL('LICENSE', root), 'utf8');
    expect(licence).toMatch(/^MIT License\n\nCopyright \(c\) 2026 jiangmen-reports contributors\n/);
    expect(licence).toContain('THE SOFTWARE IS PROVIDED "AS IS"');
  });

  it("the editors' content and data: CC BY 4.0, in content/LICENSE.md, which leaves the official report texts out", () => {
    const licence = readFileSync(new URL('content/LICENSE.md', root), 'utf8');
    expect(licence).toContain('https://creativecommons.org/licenses/by/4.0/');
    expect(licence).toContain('CC BY 4.0');
    expect(licence).toContain('第五条');
  });

  it('/about/ states both, and that the reports are official documents (Copyright Law, Article 5)', () => {
    const section = builtPage('/about/').getElementById('版权')!;
    expect(section.tagName).toBe('H2');
    const text = section.nextElementSibling!.text;
    expect(text).toContain('《中华人民共和国著作权法》（2020年修正）第五条');
    expect(text).toContain('“法律、法规，国家机关的决议、决定、命令和其他具有立法、行政、司法性质的文件，及其官方正式译文”');
    expect(text).toContain('CC BY 4.0');
    expect(text).toContain('MIT');
    expect(section.nextElementSibling!.querySelector('a[href="https://creativecommons.org/licenses/by/4.0/"]')).not.toBeNull();
  });

  it('every page names the licence in its footer, linked to /about/', () => {
    for (const file of builtHtmlFiles()) {
      const link = builtPage(file).querySelector('.site-footer a[href$="about/#版权"], .site-footer a[href$="about/#版權"]');
      expect(link?.text, file).toMatch(/CC BY 4\.0/);
      expect(link!.getAttribute('href'), file).toBe(file.startsWith('zh-hant/') ? `${hantPrefix}/about/#版權` : '/about/#版权');
    }
  });

  it('the indicator data: in indicators.json, and beside the downloads on /indicators/', () => {
    const json = JSON.parse(readFileSync(new URL('indicators/indicators.json', distDir), 'utf8')) as Record<string, unknown>;
    expect(json).toMatchObject({ license: 'CC-BY-4.0', license_url: 'https://creativecommons.org/licenses/by/4.0/' });
    expect(json.attribution).toContain('jiangmen-reports contributors');
    const downloads = builtPage('/indicators/').querySelector('.downloads')!;
    expect(downloads.text).toContain('CC BY 4.0');
    expect(downloads.querySelector('a[href="/about/#版权"]')).not.toBeNull();
  });
});
