import { describe, expect, it } from 'vitest';
import { buildSearchIndex, type SearchIndexFile } from '../../src/lib/search/build-index';
import { fromGaps, gaps, intersect, manifestPath, textFilePath } from '../../src/lib/search/format';
import { checkCandidates, type CheckedCandidates } from '../../src/lib/search/hits';
import { indexReader } from '../../src/lib/search/read-index';
import { searchRecords } from '../../src/lib/search/records';
import { matchRanges } from '../../src/lib/search/text';
import { loadContent } from '../../src/lib/content/load';

const content = await loadContent();
const { reports } = content;
const records = searchRecords(content);
const built = buildSearchIndex(records);

/**
 * The builder's files served to the real reader, as the route serves them
 * (src/pages/search-index/[...file].ts): every load is recorded, and a path in `failOnce` fails
 * the first time it is asked for, as a dropped request does.
 */
function servedIndex(files: SearchIndexFile[] = built, failOnce = new Set<string>()) {
  const contents = new Map(files.map((f) => [f.path, f.content]));
  const loads: string[] = [];
  const reader = indexReader(async (path) => {
    loads.push(path);
    if (failOnce.delete(path)) throw new Error(`${path}: dropped`);
    const content = contents.get(path);
    if (content === undefined) throw new Error(`${path}: 404`);
    return JSON.parse(content) as unknown;
  });
  return { reader, loads };
}

const { reader } = servedIndex();
const manifest = await reader.manifest();

const scopeOfRecord = (n: number) => (records[n]!.meta.kind === 'glossary' ? 'glossary' : records[n]!.meta.year);

/** The records that contain every term, by number, found by checking every record (no index). */
const containing = (terms: string[], scopes: string[] = []) =>
  records.flatMap((r, n) => (matchRanges(r.meta.text, terms) && (!scopes.length || scopes.includes(scopeOfRecord(n))) ? [n] : []));

