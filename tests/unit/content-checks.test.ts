import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildContentModel, reportInput } from '../../src/lib/content/model';
import { hedgingWords, parseGlossary } from '../../src/lib/content/glossary';
import { checkReportFile, checkReportFiles } from '../../src/lib/content/report-file';
import { renderMarkdown, renderReportFile, testFrontmatter } from '../support/content';

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

describe('a report file Astro would misread fails with its own file and line', () => {
  const good = `${testFrontmatter}\n正文。\n`;

  it('accepts a well-formed file', () => {
    expect(checkReportFile(good, 'r.md')).toEqual({ year: 2099, yearLine: 3 });
  });

  it('names a misspelt frontmatter key on its line, instead of dropping it', () => {
    const text = good.replace('sourcePosition: 9\n', 'sourcePosition: 9\nofficalCopy: https://example.org/\ndeliverd: 2099-01-01\n');
    expect(checkReportFile(text, 'r.md')).toEqual({
      problems: [
        { file: 'r.md', line: 10, message: expect.stringContaining('frontmatter: unknown key "officalCopy"') },
        { file: 'r.md', line: 11, message: expect.stringContaining('frontmatter: unknown key "deliverd"') },
      ],
    });
  });

  it('refuses a year note that does not say whether the year is confirmed or inferred', () => {
    const text = good.replace('sourcePosition: 9\n', 'sourcePosition: 9\nannotations:\n  - after: 正文\n    note: 20xx即2099年\n');
    expect(checkReportFile(text, 'r.md')).toEqual({
      problems: [{ file: 'r.md', line: 10, message: 'frontmatter annotations.0.note: a year note must say 已确认 or 推定' }],
    });
  });

  it('refuses a link that is not http(s)', () => {
    const text = good.replace('sourcePosition: 9\n', 'sourcePosition: 9\nofficialCopy: "javascript:alert(1)"\n');
    expect(checkReportFile(text, 'r.md')).toEqual({
      problems: [{ file: 'r.md', line: 10, message: 'frontmatter officialCopy: must be an http(s) URL' }],
    });
  });

  it('names a byte-order mark and CR LF line endings as such', () => {
    expect(checkReportFile(`\uFEFF${good}`, 'r.md')).toEqual({
      problems: [{ file: 'r.md', line: 1, message: expect.stringContaining('byte-order mark') }],
    });
    expect(checkReportFile(good.replaceAll('\n', '\r\n'), 'r.md')).toEqual({
      problems: [{ file: 'r.md', line: 1, message: expect.stringContaining('CR LF') }],
    });
  });

  it('names a frontmatter block that is never closed, once, on its first line', () => {
    const text = good.replace('---\n\n', '\n');
    expect(checkReportFile(text, 'r.md')).toEqual({
      problems: [{ file: 'r.md', line: 1, message: 'the frontmatter block opened here is never closed by a line "---"' }],
    });
  });

  it('refuses two files for the same year, naming the second and its year line', () => {
    expect(
      checkReportFiles([
        { file: '2015.md', text: good },
        { file: '2015b.md', text: good },
      ]),
    ).toEqual([{ file: '2015b.md', line: 3, message: 'year 2099 is also the year of 2015.md; each year has one report file' }]);
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
