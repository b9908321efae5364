import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { builtPage } from '../support/built';

/**
 * Who said it comes first: every source of a definition names its original publisher (or says
 * that a copy does not), and a copy says where it was read. Read from the glossary file itself,
 * and checked on /glossary/ and in the notes of the reports that footnote the term.
 */
interface SourceFields {
  publisher?: string;
  via?: string;
  url: string;
}
interface EntryFields {
  id: string;
  term: string;
  sources?: SourceFields[];
}
const entries = (parse(readFileSync('content/glossary.yaml', 'utf8')) as EntryFields[]).filter((e) => e.sources);
const glossary = builtPage('/glossary/');
const reportNotes = [2012, 2015, 2016].flatMap((year) => builtPage(`/reports/${year}/`).querySelectorAll('section.footnotes li'));

describe('the sources of definitions', () => {
  it('are on the site: the glossary file cites sources, and some of them are copies', () => {
    expect(entries.length).toBeGreaterThan(5);
    expect(entries.some((e) => e.sources!.some((s) => s.via))).toBe(true);
  });

  it.each(entries.map((e) => [e.id, e] as const))('%s: the glossary names each publisher first, and marks a copy', (id, entry) => {
    const lines = glossary.querySelectorAll(`#${id} .note-source`);
    expect(lines).toHaveLength(entry.sources!.length);
    for (const [i, source] of entry.sources!.entries()) {
      const line = lines[i]!;
      expect(line.text.startsWith(`出处：${source.publisher ?? '原发媒体不详'}`), line.text).toBe(true);
      expect(line.querySelector('a')?.getAttribute('href')).toBe(source.url);
      const mark = line.querySelector('.via');
      const host = new URL(source.url).hostname;
      // The domain is shown unless the site is named by it (eeeqi.net for leelmy.eeeqi.net).
      const named = host === source.via || host.endsWith(`.${source.via}`);
      if (source.via) expect(mark?.text).toBe(`转载于 ${source.via}${named ? '' : ` ${host}`}`);
      else expect(mark).toBeNull();
    }
  });

  it('a report note names the publisher first and marks a copy too', () => {
    let checked = 0;
    for (const entry of entries) {
      for (const note of reportNotes.filter((n) => n.querySelector('dfn')?.text === entry.term)) {
        const lines = note.querySelectorAll('.note-source');
        expect(lines).toHaveLength(entry.sources!.length);
        for (const [i, source] of entry.sources!.entries()) {
          expect(lines[i]!.text.startsWith(`出处：${source.publisher ?? '原发媒体不详'}`), lines[i]!.text).toBe(true);
          expect(lines[i]!.querySelector('.via')?.text.startsWith(`转载于 ${source.via}`) ?? !source.via).toBe(true);
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(5);
  });
});

describe('the paragraphs a definition cites', () => {
  it('are each linked once, even where two quotes come from one paragraph', () => {
    const lists = [...glossary.querySelectorAll('.note-cites'), ...reportNotes.flatMap((n) => n.querySelectorAll('.note-cites'))];
    expect(lists.length).toBeGreaterThan(10);
    for (const list of lists) {
      const hrefs = list.querySelectorAll('a').map((a) => a.getAttribute('href'));
      expect(new Set(hrefs).size, list.text).toBe(hrefs.length);
    }
  });
});
