import { formsOf, type GlossaryEntry } from '../content/glossary';
import type { ContentModel, Report } from '../content/model';

/** Where a glossary term stands in a report: a footnote on it, or any place its text occurs. */
export interface TermPlace {
  year: number;
  blockId: string;
  /** The heading of the section the block is in (the heading itself for a heading). */
  section: string;
}

export interface Mention extends TermPlace {
  before: string;
  match: string;
  after: string;
}

export interface Footnote extends TermPlace {
  label: string;
}

export interface GlossaryTerm {
  entry: GlossaryEntry;
  footnotes: Footnote[];
  mentions: Mention[];
}

const contextChars = 18;

/**
 * Every glossary term with the footnotes that explain it and every exact occurrence of its
 * written forms in every report, in the model's report order (oldest first) then text order; terms in pinyin
 * order of their ids.
 */
export function indexGlossary({ glossary, reports }: ContentModel): GlossaryTerm[] {
  return [...glossary.entries]
    .sort((a, b) => a.id.localeCompare(b.id, 'en'))
    .map((entry) => ({
      entry,
      footnotes: reports.flatMap((report) =>
        report.notes
          .filter((n) => n.term === entry.term)
          .map((n) => ({
            year: report.year,
            blockId: n.blockId,
            section: report.blocks.find((b) => b.id === n.blockId)!.section,
            label: n.label,
          })),
      ),
      mentions: reports.flatMap((report) => findMentions(report, formsOf(entry))),
    }));
}

/** Exact, non-overlapping occurrences of any of the forms (the longest wins where they overlap). */
export function findMentions(report: Report, forms: string[]): Mention[] {
  const longestFirst = [...forms].sort((a, b) => b.length - a.length);
  return report.blocks.flatMap((block) => {
    const taken: [number, number][] = [];
    for (const form of longestFirst) {
      for (let i = block.text.indexOf(form); i !== -1; i = block.text.indexOf(form, i + 1)) {
        const end = i + form.length;
        if (!taken.some(([s, e]) => i < e && s < end)) taken.push([i, end]);
      }
    }
    return taken
      .sort((a, b) => a[0] - b[0])
      .map(([start, end]) => ({
        year: report.year,
        blockId: block.id,
        section: block.section,
        before: block.text.slice(Math.max(0, start - contextChars), start),
        match: block.text.slice(start, end),
        after: block.text.slice(end, end + contextChars),
      }));
  });
}

/** Initial letter for the A–Z index: ids are toneless pinyin, or start with a digit. */
export function initialOf(term: GlossaryTerm): string {
  const first = term.entry.id[0]!.toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}
