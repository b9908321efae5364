import { describe, expect, it } from 'vitest';
import { finishNoteMarkers } from '../../src/lib/markdown/rehype-report';
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
    // A report holds no other block (report-syntax.ts), and a marker in a definition is refused.
    await expect(renderMarkdown('正文。\n\n- 一项[^1]\n\n[^1]: 四风\n', 'list.md')).rejects.toThrow('list.md:14: a list');
    await expect(renderMarkdown('正文[^1]。\n\n[^1]: 四风[^2]\n\n[^2]: 三公\n', 'nested.md')).rejects.toThrow(
      'nested.md:14: a footnote marker inside a footnote definition; a definition names one glossary term',
    );
    // And the body and the notes the model is handed agree, or the model says so.
    const marker = '<sup data-note-marker=""><a href="#fn-1">1</a></sup>';
    expect(() => finishNoteMarkers(`<p>${marker}${marker}</p>`, [false], 'x.md')).toThrow(
      'x.md: 2 footnote markers, 1 of them in top-level headings and paragraphs: a marker may stand only there',
    );
  });
});
