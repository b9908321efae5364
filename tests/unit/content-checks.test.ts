import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContentError, type ContentProblem } from '../../src/lib/content-error';
import { checkContentFiles, readDataFiles, readReportFiles } from '../../src/lib/content/files';
import { loadContent } from '../../src/lib/content/load';
import { buildContentModel, reportInput } from '../../src/lib/content/model';
import { hedgingWords, parseGlossary } from '../../src/lib/content/glossary';
import { checkReportFile, checkReportFiles } from '../../src/lib/content/report-file';
import { aliasBomb, renderMarkdown, renderReportFile, testFrontmatter } from '../support/content';

const fixtures = new URL('../fixtures/', import.meta.url).pathname;
const glossary = { file: 'tests/fixtures/glossary.yaml', text: readFileSync(`${fixtures}glossary.yaml`, 'utf8') };
const noIndicators = { catalogue: { file: 'catalogue.yaml', text: '[]\n' }, values: [{ file: '2099.yaml', text: '[]\n' }] };
const render = (name: string) => renderReportFile(`${fixtures}reports/${name}`, `${fixtures}reports`);

describe('a well-formed report', () => {
  it('renders ids, footnote markers and editorial notes, and hands its notes to the model', async () => {
    const model = buildContentModel({ reports: [await render('good.md')], glossary, indicators: noIndicators });
    const { body, notes } = model.reports[0]!;
    // In a heading, the mark's note is left out of the heading's name: the heading is named as
    // the contents, search and the glossary name its section, with the mark in it.
    expect(body).toContain(
      '<h2 id="s-1">20xx<a class="ed ed-year" href="/about/#编者注" data-editorial="">〔2099〕<span aria-hidden="true">编者注：20xx即2099年（已确认）</span></a>年工作安排',
    );
    expect(model.reports[0]!.blocks.map((b) => [b.id, b.section])).toEqual([
      ['s-1', '20xx〔2099〕年工作安排'],
      ['p-1', '20xx〔2099〕年工作安排'],
      ['p-2', '20xx〔2099〕年工作安排'],
    ]);
    expect(body).not.toContain('data-footnotes'); // the notes are rendered from the glossary
    expect(notes.map((n) => [n.label, n.term, n.blockId])).toEqual([
      ['1', '四风', 'p-1'],
      ['2', '经九条', 'p-1'],
    ]);
  });

  it('has the markers of notes whose meaning is unknown told apart in its body, and nothing else changed', async () => {
    const input = await render('good.md');
    const { body } = buildContentModel({ reports: [input], glossary, indicators: noIndicators }).reports[0]!;
    // 四风 is a "national" term of tests/fixtures/glossary.yaml, 经九条 an "unknown" one.
    const marker = (n: number) => `<a href="#fn-${n}" id="fnref-${n}" role="doc-noteref">${n}</a></sup>`;
    expect(body).toContain(`<p id="p-1">反对“四风”<sup>${marker(1)}，落实“经九条”<sup class="u">${marker(2)}。</p>`);
    expect(body.replace('<sup class="u">', '<sup>')).toBe(input.html.replaceAll('<sup data-note-marker="">', '<sup>'));
  });

  it('is read back from its rendering through the schema of its structure, or fails', async () => {
    const { file, data, html } = await render('good.md');
    expect(() => reportInput(file, data, undefined)).toThrow(`${file}: the report did not render`);
    expect(() => reportInput(file, data, { html, metadata: { frontmatter: { title: data.title } } })).toThrow();
    const blocks = [{ kind: 'paragraph', id: 'p-1', depth: 0, text: '一段。' }];
    expect(reportInput(file, data, { html, metadata: { frontmatter: { reportStructure: { blocks, notes: [] } } } })).toEqual({
      file,
      data,
      html,
      blocks,
      notes: [],
    });
    expect(() =>
      reportInput(file, data, {
        html,
        metadata: { frontmatter: { reportStructure: { blocks: [{ ...blocks[0], depth: '0' }], notes: [] } } },
      }),
    ).toThrow();
  });
});

