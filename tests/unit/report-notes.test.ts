import { describe, expect, it } from 'vitest';
import { toReport } from '../../src/lib/content/model';
import { renderMarkdown, siteContent } from '../support/content';

describe('the markers of notes whose meaning is unknown', () => {
  it('get class "u" on their sup in the body the model hands the page, and no other marker does', async () => {
    const content = await siteContent();
    for (const report of content.reports) {
      const unknown = report.notes.filter((n) => content.glossary.byTerm.get(n.term)!.basis === 'unknown').map((n) => n.label);
      const marked = [...report.body.matchAll(/<sup class="u"><a href="#fn-([^"]+)" id="fnref-\1(?:-\d+)?" role="doc-noteref">/g)];
      expect(unknown.length, String(report.year)).toBeGreaterThan(0);
      expect(
        marked.map((m) => m[1]),
        String(report.year),
      ).toEqual(unknown);
      expect(report.body.match(/<sup>/g)?.length, String(report.year)).toBe(report.notes.length - unknown.length);
    }
  });

  it('stand only in top-level headings and paragraphs, whose notes the model knows', async () => {
    const input = await renderMarkdown('正文。\n\n- 一项[^1]\n\n[^1]: 四风\n', 'list.md');
    expect(() => toReport(input, new Set())).toThrow(
      /list\.md: 1 footnote markers, 0 of them in top-level headings and paragraphs: a marker may stand only there/,
    );
  });
});
