import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPage, builtReportYears, distDir } from '../support/built';
import { seedFile, yearOfPiece } from '../support/seed';
import { hantPrefix } from '../../src/lib/edition/paths';
import { headersFor, parseHeadersFile } from '../../src/lib/host/host-headers';
import { reportTextPath } from '../../src/lib/reports';

const seed = readFileSync(seedFile);
const pieceOfYear = Object.fromEntries(Object.entries(yearOfPiece).map(([piece, year]) => [year, Number(piece)]));

/** Taking a report away: its text as the source has it. */
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

  it('is sent as UTF-8 text, whatever the server would guess', () => {
    const headers = headersFor(parseHeadersFile(readFileSync(new URL('_headers', distDir), 'utf8')), path);
    expect(headers['Content-Type']).toBe('text/plain; charset=utf-8');
  });

  it.each(['', hantPrefix])('is linked from the report page%s, which says the file is in simplified characters', (edition) => {
    const links = builtPage(`${edition}/reports/${year}/`).querySelectorAll(`main a[href="${path}"]`);
    expect(links).toHaveLength(1);
    expect(links[0]!.text).toBe(edition ? '純文本（簡體）' : '纯文本（简体）');
    expect(links[0]!.closest('dd')!.previousElementSibling!.text).toBe(edition ? '來源' : '来源');
  });
});