describe('a broken report fails with the file, the line and the problem', () => {
  it.each([
    ['missing-definition.md', 'missing-definition.md:12: footnote marker [^2] has no definition'],
    ['uncited-definition.md', 'uncited-definition.md:15: footnote [^2] is defined but no marker cites it'],
    ['source-marker.md', 'source-marker.md:12: "[1]" looks like a source footnote marker'],
    ['bad-annotations.md', 'bad-annotations.md:11: annotation after "不存在的文字" is not in the report text'],
    ['bad-annotations.md', 'bad-annotations.md:15: "20xx" in "…20xx年全市上下。…" has no year annotation'],
  ])('%s', async (name, message) => {
    await expect(render(name)).rejects.toThrow(message);
  });

  it.each([
    ['unknown-term.md', 'unknown-term.md:14: footnote [^1] names "五风", which is not a term in tests/fixtures/glossary.yaml'],
    ['term-not-in-paragraph.md', 'term-not-in-paragraph.md:12: the paragraph citing [^1] does not contain "经九条"'],
  ])('%s (checked against the glossary by the content model)', async (name, message) => {
    const input = await render(name);
    expect(() => buildContentModel({ reports: [input], glossary, indicators: noIndicators })).toThrow(message);
  });

  it('rejects raw HTML, which would reach the page as markup', async () => {
    await expect(renderMarkdown('正文。\n\n<img src=x onerror="alert(1)">\n', 'html.md')).rejects.toThrow(
      'html.md:14: raw HTML is not allowed in a report: <img src=x onerror="alert(1)">',
    );
    await expect(renderMarkdown('正文<b>加粗</b>。\n', 'inline.md')).rejects.toThrow(
      'inline.md:12: raw HTML is not allowed in a report: <b>',
    );
  });
});

describe('a report is plain text: its text publishes as written, and other Markdown fails at its line', () => {
  it('publishes ~ * _ ` \\ & [ ] | # and URLs in a paragraph as written, as text', async () => {
    const line = '增长3~5个百分点,投资10~20亿元,**x**,2*3*4,_x_,`c`,\\*,www.x.cn,http://a.b,[珠三角(江门)…],R&D,|甲|乙|,#1';
    const { html, blocks } = await renderMarkdown(`${line}\n`);
    expect(blocks.map((b) => b.text)).toEqual([line]);
    // Only the punctuation is set full-width in Chinese context (src/lib/punctuation.ts); & is escaped as HTML text.
    expect(html).toBe(
      '<p id="p-1">增长3~5个百分点，投资10~20亿元，**x**,2*3*4,_x_,`c`,\\*,www.x.cn,http://a.b,[珠三角（江门）…],R&#x26;D,|甲|乙|,#1</p>',
    );
  });

  const file = 'tests/fixtures/reports/not-plain-text.md';
  const lines = readFileSync(file, 'utf8').split('\n');
  let message = '';
  beforeAll(async () => {
    message = await render('not-plain-text.md').then(
      () => 'rendered',
      (error: Error) => error.message,
    );
  });

  it.each([
    ['链接[官网]', 'a link to "http://evil.example/" is not allowed in a report, which is plain text'],
    ['尖括号<javascript:', 'a link to "javascript:alert(1)" is not allowed in a report, which is plain text'],
    ['脚本[x](javascript:', 'a link to "javascript:alert(1)" is not allowed in a report, which is plain text'],
    ['图片![]', 'an image to "http://evil.example/a.png" is not allowed in a report, which is plain text'],
    ['[官网]: ', 'a link reference definition ("[…]: …" at the start of a line) to "http://evil.example/" is not allowed'],
    ['实体&amp;', '"&amp;" is an HTML character reference; write the character itself (a report is plain text)'],
    ['实体&amp;', '"&#xD800;" is an HTML character reference'],
    ['残留标记［12］', '"［12］" looks like a source footnote marker; write it as [^12] with a definition'],
    ['1. 列表', 'a list (a line starting "1. ", "1) ", "- ", "+ " or "* ") is not allowed in a report'],
    ['- 列表', 'a list ('],
    ['> 引用', 'a block quote (a line starting ">") is not allowed in a report'],
    ['```', 'a code block (a line indented by four spaces, or fenced by ``` or ~~~) is not allowed in a report'],
    ['    缩进的代码', 'a code block ('],
    ['***', 'a thematic break (a line of ---, *** or ___) is not allowed in a report'],
    ['# 一级标题', 'a "#" heading; a report\'s headings are "##" (parts) and "###" (sections)'],
    ['#### 四级标题', 'a "####" heading'],
    ['##   ', 'a heading with no text'],
    ['---', 'a line of "=" or "-" under a paragraph makes it a heading; mark a heading "##" or "###" instead'],
    ['接着一行', 'this line continues the paragraph of the line before; write one paragraph per line, with a blank line between'],
    ['|----|', 'this line continues the paragraph of the line before'],
  ])('refuses the line starting %j', (start, problem) => {
    const bodyStart = lines.indexOf('---', 1);
    const line = lines.findIndex((l, i) => i > bodyStart && l.startsWith(start)) + 1;
    expect(message).toContain(`${file}:${line}: ${problem}`);
  });
});

