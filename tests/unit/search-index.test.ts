import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/lib/search/build-index';
import {
  fromGaps,
  gaps,
  intersect,
  keyFileOf,
  keyFilePath,
  manifestPath,
  textFileOf,
  textFilePath,
  type KeyFile,
  type SearchManifest,
} from '../../src/lib/search/format';
import { searchRecords, type SearchRecord } from '../../src/lib/search/records';
import { matchRanges, queryKeys } from '../../src/lib/search/text';
import { frequencyOf, lengthOf } from '../../src/lib/search/frequency';
import { loadContent } from '../../src/lib/content/load';

const content = await loadContent();
const { reports } = content;
const records = searchRecords(content);
const files = new Map(buildSearchIndex(records).map((f) => [f.path, JSON.parse(f.content) as unknown]));
const manifest = files.get(manifestPath) as SearchManifest;

/** The candidates for a query, read from the built files as the search page reads them. */
function candidates(query: string): number[] {
  const keys = queryKeys(query.split(' '));
  return intersect(
    keys.map((key) => fromGaps((files.get(keyFilePath(manifest.version, keyFileOf(key, manifest.keyFiles))) as KeyFile)[key] ?? [])),
  );
}

const recordAt = (n: number) =>
  (files.get(textFilePath(manifest.version, textFileOf(n, manifest.recordsPerTextFile))) as SearchRecord[])[
    n % manifest.recordsPerTextFile
  ]!;

describe('the search index', () => {
  it('proposes every record the exact check accepts, and the text files hold them', () => {
    for (const query of ['中微子', '三公经费', '发展', '碉楼', 'PM2.5', '8.4%', '江', '侨 发展', '“三公”经费']) {
      const want = records.flatMap((r, n) => (matchRanges(r.meta.text, query.split(' ')) ? [n] : []));
      expect(want.length, query).toBeGreaterThan(0);
      const got = candidates(query);
      expect(
        got.filter((n) => want.includes(n)),
        query,
      ).toEqual(want);
      for (const n of want) expect(recordAt(n)).toEqual(records[n]);
    }
  });

  it('is selective: a query of several characters proposes few records beyond its hits', () => {
    for (const query of ['中微子', '三公经费', '江门市人民政府']) {
      const hits = records.filter((r) => matchRanges(r.meta.text, [query])).length;
      expect(candidates(query).length, query).toBeLessThanOrEqual(hits + 2);
    }
  });

  it('keeps each build’s files in a folder named by their content, so two builds never mix', () => {
    expect([...files.keys()].filter((path) => path !== manifestPath).every((path) => path.startsWith(`${manifest.version}/`))).toBe(true);
    const changed = buildSearchIndex(records.map((r, n) => (n ? r : { ...r, meta: { ...r.meta, text: `${r.meta.text}。` } })));
    expect(JSON.parse(changed[0]!.content).version).not.toBe(manifest.version);
  });

  it('names each scope’s records, newest report first and the glossary last', () => {
    expect(manifest.scopes.map((s) => s.scope)).toEqual([
      ...reports
        .map((r) => String(r.year))
        .sort()
        .reverse(),
      'glossary',
    ]);
    for (const { scope, from, to } of manifest.scopes) {
      for (let n = from; n < to; n++) expect(recordAt(n).meta.kind === 'glossary' ? 'glossary' : recordAt(n).meta.year).toBe(scope);
    }
    expect(manifest.scopes.at(-1)!.to).toBe(records.length);
  });
});

describe('lists of record numbers', () => {
  it('round-trip through gaps and intersect in order', () => {
    expect(fromGaps(gaps([2, 3, 10, 400]))).toEqual([2, 3, 10, 400]);
    expect(gaps([2, 3, 10])).toEqual([2, 1, 7]);
    expect(
      intersect([
        [1, 4, 9, 12],
        [4, 5, 12],
        [0, 4, 12, 13],
      ]),
    ).toEqual([4, 12]);
    expect(intersect([[1, 2], []])).toEqual([]);
  });
});

describe('how often a term occurs in each report', () => {
  const record = (year: string, text: string): SearchRecord => ({
    url: `/reports/${year}/#p-1`,
    meta: { kind: 'report', title: '', year, section: '', sectionId: '', block: 'p-1', text },
  });
  const reports = [
    { scope: '2015', from: 0, to: 2, chars: 20_000 },
    { scope: '2016', from: 2, to: 3, chars: 5_000 },
  ];

  it('counts every place, quotation marks aside, per 10,000 characters, and zero where there is none', () => {
    const figures = frequencyOf('三公经费', [record('2015', '压缩“三公”经费,三公经费'), record('2015', '三公经费')], reports);
    expect(figures.get('2015')).toEqual({ count: 3, rate: 1.5 });
    expect(figures.get('2016')).toEqual({ count: 0, rate: 0 });
  });

  it('leaves out records outside the reports asked for, such as the glossary', () => {
    const glossary: SearchRecord = { ...record('', '三公经费'), meta: { ...record('', '三公经费').meta, kind: 'glossary' } };
    expect(frequencyOf('三公经费', [glossary, record('2016', '三公经费')], reports).get('2016')).toEqual({ count: 1, rate: 2 });
  });

  it('measures a report without its white space', () => {
    expect(lengthOf('江门 市\n政府')).toBe(5);
  });
});
