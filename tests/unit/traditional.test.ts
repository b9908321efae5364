import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hantPrefix, isPageLink, otherEditionPath } from '../../src/lib/edition/paths';
import { scriptMaps, simplified, simplifiedWithPlaces, traditional } from '../../src/lib/edition/script-map';
import { conversionExceptions, scriptMap, toTraditional, toTraditionalCharacters } from '../../src/lib/edition/convert';

const seed = readFileSync('content/source/seed-2017-05-12.txt', 'utf8');

describe('the 繁體 conversion (OpenCC, Hong Kong standard)', () => {
  it.each(conversionExceptions.map((e) => [e.simplified, e.traditional, e.why]))('writes %s as %s (%s)', (s, t) => {
    expect(toTraditional(s)).toBe(t);
  });

  it('gets the words these reports need right, in context', () => {
    const cases: [string, string][] = [
      ['台山市', '台山市'], // a place: never 檯山 or 臺山
      ['台开快速路', '台開快速路'],
      ['干部', '幹部'],
      ['干净干事', '乾淨幹事'],
      ['发展', '發展'],
      ['积蓄发展能量', '積蓄發展能量'],
      ['头发', '頭髮'],
      ['公里', '公里'],
      ['这里', '這裏'],
      ['碉楼', '碉樓'],
      ['侨乡', '僑鄉'],
    ];
    for (const [s, t] of cases) expect(toTraditional(s), s).toBe(t);
  });

  it('sets quotation marks as Hong Kong does: “” as 「」, the inner ‘’ as 『』', () => {
    expect(toTraditional('推进“三旧”改造')).toBe('推進「三舊」改造');
    expect(toTraditional('从“‘十二五’时期工作回顾”开始')).toBe('從「『十二五』時期工作回顧」開始');
    // An apostrophe in a Latin word is not a quotation mark.
    expect(toTraditional('People’s Daily“人民日报”')).toBe('People’s Daily「人民日報」');
  });

  it('converts only the characters of what names or leads to a place', () => {
    expect(toTraditionalCharacters('“三旧”改造')).toBe('“三舊”改造');
  });

  it('converts character for character', () => {
    expect([...toTraditional(seed)]).toHaveLength([...seed].length);
  });

  it('writes 㓆 as 𠗣, a character beyond the Basic Multilingual Plane (two UTF-16 units for one)', () => {
    expect(toTraditional('发展㓆发展')).toBe('發展\u{205e3}發展');
  });
});

describe('a character that takes two UTF-16 units in one script and one in the other', () => {
  // 㓆 (U+34C6) is 𠗣 (U+205E3) in the traditional text.
  const texts = ['一㓆发展', '㓆'];
  const maps = scriptMaps(scriptMap(texts));

  it('is in the character map whole', () => {
    expect(scriptMap(texts)).toEqual({ 发: '發', 㓆: '\u{205e3}' });
  });

  it('is read from a file that is a map of characters, and from nothing else', () => {
    expect(scriptMaps({}).toSimplified.size).toBe(0);
    for (const file of [null, [], ['发'], { error: 'not found' }, { 发: 1 }, { 发: '' }]) {
      expect(() => scriptMaps(file), JSON.stringify(file)).toThrow('the script map is not a map of characters');
    }
  });

  it('reads and shows whole, both ways', () => {
    expect(traditional('一㓆发展', maps)).toBe('一\u{205e3}發展');
    expect(simplified('一\u{205e3}發展', maps)).toBe('一㓆发展');
  });

  it('keeps the places of what follows it: a range in the simplified reading falls on the same text of the page', () => {
    const page = '一\u{205e3}發展。㓆';
    const read = simplifiedWithPlaces(page, maps);
    expect(read.text).toBe('一㓆发展。㓆');
    const place = (start: number, end: number) => page.slice(read.at[start], read.at[end]);
    expect(place(2, 4)).toBe('發展');
    expect(place(1, 4)).toBe('\u{205e3}發展');
    expect(place(0, read.text.length)).toBe(page);
  });
});

describe("the corpus's character map", () => {
  const maps = scriptMaps(scriptMap([seed]));

  it('lists each simplified character with its traditional forms, the most frequent first', () => {
    const map = scriptMap([seed]);
    expect(map['发']).toBe('發');
    // 台山 and 台开 stay 台; only 台风 becomes 颱風: the usual form, first, is 台.
    expect(map['系']).toBe('系係繫'); // 体系 stays; 关系 is 關係, 联系 聯繫
    expect(map['台']).toBe('台颱');
    expect(map['江']).toBeUndefined();
    // The edition's quotation marks, so that search shows and reads them too.
    expect(map['“']).toBe('「');
    expect(map['”']).toBe('」');
  });

  it('reads a traditional query as the simplified one, and the reverse for display', () => {
    for (const [t, s] of [
      ['碉樓', '碉楼'],
      ['三公經費', '三公经费'],
      ['僑鄉', '侨乡'],
      ['發展', '发展'],
    ]) {
      expect(simplified(t!, maps)).toBe(s);
      expect(traditional(s!, maps)).toBe(t);
    }
    expect(simplified('碉楼 PM2.5', maps)).toBe('碉楼 PM2.5');
    expect(simplified('「三公」經費', maps)).toBe('“三公”经费');
    expect(traditional('“三公”经费', maps)).toBe('「三公」經費');
  });
});

describe('the editions', () => {
  it('map each page to its twin and back', () => {
    expect(otherEditionPath('/reports/2016/')).toBe(`${hantPrefix}/reports/2016/`);
    expect(otherEditionPath(`${hantPrefix}/reports/2016/`)).toBe('/reports/2016/');
    expect(otherEditionPath('/')).toBe(`${hantPrefix}/`);
    expect(otherEditionPath(`${hantPrefix}/`)).toBe('/');
  });

  it('keep page links in the edition, and files shared', () => {
    expect(isPageLink('/glossary/#note-2016-5')).toBe(true);
    expect(isPageLink('/search/?q=x')).toBe(true);
    expect(isPageLink('/404.html')).toBe(true);
    for (const file of [
      '/_astro/site.js',
      '/search-index/manifest.json',
      '/indicators/indicators.csv',
      '/favicon.svg',
      'https://x.org/',
      '#p-1',
    ]) {
      expect(isPageLink(file), file).toBe(false);
    }
  });
});