describe('a report file Astro would misread fails with its own file and line', () => {
  const good = `${testFrontmatter}\n正文。\n`;

  it('accepts a well-formed file, named after its year', () => {
    const checked = checkReportFile(good, 'content/reports/2099.md');
    expect(checked).toMatchObject({ data: { title: '2099年测试报告', year: 2099, sourcePosition: 9 } });
    expect('lineOf' in checked && checked.lineOf('year')).toBe(3);
  });

  it('names a misspelt frontmatter key on its line, instead of dropping it', () => {
    const text = good.replace('sourcePosition: 9\n', 'sourcePosition: 9\nofficalCopy: https://example.org/\ndeliverd: 2099-01-01\n');
    expect(checkReportFile(text, '2099.md')).toEqual({
      problems: [
        { file: '2099.md', line: 10, message: expect.stringContaining('frontmatter: unknown key "officalCopy"') },
        { file: '2099.md', line: 11, message: expect.stringContaining('frontmatter: unknown key "deliverd"') },
      ],
    });
  });

  it('refuses a year note that does not say whether the year is confirmed or inferred', () => {
    const text = good.replace('sourcePosition: 9\n', 'sourcePosition: 9\nannotations:\n  - after: 正文\n    note: 20xx即2099年\n');
    expect(checkReportFile(text, '2099.md')).toEqual({
      problems: [{ file: '2099.md', line: 12, message: 'frontmatter annotations.0.note: a year note must say 已确认 or 推定' }],
    });
  });

  it('refuses a link that is not http(s)', () => {
    const text = good.replace('sourcePosition: 9\n', 'sourcePosition: 9\nofficialCopy: "javascript:alert(1)"\n');
    expect(checkReportFile(text, '2099.md')).toEqual({
      problems: [{ file: '2099.md', line: 10, message: 'frontmatter officialCopy: must be an http(s) URL' }],
    });
  });

  it('names a byte-order mark and CR LF line endings as such', () => {
    expect(checkReportFile(`\uFEFF${good}`, '2099.md')).toEqual({
      problems: [{ file: '2099.md', line: 1, message: expect.stringContaining('byte-order mark') }],
    });
    expect(checkReportFile(good.replaceAll('\n', '\r\n'), '2099.md')).toEqual({
      problems: [{ file: '2099.md', line: 1, message: expect.stringContaining('CR LF') }],
    });
  });

  it('refuses a character no reader can see: a format character (a zero-width space), NUL, another control character', () => {
    const text = good.replace('正文。', '正文。\n\n中\u200B微子。\n\n\u0000\u0085\u202E');
    expect(checkReportFile(text, 'r.md')).toEqual({
      problems: [
        {
          file: 'r.md',
          line: 14,
          message: expect.stringMatching(/^U\+200B, an invisible character, at character 2 of the line \(after "中"\); delete it/),
        },
        { file: 'r.md', line: 16, message: expect.stringMatching(/^U\+0000, a control character, at character 1 of the line; /) },
        { file: 'r.md', line: 16, message: expect.stringMatching(/^U\+0085, a control character, at character 2 of the line; /) },
        { file: 'r.md', line: 16, message: expect.stringMatching(/^U\+202E, an invisible character, at character 3 /) },
      ],
    });
    expect(checkReportFile(good.replace('title: 2099', 'title: \t2099'), 'r.md')).toEqual({
      problems: [
        {
          file: 'r.md',
          line: 2,
          message: expect.stringMatching(/^U\+0009, a control character, at character 8 of the line \(after "title: "\)/),
        },
      ],
    });
  });

  it('refuses bytes that are not UTF-8, naming their line, rather than reading them as U+FFFD', () => {
    const root = mkdtempSync(join(tmpdir(), 'jiangmen-bytes-'));
    mkdirSync(join(root, 'content/reports'), { recursive: true });
    const bytes = Buffer.from(`${good}\n中微子。\n`);
    // 中 is E4 B8 AD; a lone E4 is a character cut short.
    const at = bytes.lastIndexOf(Buffer.from('中微子'));
    writeFileSync(join(root, 'content/reports/2099.md'), Buffer.concat([bytes.subarray(0, at + 1), bytes.subarray(at + 3)]));
    expect(() => readReportFiles(root)).toThrow('content/reports/2099.md:14: bytes that are not UTF-8; save the file as UTF-8');
  });

  it('names a frontmatter block that is never closed, once, on its first line', () => {
    const text = good.replace('---\n\n', '\n');
    expect(checkReportFile(text, '2099.md')).toEqual({
      problems: [{ file: '2099.md', line: 1, message: 'the frontmatter block opened here is never closed by a line "---"' }],
    });
  });

  it('refuses an impossible date, which would show as another day', () => {
    const dated = (day: string) => good.replace('sourcePosition: 9\n', `sourcePosition: 9\ndelivered: ${day}\n`);
    expect(checkReportFile(dated('2099-02-28'), '2099.md')).toMatchObject({ data: { delivered: new Date('2099-02-28T00:00:00Z') } });
    expect(checkReportFile(dated('2099-02-30'), '2099.md')).toEqual({
      problems: [{ file: '2099.md', line: 10, message: 'frontmatter delivered: is not a calendar date' }],
    });
    expect(checkReportFile(dated('2099-2-3'), '2099.md')).toEqual({
      problems: [{ file: '2099.md', line: 10, message: 'frontmatter delivered: must be a day written YYYY-MM-DD' }],
    });
  });

  it('names a year that disagrees with the file name or the date as such, on the year line', () => {
    const rule = "a report's file is content/reports/<year>.md, and it is delivered in its year";
    expect(checkReportFile(good, 'content/reports/2098.md')).toEqual({
      problems: [{ file: 'content/reports/2098.md', line: 3, message: `year 2099 disagrees with the file name 2098.md: ${rule}` }],
    });
    const dated = good.replace('sourcePosition: 9\n', 'sourcePosition: 9\ndelivered: 2098-02-05\n');
    expect(checkReportFile(dated, '2099.md')).toEqual({
      problems: [{ file: '2099.md', line: 3, message: `year 2099 disagrees with the date 2098-02-05 (delivered): ${rule}` }],
    });
    expect(checkReportFile(dated, '2098.md')).toEqual({
      problems: [
        {
          file: '2098.md',
          line: 3,
          message: `year 2099 disagrees with the file name 2098.md and the date 2098-02-05 (delivered): ${rule}`,
        },
      ],
    });
  });

  it('names a wrong year alone, not through the checks that follow it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'jiangmen-year-'));
    cpSync('content', join(root, 'content'), { recursive: true });
    const file = join(root, 'content/reports/2015.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('year: 2015\n', 'year: 2014\n'));
    const error = await loadContent(root).catch((e: unknown) => e);
    rmSync(root, { recursive: true });
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).problems).toEqual([
      {
        file: 'content/reports/2015.md',
        line: 3,
        message: expect.stringMatching(/^year 2014 disagrees with the file name 2015\.md and the date 2015-02-05 \(delivered\)/),
      },
    ]);
  });

  it('refuses a blank title, or other frontmatter text of spaces and invisible characters only (YAML escapes too)', () => {
    expect(checkReportFile(good.replace('title: 2099年测试报告', 'title: ""'), '2099.md')).toEqual({
      problems: [{ file: '2099.md', line: 2, message: 'frontmatter title: must not be blank' }],
    });
    expect(checkReportFile(good.replace('session: 测试会议', 'session: "\\u200B\\u3000"'), '2099.md')).toEqual({
      problems: [{ file: '2099.md', line: 6, message: 'frontmatter session: must not be blank' }],
    });
  });

  it('refuses two reports at one place of the source, naming the second on its line', () => {
    expect(
      checkReportFiles([
        { file: '2099.md', text: good },
        { file: '2098.md', text: good.replace('year: 2099', 'year: 2098') },
      ]),
    ).toEqual([
      { file: '2098.md', line: 9, message: 'sourcePosition 9 is also that of 2099.md; each report has its own place in the source' },
    ]);
  });

  it('lets reports from other sources leave sourcePosition out, all of them (src/lib/content/source-text.ts)', () => {
    const elsewhere = good.replace('sourcePosition: 9\n', '');
    expect(
      checkReportFiles([
        { file: '2099.md', text: elsewhere },
        { file: '2098.md', text: elsewhere.replace('year: 2099', 'year: 2098') },
      ]),
    ).toEqual([]);
  });

  it('refuses YAML anchors and aliases, so that an alias bomb is named, not expanded', () => {
    const text = good.replace('sourcePosition: 9\n', `sourcePosition: 9\n${aliasBomb}\n`);
    const checked = checkReportFile(text, '2099.md');
    expect('problems' in checked && checked.problems.slice(0, 2)).toEqual([
      {
        file: '2099.md',
        line: 10,
        message: 'YAML: an anchor (&a); content files use no anchors or aliases: write the value out where it belongs',
      },
      {
        file: '2099.md',
        line: 11,
        message: 'YAML: an anchor (&b); content files use no anchors or aliases: write the value out where it belongs',
      },
    ]);
    expect('problems' in checked && checked.problems.filter((p) => p.message.startsWith('YAML: an alias (*a)'))).toHaveLength(9);
  });
});