describe('the search index, as the reader reads the files the builder writes', () => {
  it('proposes every record the exact check accepts, and gives those records', async () => {
    for (const query of ['中微子', '三公经费', '发展', '碉楼', 'PM2.5', '8.4%', '江', '侨 发展', '“三公”经费']) {
      const terms = query.split(' ');
      const want = containing(terms);
      expect(want.length, query).toBeGreaterThan(0);
      const got = await reader.candidatesFor(manifest, terms, []);
      expect(
        got.filter((n) => want.includes(n)),
        query,
      ).toEqual(want);
      expect(await reader.recordsAt(manifest, want), query).toEqual(want.map((n) => records[n]));
    }
  });

  it('is selective: a query of several characters proposes few records beyond its hits', async () => {
    for (const query of ['中微子', '三公经费', '江门市人民政府']) {
      const hits = containing([query]).length;
      expect((await reader.candidatesFor(manifest, [query], [])).length, query).toBeLessThanOrEqual(hits + 2);
    }
  });

  it('proposes only records of the chosen scopes, and every record in them for a term with no key', async () => {
    for (const { scope, from, to } of manifest.scopes) {
      // Words of the records just outside the scope, which a filter off by one would let in.
      const outside = [from - 1, to].filter((n) => records[n]).map((n) => [...records[n]!.meta.text].slice(0, 4).join(''));
      for (const query of [...outside, '发展']) {
        const want = containing([query], [scope]);
        const got = await reader.candidatesFor(manifest, [query], [scope]);
        expect(
          got.every((n) => scopeOfRecord(n) === scope),
          `${query} in ${scope}`,
        ).toBe(true);
        expect(got.filter((n) => want.includes(n))).toEqual(want);
      }
    }
    const chosen = ['2015', 'glossary'];
    const got = await reader.candidatesFor(manifest, ['发展'], chosen);
    expect(got.every((n) => chosen.includes(scopeOfRecord(n)))).toBe(true);
    expect(got.filter((n) => containing(['发展'], chosen).includes(n))).toEqual(containing(['发展'], chosen));
    expect(await reader.candidatesFor(manifest, ['%'], ['2016'])).toEqual(
      records.flatMap((_, n) => (scopeOfRecord(n) === '2016' ? [n] : [])),
    );
  });

  it('keeps each build’s files in a folder named by their content, so two builds never mix', () => {
    expect(built.filter(({ path }) => path !== manifestPath).every(({ path }) => path.startsWith(`${manifest.version}/`))).toBe(true);
    const changed = buildSearchIndex(records.map((r, n) => (n ? r : { ...r, meta: { ...r.meta, text: `${r.meta.text}。` } })));
    expect(JSON.parse(changed.find((f) => f.path === manifestPath)!.content).version).not.toBe(manifest.version);
  });

  it('names each scope’s records, newest report first and the glossary last', async () => {
    expect(manifest.scopes.map((s) => s.scope)).toEqual([
      ...reports
        .map((r) => String(r.year))
        .sort()
        .reverse(),
      'glossary',
    ]);
    for (const { scope, from, to } of manifest.scopes) {
      const inScope = await reader.recordsAt(
        manifest,
        Array.from({ length: to - from }, (_, i) => from + i),
      );
      for (const { meta } of inScope) expect(meta.kind === 'glossary' ? 'glossary' : meta.year).toBe(scope);
    }
    expect(manifest.scopes.at(-1)!.to).toBe(records.length);
  });

  it('loads a text file once, asks again after a failure, and counts the files not yet loaded', async () => {
    const firstText = textFilePath(manifest.version, 0);
    const { reader, loads } = servedIndex(built, new Set([firstText]));
    const twoFiles = [0, 1, manifest.recordsPerTextFile];
    expect(reader.textFilesToFetch(manifest, twoFiles)).toBe(2);
    await expect(reader.recordsAt(manifest, twoFiles)).rejects.toThrow('dropped');
    expect(reader.textFilesToFetch(manifest, twoFiles)).toBe(1);
    expect(await reader.recordsAt(manifest, twoFiles)).toEqual(twoFiles.map((n) => records[n]));
    expect(await reader.recordsAt(manifest, [2])).toEqual([records[2]]);
    expect(reader.textFilesToFetch(manifest, twoFiles)).toBe(0);
    expect(loads.filter((path) => path === firstText)).toHaveLength(2);
    expect(loads.filter((path) => path === textFilePath(manifest.version, 1))).toHaveLength(1);
  });

  it('loads the manifest again at every search, so a new build is seen', async () => {
    const { reader, loads } = servedIndex();
    await reader.manifest();
    await reader.manifest();
    expect(loads).toEqual([manifestPath, manifestPath]);
  });
});

