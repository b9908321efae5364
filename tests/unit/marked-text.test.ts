import { describe, expect, it } from 'vitest';
import { markedText } from '../../src/lib/markdown/annotate';

describe('a block named with its editorial marks', () => {
  it('has each mark where the page puts it, its punctuation set as the page sets it', () => {
    const annotations = [
      { kind: 'year' as const, after: '平台,20xx年', note: '20xx推定为2012年' },
      { kind: 'seam' as const, after: '文化站', note: '来源在此分段' },
    ];
    expect(markedText('打造发展平台,20xx年建成综合文化站100%', annotations)).toEqual([
      { text: '打造发展平台，20xx', mark: false },
      { text: '〔2012？〕', mark: true },
      { text: '年建成综合文化站', mark: false },
      { text: '〔合〕', mark: true },
      { text: '100%', mark: false },
    ]);
  });

  it('is the text alone where no annotation is in it', () => {
    expect(markedText('20xx年工作安排', [{ kind: 'year', after: '尤其是20xx年', note: '20xx即2015年（已确认）' }])).toEqual([
      { text: '20xx年工作安排', mark: false },
    ]);
  });
});