describe('the glossary', () => {
  const parse = (yaml: string) => () => parseGlossary(yaml, 'glossary.yaml');

  it('refuses a definition for a term whose meaning is unknown', () => {
    expect(
      parse('- id: a\n  term: 甲\n  basis: national\n  definition: 有\n\n- id: b\n  term: 乙\n  basis: unknown\n  definition: 猜的\n'),
    ).toThrow('glossary.yaml:6: entry 2: an "unknown" term must not have a definition (use clues)');
  });

  it('requires sources for "source" and "local", and cites for "report"', () => {
    expect(parse('- id: a\n  term: 甲\n  basis: source\n  definition: 有\n')).toThrow(
      'glossary.yaml:1: entry 1: a "source" term needs its sources (publisher, title, date, url)',
    );
    expect(parse('- id: a\n  term: 甲\n  basis: local\n  definition: 有\n')).toThrow('a "local" term needs its sources');
    expect(parse('- id: a\n  term: 甲\n  basis: report\n  definition: 有\n')).toThrow('a "report" term needs cites');
  });

  const withSource = (fields: string) =>
    `- id: a\n  term: 甲\n  basis: source\n  definition: 有\n  sources:\n    - ${fields.trim().replaceAll('\n', '\n      ')}\n`;
  const complete = 'publisher: 某报\ntitle: 某文\ndate: 2015-10-26\nurl: https://example.org/a';

  it('accepts a source with its publisher, title, date and URL, and a copy marked with via', () => {
    expect(parse(withSource(complete))).not.toThrow();
    expect(parse(withSource(`${complete}\nvia: 某站`))).not.toThrow();
    expect(
      parse(
        withSource(
          'publisherNote: 转载页没有写原发媒体\ntitleNote: 页面未显示\ndateNote: 页面未显示\nurl: https://example.org/a\nvia: 某站',
        ),
      ),
    ).not.toThrow();
  });

  it('refuses a source without its publisher, naming the file and the line of the source', () => {
    expect(parse(withSource('title: 某文\ndate: 2015-10-26\nurl: https://example.org/a'))).toThrow(
      'glossary.yaml:6: entry 1 (sources.0): a source needs its original publisher, or a publisherNote saying why it is unknown',
    );
    expect(parse(withSource(complete.replace('某报', '"  "')))).toThrow(
      'glossary.yaml:6: entry 1 (sources.0.publisher): must not be blank',
    );
    // Only a copy may not know whose article it carries.
    expect(parse(withSource(complete.replace('publisher: 某报', 'publisherNote: 不详')))).toThrow(
      'only a copy (via) may leave its original publisher unknown',
    );
  });

  it('refuses a source name of invisible characters only, which would show 出处： and nothing', () => {
    for (const blank of ['"\\u200B"', '"\\u3000\\u2060"', '"\\u3164"']) {
      expect(parse(withSource(complete.replace('某报', blank))), blank).toThrow(
        'glossary.yaml:6: entry 1 (sources.0.publisher): must not be blank',
      );
      expect(parse(withSource(complete.replace('某文', blank))), blank).toThrow(
        'glossary.yaml:7: entry 1 (sources.0.title): must not be blank',
      );
    }
  });

  it('refuses a source without its title or date, or with an impossible date', () => {
    expect(parse(withSource(complete.replace('title: 某文\n', '')))).toThrow('a source needs its title, or a titleNote');
    expect(parse(withSource(complete.replace('date: 2015-10-26\n', '')))).toThrow('a source needs its date, or a dateNote');
    expect(parse(withSource(complete.replace('2015-10-26', '2015-02-30')))).toThrow(
      'glossary.yaml:8: entry 1 (sources.0.date): is not a calendar date',
    );
    expect(parse(withSource(complete.replace('2015-10-26', '26/10/2015')))).toThrow(
      /glossary\.yaml:8: entry 1 \(sources\.0\.date\): must be YYYY-MM-DD, YYYY-MM or YYYY$/,
    );
    expect(parse(withSource(complete.replace('2015-10-26', '2015-10')))).not.toThrow();
  });

  it('names a misspelt key of a source on its own line', () => {
    expect(parse(withSource(complete.replace('title:', 'titel:')))).toThrow(
      'glossary.yaml:7: entry 1 (sources.0): Unrecognized key: "titel"',
    );
  });

  it('refuses a basis it does not know, and a source on an unknown term', () => {
    expect(parse('- id: a\n  term: 甲\n  basis: hearsay\n  definition: 有\n')).toThrow('glossary.yaml:3: entry 1 (basis)');
    expect(parse(`- id: a\n  term: 甲\n  basis: unknown\n  sources:\n    - ${complete.replaceAll('\n', '\n      ')}\n`)).toThrow(
      'an "unknown" term cites no source',
    );
  });

  it('refuses a guess in the clues of an unknown term', () => {
    for (const hedge of hedgingWords) {
      expect(parse(`- id: a\n  term: 甲\n  basis: unknown\n  clues: 报告写到甲,${hedge}指乙。\n`), hedge).toThrow(
        `an "unknown" term's clues must not guess ("${hedge}")`,
      );
    }
  });

  it('refuses duplicate terms and non-ASCII ids', () => {
    expect(parse('- id: a\n  term: 甲\n  basis: unknown\n- id: b\n  term: 甲\n  basis: unknown\n')).toThrow('duplicate term "甲"');
    expect(parse('- id: 甲\n  term: 甲\n  basis: unknown\n')).toThrow('id must be an ASCII slug');
  });

  it("refuses an id the site's pages use, which would repeat an id on /glossary/", () => {
    for (const id of ['main', 'site-search-q', 'glossary-filter-input', 'letter-b', 'note-2016-3', 'p-12', 'series-gdp']) {
      expect(parse(`- id: a\n  term: 甲\n  basis: unknown\n- id: ${id}\n  term: 乙\n  basis: unknown\n`), id).toThrow(
        /glossary\.yaml:4: entry 2 \(id\): id is taken: the site's pages use the ids main, .*glossary-filter-input and ids beginning s-, p-/,
      );
    }
    expect(parse('- id: mainland\n  term: 甲\n  basis: unknown\n- id: pinyin-s\n  term: 乙\n  basis: unknown\n')).not.toThrow();
  });

  it('refuses YAML anchors and aliases at their lines', () => {
    const text =
      '- id: a\n  term: 甲\n  basis: unknown\n  clues: &clue 报告写到甲。\n- id: b\n  term: 乙\n  basis: unknown\n  clues: *clue\n';
    expect(parse(text)).toThrow(
      'glossary.yaml:4: YAML: an anchor (&clue); content files use no anchors or aliases: write the value out where it belongs\n' +
        '  glossary.yaml:8: YAML: an alias (*clue);',
    );
  });

  it('refuses a source link that is not http(s)', () => {
    expect(parse(withSource(complete.replace('https://example.org/a', '"javascript:alert(1)"')))).toThrow(
      'glossary.yaml:9: entry 1 (sources.0.url): must be an http(s) URL',
    );
  });

  it('names an unclosed quote once, on the line where it starts', () => {
    const text = readFileSync('content/glossary.yaml', 'utf8').split('\n');
    const line = text.findIndex((l) => l.startsWith('  clues:') || l.startsWith('  definition:')) + 1;
    text[line - 1] = text[line - 1]!.replace(/: /, ': "');
    let message = '';
    try {
      parseGlossary(text.join('\n'), 'content/glossary.yaml');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.match(/content\/glossary\.yaml:\d+/g)).toEqual([`content/glossary.yaml:${line}`]);
  });

  it('checks every cite against its report, naming the entry', async () => {
    const input = await render('good.md');
    const cited = `${glossary.text}\n- id: sanfeng\n  term: 三风\n  basis: report\n  definition: 有\n  cites:\n    - { report: 2099, quote: 不在报告里的话 }\n`;
    const line = cited.split('\n').indexOf('- id: sanfeng') + 1;
    expect(() => buildContentModel({ reports: [input], glossary: { ...glossary, text: cited }, indicators: noIndicators })).toThrow(
      `tests/fixtures/glossary.yaml:${line}: "三风": cite "不在报告里的话" is not in the 2099 report's text`,
    );
  });
});

