import { describe, expect, it } from 'vitest';
import { bigramsOf, excerpt, fold, matchRanges, parseQuery, queryKeys, searchKeys } from '../../src/lib/search/text';

describe('parsing a query', () => {
  it('splits on spaces and keeps quoted phrases whole', () => {
    expect(parseQuery('  中微子  碉楼 ')).toEqual({ terms: ['中微子', '碉楼'] });
    expect(parseQuery('"跨境 电子商务" 江门')).toEqual({ terms: ['跨境 电子商务', '江门'] });
    expect(parseQuery('“三公”经费 “一带一路”')).toEqual({ terms: ['“三公”经费', '“一带一路”'] });
  });

  it('drops every invisible format character and every control character but whitespace', () => {
    // Bidirectional controls: a right-to-left override would reverse the status line.
    expect(parseQuery('\u202e碉楼\u2066 \u200f中微子')).toEqual({ terms: ['碉楼', '中微子'] });
    // Zero-width space, Arabic letter mark, byte-order mark, soft hyphen, word joiner, NUL, DEL, C1 controls.
    expect(parseQuery('中\u200b微\u061c子\ufeff')).toEqual({ terms: ['中微子'] });
    expect(parseQuery('\ufeff碉\u00ad楼\u2060')).toEqual({ terms: ['碉楼'] });
    expect(parseQuery('中\u0000微\u007f子\u0085\u009b')).toEqual({ terms: ['中微子'] });
    expect(parseQuery('\u{e0001}三\u{e0041}公')).toEqual({ terms: ['三公'] });
    // Tabs and line breaks (an address may carry them) separate terms, as a space does.
    expect(parseQuery('碉楼\t中微子\n江门')).toEqual({ terms: ['碉楼', '中微子', '江门'] });
    expect(parseQuery('\u200b\u0000')).toEqual({ terms: [], problem: 'empty' });
  });

  it('reads a straight double quote without its partner as no quote at all', () => {
    expect(parseQuery('"三公')).toEqual({ terms: ['三公'] });
    expect(parseQuery('三公"')).toEqual({ terms: ['三公'] });
    expect(parseQuery('三"公')).toEqual({ terms: ['三公'] });
    expect(parseQuery('"跨境 电子商务" "江门')).toEqual({ terms: ['跨境 电子商务', '江门'] });
    expect(parseQuery('"跨境 电子商务')).toEqual({ terms: ['跨境', '电子商务'] });
    expect(parseQuery('"')).toEqual({ terms: [], problem: 'empty' });
    // Paired, the quotes still make a phrase; a straight single quote is text, as in the reports.
    expect(parseQuery('"三公"')).toEqual({ terms: ['三公'] });
    expect(parseQuery("'三公")).toEqual({ terms: ["'三公"] });
  });

  it('answers empty, over-long and unsearchable input with a problem, not terms', () => {
    expect(parseQuery('   ')).toEqual({ terms: [], problem: 'empty' });
    expect(parseQuery('""')).toEqual({ terms: [], problem: 'empty' });
    expect(parseQuery('江'.repeat(1000))).toEqual({ terms: [], problem: 'too-long' });
    expect(parseQuery('。,!')).toEqual({ terms: [], problem: 'no-indexable' });
  });
});

describe('exact matching', () => {
  it('finds every occurrence of every term, or nothing when one term is missing', () => {
    expect(matchRanges('江门市江门', ['江门'])).toEqual([
      [0, 2],
      [3, 5],
    ]);
    expect(matchRanges('发展电子商务', ['跨境电子商务'])).toBeNull();
    expect(matchRanges('佛开高速', ['佛山'])).toBeNull();
    expect(matchRanges('中微子实验站', ['中微子', '实验'])).toEqual([[0, 5]]);
    expect(matchRanges('中微子', ['中微子', '碉楼'])).toBeNull();
  });

  it('folds case and full-width forms without moving positions', () => {
    expect(fold('ＰＭ２.５ R&D')).toBe('pm2.5 r&d');
    expect(matchRanges('空气中PM2.5浓度', ['pm2.5'])).toEqual([[3, 8]]);
    expect(matchRanges('增长8.4%', ['8.4%'])).toEqual([[2, 6]]);
  });
});

describe('index keys', () => {
  it('a text holds every key of every query it contains', () => {
    const text = '江门中微子实验站,PM2.5达标,严控“三公”经费';
    const keys = new Set(searchKeys(text));
    for (const query of ['中微子', '验站', 'pm2.5', 'ＰＭ２', '5达', '站,p', '三公经费', '“三公”经费', '费', 'M', '中微子 三公']) {
      const terms = parseQuery(query).terms;
      for (const key of queryKeys(terms)) expect(keys.has(key), `${query}: ${key}`).toBe(true);
    }
  });

  it('asks for bigrams, and for the character of a one-character term', () => {
    expect(bigramsOf('“三公”经费')).toEqual(['三公', '公经', '经费']);
    expect(queryKeys(['三公经费', '江'])).toEqual(['三公', '公经', '经费', '江']);
    expect(queryKeys(['8.4%'])).toEqual(['84']);
  });
});

describe('excerpts', () => {
  it('cuts around the first match and marks every match inside', () => {
    const text = '甲'.repeat(50) + '中微子' + '乙'.repeat(10) + '中微子' + '丙'.repeat(100);
    const segments = excerpt(text, matchRanges(text, ['中微子'])!, 8);
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['中微子', '中微子']);
    expect(segments[0]).toEqual({ text: '…', mark: false });
    expect(segments.map((s) => s.text).join('')).toBe(`…${'甲'.repeat(8)}中微子${'乙'.repeat(10)}中微子丙丙丙…`);
  });
});

describe('quotation and title marks in the text', () => {
  it('do not stop a match of a term that has none, whose range runs across them', () => {
    const text = '严控“三公”经费支出';
    expect(matchRanges(text, ['三公经费'])).toEqual([[3, 8]]);
    expect(text.slice(3, 8)).toBe('三公”经费');
    expect(matchRanges('《珠三角规划纲要》', ['珠三角规划纲要'])).toEqual([[1, 8]]);
    expect(matchRanges('三公', ['四风'])).toBeNull();
  });

  it('are matched exactly when the term has them', () => {
    expect(matchRanges('严控“三公”经费支出', ['“三公”经费'])).toEqual([[2, 8]]);
    expect(matchRanges('严控三公经费支出', ['“三公”经费'])).toBeNull();
  });

  it('read 「」『』 and “”‘’ as the same marks (the 繁體 edition sets the one, the source the other)', () => {
    expect(matchRanges('严控“三公”经费支出', ['「三公」经费'])).toEqual([[2, 8]]);
    expect(matchRanges('從「『十二五』時期」', ['“‘十二五’時期”'])).toEqual([[1, 10]]);
    expect(matchRanges('严控“三公”经费支出', ['「三公」「经费'])).toBeNull();
  });
});
