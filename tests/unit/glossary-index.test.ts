import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../../src/lib/glossary';
import { findMentions, indexGlossary } from '../../src/lib/glossary-index';
import { contentPaths } from '../../src/lib/paths';
import { indexReportMarkdown, indexReports } from '../../src/lib/report-index';
import { seedReports } from '../helpers/seed';

const glossary = loadGlossary(contentPaths.glossaryFile);
const reports = indexReports(contentPaths.reportsDir);
const terms = indexGlossary(glossary, reports);
const termOf = (t: string) => terms.find((x) => x.entry.term === t)!;

describe('merging the three reports\' footnotes into one glossary', () => {
  it('has one entry per term, however many reports footnote it', () => {
    expect(termOf('三公经费').footnotes.map((f) => [f.year, f.label])).toEqual([
      [2012, '14'],
      [2015, '11'],
      [2016, '17'],
    ]);
    expect(termOf('四风').footnotes.map((f) => f.year)).toEqual([2015, 2016]);
    expect(termOf('“1+3”清单').footnotes.map((f) => f.year)).toEqual([2015, 2016]);
  });

  it('accounts for every footnote of every report exactly once (38 + 14 + 30)', () => {
    expect(terms.reduce((n, t) => n + t.footnotes.length, 0)).toBe(38 + 14 + 30);
  });

  it('sorts terms by pinyin, digits first', () => {
    const ids = terms.map((t) => t.entry.id);
    expect(ids).toEqual([...ids].sort());
    expect(ids[0]).toMatch(/^\d/);
    expect(ids.indexOf('sangong-jingfei')).toBeLessThan(ids.indexOf('yidai-yilu'));
  });
});

describe('finding where a term occurs', () => {
  it('finds every exact occurrence, with its section and context', () => {
    const report = indexReportMarkdown('---\nyear: 2099\n---\n\n## 甲节\n\n反对四风,纠正四风。\n\n## 乙节\n\n四 风不算。\n', 'x.md');
    const found = findMentions(report, ['四风']);
    expect(found.map((m) => [m.blockId, m.section, m.before, m.match, m.after])).toEqual([
      ['p-1', '甲节', '反对', '四风', ',纠正四风。'],
      ['p-1', '甲节', '反对四风,纠正', '四风', '。'],
    ]);
  });

  it('counts overlapping forms once, as the longest', () => {
    const report = indexReportMarkdown('推进“三旧”改造,完成“三旧”项目。\n', 'x.md');
    expect(findMentions(report, ['“三旧”改造', '“三旧”']).map((m) => m.match)).toEqual(['“三旧”改造', '“三旧”']);
  });

  it('matches the source text: each report mentions 一带一路 as often as the seed does', () => {
    const seed = seedReports();
    for (const report of reports) {
      const inSeed = seed.get(report.year)!.join('\n').split('一带一路').length - 1;
      expect(findMentions(report, ['一带一路']), String(report.year)).toHaveLength(inSeed);
    }
  });
});
