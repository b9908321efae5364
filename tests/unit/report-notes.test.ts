import { describe, expect, it } from 'vitest';
import type { ContentModel, Report } from '../../src/lib/content/model';
import type { GlossaryEntry } from '../../src/lib/content/glossary';
import { markUnknownNoteRefs } from '../../src/lib/render/notes';

describe('the markers of notes whose meaning is unknown', () => {
  const entry = (term: string, basis: GlossaryEntry['basis']) => [term, { term, basis }] as const;
  const content = { glossary: { byTerm: new Map([entry('三门', 'report'), entry('五个主动对接', 'unknown')]) } } as unknown as ContentModel;
  const report = {
    notes: [
      { label: '1', term: '三门' },
      { label: '3', term: '五个主动对接' },
    ],
  } as Report;
  const marker = (n: string) => `<sup><a href="#fn-${n}" id="fnref-${n}" role="doc-noteref">${n}</a></sup>`;

  it('get a class on their sup, and nothing else changes', () => {
    const html = `<p id="p-4">明确“三门”${marker('1')}的新使命。实施“五个主动对接”${marker('3')}，</p>\n<p id="p-5">甲</p>`;
    expect(markUnknownNoteRefs(html, report, content)).toBe(html.replace('<sup><a href="#fn-3"', '<sup class="u"><a href="#fn-3"'));
  });
});