describe('an index file of the wrong shape', () => {
  // Valid JSON, as a host's error page or a file of another format may be: the search must fail, not find nothing.
  const keyFile = built.find((f) => f.path.includes('/keys/'))!.path;
  const textFile = textFilePath(manifest.version, 0);
  const served = (path: string, content: unknown) =>
    servedIndex(built.map((f) => (f.path === path ? { path, content: JSON.stringify(content) } : f))).reader;
  const anyKey = (path: string) => Object.keys(JSON.parse(built.find((f) => f.path === path)!.content) as object)[0]!;

  it.each([
    ['that is an error object', { error: 'not found' }],
    ['that is a list', []],
    ['whose version is a path', { ...manifest, version: '../x' }],
    ['with no key files', { ...manifest, keyFiles: 0 }],
    ['with a scope without its length', { ...manifest, scopes: [{ scope: '2016', from: 0, to: 3 }] }],
  ])('a manifest %s is refused by name', async (_, content) => {
    await expect(served(manifestPath, content).manifest()).rejects.toThrow(`search index: ${manifestPath} is not a manifest`);
  });

  it.each([
    ['that is a list', []],
    ['that is an error object', { error: 'not found' }],
    ['that lists words', { 中微: ['a'] }],
    ['with a negative gap', { 中微: [-1] }],
  ])('a key file %s is refused by name', async (_, content) => {
    const key = anyKey(keyFile);
    await expect(served(keyFile, content).candidatesFor(manifest, [key], [])).rejects.toThrow(`search index: ${keyFile} is not a key file`);
  });

  it.each([
    ['that is an object', {}],
    ['that is empty', []],
    ['that lists words', ['江门']],
    ['whose records lack their text', [{ url: '/reports/2016/#p-1', meta: { ...records[0]!.meta, text: undefined } }]],
    ['whose records are of an unknown kind', [{ ...records[0]!, meta: { ...records[0]!.meta, kind: 'page' } }]],
  ])('a text file %s is refused by name', async (_, content) => {
    await expect(served(textFile, content).recordsAt(manifest, [0])).rejects.toThrow(`search index: ${textFile} is not a text file`);
  });

  it('a record missing from its text file is named', async () => {
    const short = served(textFile, records.slice(0, 2));
    expect(await short.recordsAt(manifest, [1])).toEqual([records[1]]);
    await expect(short.recordsAt(manifest, [3])).rejects.toThrow(`search index: record 3 is not in ${textFile}`);
  });
});

describe('checking the candidates', () => {
  const recordsAt = (numbers: number[]) => reader.recordsAt(manifest, numbers);
  const always = () => true;

  it('finds the hits in display order, 50 more at each step, until every candidate is checked', async () => {
    const terms = ['发展'];
    const want = containing(terms);
    expect(want.length).toBeGreaterThan(100);
    const candidates = await reader.candidatesFor(manifest, terms, []);
    let step: CheckedCandidates = { hits: [], checked: 0 };
    do {
      const before = step.hits.length;
      step = await checkCandidates(candidates, terms, step, recordsAt, always);
      // Every hit among the candidates checked so far, in order; at least 50 new ones unless none are left.
      const checkedSoFar = candidates.slice(0, step.checked);
      expect(step.hits.map((hit) => hit.url)).toEqual(want.filter((n) => checkedSoFar.includes(n)).map((n) => records[n]!.url));
      if (step.checked < candidates.length) expect(step.hits.length - before).toBeGreaterThanOrEqual(50);
    } while (step.checked < candidates.length);
    expect(step.hits.length).toBe(want.length);
    for (const hit of step.hits) {
      expect(hit.ranges.length).toBeGreaterThan(0);
      for (const [start, end] of hit.ranges) expect(hit.meta.text.slice(start, end)).toBe('发展');
    }
  });

  it('keeps only records that contain every term', async () => {
    const terms = ['侨', '发展'];
    const candidates = await reader.candidatesFor(manifest, terms, []);
    const { hits, checked } = await checkCandidates(candidates, terms, { hits: [], checked: 0 }, recordsAt, always);
    expect(checked).toBe(candidates.length);
    expect(hits.map((hit) => hit.url)).toEqual(containing(terms).map((n) => records[n]!.url));
    // Each hit says how many times the terms occur in it (the status line's 共 n 处).
    const count = (text: string, term: string) => text.split(term).length - 1;
    for (const hit of hits) expect(hit.occurrences).toBe(count(hit.meta.text, '侨') + count(hit.meta.text, '发展'));
    expect(hits.some((hit) => hit.occurrences > 2)).toBe(true);
  });

  it('fetches no more once a newer search has started', async () => {
    const candidates = await reader.candidatesFor(manifest, ['发展'], []);
    let batches = 0;
    const counted = (numbers: number[]) => {
      batches++;
      return recordsAt(numbers);
    };
    // The newer search starts while the first batch is on its way.
    await checkCandidates(candidates, ['发展'], { hits: [], checked: 0 }, counted, () => batches < 1);
    expect(batches).toBe(1);
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
