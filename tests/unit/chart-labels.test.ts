import { describe, expect, it } from 'vitest';
import { wrapLabel } from '../../src/lib/chart-labels';

describe('a chart label in lines', () => {
  it('stays on one line where it fits', () => {
    expect(wrapLabel('2014年', 6)).toEqual(['2014年']);
  });

  it('breaks into lines of even length, none longer than the width', () => {
    expect(wrapLabel('地区生产总值', 4)).toEqual(['地区生', '产总值']);
    expect(wrapLabel('2007—2011年均', 4)).toEqual(['2007', '—201', '1年均']);
    expect(wrapLabel('规模以上工业增加值', 2)).toEqual(['规模', '以上', '工业', '增加', '值']);
  });

  it('gives a width below one character one character a line', () => {
    expect(wrapLabel('预计', 0)).toEqual(['预', '计']);
  });
});
