import { describe, expect, it } from 'vitest';
import { builtPage } from '../support/built';
import { seedReports } from '../support/seed';

/** Footnote markers per report in the source document: every "[n]" of its text. */
const markerCounts = Object.fromEntries([...seedReports()].map(([year, lines]) => [year, lines.join('\n').match(/\[\d+\]/g)?.length ?? 0]));

describe.each(Object.entries(markerCounts))('footnotes of the %s report', (year, count) => {
  const page = builtPage(`/reports/${year}/`);
  const refs = page.querySelectorAll('.report-body sup a[role=doc-noteref]');
  const notes = page.querySelectorAll('section.footnotes li');

  it(`has ${count} markers, each with its note, numbered as in the source`, () => {
    expect(refs).toHaveLength(count);
    expect(notes).toHaveLength(count);
    expect(refs.map((a) => a.text)).toEqual(Array.from({ length: count }, (_, i) => String(i + 1)));
  });

  it('links every marker to its note and every note back to its marker', () => {
    for (const ref of refs) {
      const target = ref.getAttribute('href')!.slice(1);
      const note = page.getElementById(target);
      expect(note?.tagName, `note for ${ref.id}`).toBe('LI');
      const back = note!.querySelector('a[role=doc-backlink]');
      expect(back?.getAttribute('href')).toBe(`#${ref.id}`);
      expect(ref.getAttribute('role')).toBe('doc-noteref');
      expect(back?.getAttribute('role')).toBe('doc-backlink');
    }
  });

  it('labels the notes in Chinese, never in the English defaults', () => {
    const section = page.querySelector('section.footnotes')!;
    expect(section.querySelector('h2')?.text).toBe('注释');
    expect(section.getAttribute('role')).toBe('doc-endnotes');
    const html = page.outerHTML;
    expect(html).not.toMatch(/Footnotes|Back to reference|Back to content/);
    for (const back of section.querySelectorAll('a[role=doc-backlink]')) {
      expect(back.getAttribute('aria-label')).toBe('返回正文');
    }
  });

  it('gives every note its term and basis, and says plainly, in one line, when the meaning is unknown', () => {
    for (const note of notes) {
      expect(note.querySelector('dfn')?.text.length).toBeGreaterThan(0);
      const basis = note.querySelector('.basis')!;
      const paragraphs = note.querySelectorAll('p');
      if (basis.classList.contains('unknown')) {
        // The term, the mark, the way to its clues: nothing that could pass for a meaning.
        expect(basis.text).toBe('释义不详');
        expect(paragraphs).toHaveLength(1);
        const clues = paragraphs[0]!.querySelector('a.clues')!;
        expect(clues.text).toBe('已知线索');
        expect(clues.getAttribute('href')).toBe(`/glossary/#note-${year}-${note.id.slice(3)}`);
      } else {
        expect(basis.text).toMatch(/^释义依据：(报告原文|国家或省级通行提法|地方行政区划|公开来源)/);
        expect(paragraphs[1]!.text).not.toContain('待补');
      }
    }
  });

  it('tells apart the markers of notes whose meaning is unknown, and only those', () => {
    const unknown = refs.filter((ref) => page.getElementById(ref.getAttribute('href')!.slice(1))!.querySelector('.basis.unknown'));
    expect(unknown.length).toBeGreaterThan(0);
    expect(unknown.length).toBeLessThan(refs.length);
    for (const ref of refs) expect(ref.parentNode!.classList.contains('u'), ref.id).toBe(unknown.includes(ref));
  });

  it('folds the notes in a fold that is open in the page (the script closes it where the margin shows them)', () => {
    const fold = page.querySelector('section.footnotes > details')!;
    expect(fold.hasAttribute('open')).toBe(true);
    expect(fold.querySelector('summary > h2')?.id).toBe('footnote-label');
    expect(fold.querySelectorAll('li')).toHaveLength(count);
  });

  it('marks the notes as editorial', () => {
    expect(page.querySelector('section.footnotes [data-editorial]')?.text).toContain('编者');
  });
});
