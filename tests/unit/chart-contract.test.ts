import { describe, expect, it } from 'vitest';
import { dataAttributes, markedLook } from '../../src/lib/render/chart-contract';

describe('the chart contract', () => {
  it('names each field as the data-* attribute the browser reads back as element.dataset.field', () => {
    expect(dataAttributes({ unit: '%', axis: undefined, failedText: '图表未能载入' })).toEqual({
      'data-unit': '%',
      'data-axis': undefined,
      'data-failed-text': '图表未能载入',
    });
    expect(Object.keys(dataAttributes({ year: 2015 }))).toEqual(['data-year']);
    expect(Object.keys(dataAttributes({ from: 2007, to: 2011 }))).toEqual(['data-from', 'data-to']);
  });

  it('marks targets and estimates, and leaves actuals unmarked', () => {
    expect(markedLook('target', 'actual')).toBe('target');
    expect(markedLook('target', 'estimate')).toBe('target');
    expect(markedLook('result', 'estimate')).toBe('estimate');
    expect(markedLook('result', 'actual')).toBeUndefined();
    expect(markedLook('result', 'average')).toBeUndefined();
  });
});
