import { customPinyin, pinyin } from 'pinyin-pro';
import { beforeAll, describe, expect, it } from 'vitest';
import { toReport, type ContentModel } from '../../src/lib/content/model';
import { findMentions, indexGlossary, type GlossaryTerm } from '../../src/lib/render/glossary-index';
import { renderMarkdown, siteContent } from '../support/content';
import { seedReports } from '../support/seed';

let content: ContentModel;
let terms: GlossaryTerm[];
const termOf = (t: string) => terms.find((x) => x.entry.term === t)!;
beforeAll(async () => {
  content = await siteContent();
  terms = indexGlossary(content);
});

/** Footnote markers per report in the source document: every "[n]" of its text. */
const seedMarkers = () => [...seedReports()].map(([year, lines]) => [year, lines.join('\n').match(/\[\d+\]/g)?.length ?? 0] as const);

describe("merging the reports' footnotes into one glossary", () => {
  it('has one entry per term, however many reports footnote it', () => {
    expect(termOf('三公经费').footnotes.map((f) => [f.year, f.label])).toEqual([
      [2012, '14'],
      [2015, '11'],
      [2016, '17'],
    ]);
    expect(termOf('四风').footnotes.map((f) => f.year)).toEqual([2015, 2016]);
    expect(termOf('“1+3”清单').footnotes.map((f) => f.year)).toEqual([2015, 2016]);
  });

  it('accounts for every footnote marker of the source exactly once', () => {
    for (const [year, markers] of seedMarkers()) {
      expect(
        terms.flatMap((t) => t.footnotes).filter((f) => f.year === year),
        String(year),
      ).toHaveLength(markers);
    }
  });

  // 长 in 河长 (river chief) is zhǎng; pinyin-pro reads it cháng without the context.
  customPinyin({ 河长: 'he zhang' });
  const syllables = (term: string) =>
    pinyin(term.replace(/[^\p{L}\p{N}]/gu, ''), { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }).map((s) =>
      s.toLowerCase(),
    );

  it("gives each term an id spelt in the term's pinyin (checked against pinyin-pro)", () => {
    for (const { entry } of terms) {
      const id = entry.id.replaceAll('-', '');
      const spelt = syllables(entry.term).join('');
      // An id may stop short of a long term, or add a word to tell two terms apart.
      expect(id.startsWith(spelt) || spelt.startsWith(id), `${entry.id} for ${entry.term} (${spelt})`).toBe(true);
    }
  });

  it('lists terms in pinyin order, syllable by syllable, digits first', () => {
    // Syllables compared in turn, so 一大 (yi da) comes before 一带 (yi dai).
    const keys = terms.map((t) => syllables(t.entry.term).join(' '));
    expect(keys).toEqual([...keys].sort((a, b) => a.localeCompare(b, 'en')));
    expect(keys[0]).toMatch(/^\d/);
  });
});

describe('finding where a term occurs', () => {
  it('finds every exact occurrence, with its section and context', async () => {
    const report = await asReport('## 甲节\n\n反对四风,纠正四风。\n\n## 乙节\n\n四 风不算。\n');
    expect(findMentions(report, ['四风']).map((m) => [m.blockId, m.section, m.before, m.match, m.after])).toEqual([
      ['p-1', '甲节', '反对', '四风', ',纠正四风。'],
      ['p-1', '甲节', '反对四风,纠正', '四风', '。'],
    ]);
  });

  it('counts overlapping forms once, as the longest', async () => {
    const report = await asReport('推进“三旧”改造,完成“三旧”项目。\n');
    expect(findMentions(report, ['“三旧”改造', '“三旧”']).map((m) => m.match)).toEqual(['“三旧”改造', '“三旧”']);
  });

  it('matches the source text: each report mentions 一带一路 as often as the seed does', () => {
    const seed = seedReports();
    for (const report of content.reports) {
      const inSeed = seed.get(report.year)!.join('\n').split('一带一路').length - 1;
      expect(findMentions(report, ['一带一路']), String(report.year)).toHaveLength(inSeed);
    }
  });
});

const asReport = async (markdown: string) => toReport(await renderMarkdown(markdown), new Set());