describe('indicator files and reports', () => {
  it('name a report without its indicator file, and a file without its report', async () => {
    const input = await render('good.md');
    const indicators = { catalogue: noIndicators.catalogue, values: [{ file: 'content/indicators/2098.yaml', text: '[]\n' }] };
    expect(() => buildContentModel({ reports: [input], glossary, indicators })).toThrow(
      /good\.md: no indicator file for 2099[^]*2098\.yaml: no report for this indicator file/,
    );
  });
});

describe('the files under content/ and the public folder', () => {
  const made: string[] = [];
  afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true })));
  const tempDir = (name: string) => made[made.push(realpathSync(mkdtempSync(join(tmpdir(), name)))) - 1]!;
  /** A project with the files the site needs. */
  const project = () => {
    const root = tempDir('jiangmen-files-');
    for (const dir of ['content/reports', 'content/indicators', 'content/source', 'public'])
      mkdirSync(join(root, dir), { recursive: true });
    for (const file of ['reports/2015.md', 'indicators/2015.yaml', 'indicators/catalogue.yaml', 'glossary.yaml']) {
      writeFileSync(join(root, 'content', file), '[]\n');
    }
    return root;
  };
  const byFile = (problems: ContentProblem[]) => problems.toSorted((a, b) => a.file.localeCompare(b.file));

  it('are accepted as the site lays them out, a link inside the project included', () => {
    const root = project();
    symlinkSync('../content/glossary.yaml', join(root, 'public/glossary.yaml'));
    expect(checkContentFiles(root)).toEqual([]);
    expect(checkContentFiles(process.cwd())).toEqual([]);
  });

  it('name a name a folder does not use, a folder for a file, a link out of the project or to nothing, a missing file', () => {
    const root = project();
    const outside = tempDir('jiangmen-outside-');
    writeFileSync(join(outside, 'secret.txt'), 'not for the site');
    for (const name of ['2017.MD', '2017 copy.md']) writeFileSync(join(root, 'content/reports', name), '');
    writeFileSync(join(root, 'content/indicators/2015.yml'), '');
    mkdirSync(join(root, 'content/reports/2018.md'));
    symlinkSync(join(outside, 'secret.txt'), join(root, 'public/secret.txt'));
    symlinkSync(outside, join(root, 'public/.well-known')); // hidden, and checked all the same
    symlinkSync('nothing-here', join(root, 'content/source/seed.txt'));
    rmSync(join(root, 'content/glossary.yaml'));
    const misnamed = (file: string, expected: string) => ({
      file,
      message: `a file of ${file.slice(0, file.lastIndexOf('/'))}/ is named ${expected}; rename or remove this one`,
    });
    expect(byFile(checkContentFiles(root))).toEqual(
      byFile([
        misnamed('content/reports/2017.MD', '<year>.md (four digits, ".md" in lower case)'),
        misnamed('content/reports/2017 copy.md', '<year>.md (four digits, ".md" in lower case)'),
        misnamed('content/indicators/2015.yml', 'catalogue.yaml or <year>.yaml'),
        { file: 'content/reports/2018.md', message: 'a folder, where content/reports/ holds files' },
        { file: 'public/secret.txt', message: `a symbolic link to ${outside}/secret.txt, outside the project; copy the file in instead` },
        { file: 'public/.well-known', message: `a symbolic link to ${outside}, outside the project; copy the file in instead` },
        {
          file: 'content/source/seed.txt',
          message: 'a symbolic link that leads nowhere (its target does not exist); remove it or restore its target',
        },
        { file: 'content/glossary.yaml', message: 'the file is missing (README.md, "Adding a report", says what content/ holds)' },
      ]),
    );
    // Read all the same (as `astro dev` does when a file goes), a missing file is named too.
    expect(() => readDataFiles(root)).toThrow('content/glossary.yaml: the file is missing');
  });
});
