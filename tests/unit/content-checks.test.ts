import { describe, expect, it } from 'vitest';
import { parseGlossary } from '../../src/lib/glossary';
import { renderFixture } from '../helpers/pipeline';

describe('a well-formed report', () => {
  it('renders footnotes as glossary entries, ids and editorial notes', async () => {
    const html = await renderFixture('good.md');
    expect(html).toContain('<h2 id="s-1">20xx年工作安排<span class="editorial editorial-year" data-editorial');
    expect(html).toMatch(/<p id="p-1">反对“四风”<sup><a href="#fn-1" id="fnref-1" data-footnote-ref[^>]*role="doc-noteref"/);
    expect(html).toMatch(/<p id="p-2">[^<]+<\/p>/);
    expect(html).toContain('<dfn>四风</dfn>');
    expect(html).toContain('形式主义、官僚主义、享乐主义和奢靡之风。');
    expect(html).toContain('原注释缺失,释义待补。');
    expect(html).toContain('已知线索:一套九条的经济政策措施。');
  });
});

describe('a broken report fails with the file, the line and the problem', () => {
  it.each([
    ['missing-definition.md', 'missing-definition.md:5: footnote marker [^2] has no definition'],
    ['uncited-definition.md', 'uncited-definition.md:8: footnote [^2] is defined but no marker cites it'],
    ['unknown-term.md', 'unknown-term.md:7: footnote [^1] names "五风", which is not a term in tests/fixtures/glossary.yaml'],
    ['term-not-in-paragraph.md', 'term-not-in-paragraph.md:5: the paragraph citing [^1] does not contain "经九条"'],
    ['source-marker.md', 'source-marker.md:5: "[1]" looks like a source footnote marker'],
    ['bad-annotations.md', 'bad-annotations.md:4: annotation after "不存在的文字" is not in the report text'],
    ['bad-annotations.md', 'bad-annotations.md:8: "20xx" in "…20xx年全市上下。…" has no year annotation'],
  ])('%s', async (name, message) => {
    await expect(renderFixture(name)).rejects.toThrow(message);
  });
});

describe('the glossary', () => {
  const parse = (yaml: string) => () => parseGlossary(yaml, 'glossary.yaml');

  it('refuses a definition for a term whose meaning is unknown', () => {
    expect(parse('- id: a\n  term: 甲\n  basis: national\n  definition: 有\n\n- id: b\n  term: 乙\n  basis: unknown\n  definition: 猜的\n')).toThrow(
      'glossary.yaml:6: entry 2: an "unknown" term must not have a definition (use clues)',
    );
  });

  it('requires a source for "source" and cites for "report"', () => {
    expect(parse('- id: a\n  term: 甲\n  basis: source\n  definition: 有\n')).toThrow('a "source" term needs its source');
    expect(parse('- id: a\n  term: 甲\n  basis: report\n  definition: 有\n')).toThrow('a "report" term needs cites');
  });

  it('refuses duplicate terms and non-ASCII ids', () => {
    expect(parse('- id: a\n  term: 甲\n  basis: unknown\n- id: b\n  term: 甲\n  basis: unknown\n')).toThrow('duplicate term "甲"');
    expect(parse('- id: 甲\n  term: 甲\n  basis: unknown\n')).toThrow('id must be an ASCII slug');
  });
});
