import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { foldPunctuationWidth, setElementPunctuation, setPunctuation } from '../../src/lib/punctuation';

describe('setting punctuation full-width in Chinese context', () => {
  it('sets , ; : ! and parentheses that stand beside Chinese text', () => {
    expect(setPunctuation('稳增长,促改革;调结构:惠民生!')).toBe('稳增长，促改革；调结构：惠民生！');
    expect(setPunctuation('“十二五”时期(2011—2015年)')).toBe('“十二五”时期（2011—2015年）');
    expect(setPunctuation('增长8.4%,高于全省')).toBe('增长8.4%，高于全省');
  });

  it('sets a parenthesis pair whose content is Chinese, even between Latin letters', () => {
    expect(setPunctuation('“三个倍增”(R&D占GDP比重)')).toBe('“三个倍增”（R&D占GDP比重）');
    expect(setPunctuation('GDP(生产总值)GDP')).toBe('GDP（生产总值）GDP');
  });

  it('leaves marks inside numbers, Latin words and URLs alone', () => {
    expect(setPunctuation('共1,307个,于3:00开始')).toBe('共1,307个，于3:00开始');
    expect(setPunctuation('Made in China, Jiangmen (Guangdong)!', { before: 'a', after: 'a' })).toBe(
      'Made in China, Jiangmen (Guangdong)!',
    );
    expect(setPunctuation('见http://example.org/a,b;c:d!e页')).toBe('见http://example.org/a,b;c:d!e页');
    expect(setPunctuation('(原载 <https://a.org/x.html>),见www.a.org/b,下')).toBe('（原载 <https://a.org/x.html>），见www.a.org/b，下');
  });

  it('keeps every character at its offset, and folding the width gives the source back', () => {
    const source = '地区生产总值(GDP)突破2200亿元,增长1,307%;目标:见www.jiangmen.gov.cn!';
    const set = setPunctuation(source);
    expect(set).toHaveLength(source.length);
    expect(set).not.toBe(source);
    expect(foldPunctuationWidth(set)).toBe(source);
  });

  it('takes time linear in the text: 20,000 URLs, or parentheses nested 50,000 deep, in one paragraph', () => {
    // The pass was quadratic in both (about two minutes for each of these); linear, it takes well
    // under a second, so the bound holds on a busy machine and still fails a quadratic pass.
    const urls = Array.from({ length: 20_000 }, (_, i) => `见http://a.cn/${i},`).join('');
    const nested = `${'('.repeat(50_000)}甲${')'.repeat(50_000)}`;
    const start = performance.now();
    const setUrls = setPunctuation(urls);
    const setNested = setPunctuation(nested);
    expect(performance.now() - start).toBeLessThan(5_000);
    expect(setUrls.slice(0, 32)).toBe('见http://a.cn/0，见http://a.cn/1，见h');
    expect(setNested).toBe(`${'（'.repeat(50_000)}甲${'）'.repeat(50_000)}`);
  });

  it('folds nothing but the width of these six marks', () => {
    expect(foldPunctuationWidth('“三公”经费，（甲）；乙：丙！、。《》')).toBe('“三公”经费,(甲);乙:丙!、。《》');
  });
});

describe('setting the punctuation of an element', () => {
  it('reads a sentence across a footnote marker, whose number it leaves alone', () => {
    const p = h('p', ['明确“三门”', h('sup', h('a', '1')), ',“三心”', h('sup', h('a', '2')), ',2015:', h('em', '甲,乙')]);
    setElementPunctuation(p, (el) => el.tagName === 'sup');
    expect(toHtml(p)).toBe('<p>明确“三门”<sup><a>1</a></sup>，“三心”<sup><a>2</a></sup>，2015：<em>甲，乙</em></p>');
  });

  it('treats a number split by a marker as Chinese context, not as one number', () => {
    const p = h('p', ['共1', h('sup', '3'), ',2个']);
    setElementPunctuation(p, (el) => el.tagName === 'sup');
    expect(toHtml(p)).toBe('<p>共1<sup>3</sup>，2个</p>');
  });
});
