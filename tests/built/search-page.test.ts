import { describe, expect, it } from 'vitest';
import { builtPage } from '../support/built';
import { hantPrefix } from '../../src/lib/edition/paths';

const messagesOf = (path: string) =>
  JSON.parse(builtPage(path).querySelector('.search-page')!.getAttribute('data-strings')!) as Record<string, string>;

describe.each(['/search/', `${hantPrefix}/search/`])('the %s page as it opens', (path) => {
  it('shows every report and the glossary checked: what is searched is what is checked', () => {
    const boxes = builtPage(path).querySelectorAll('fieldset.search-scope input[name="scope"]');
    expect(boxes.map((b) => b.getAttribute('value'))).toEqual(['2016', '2015', '2012', 'glossary']);
    for (const box of boxes) expect(box.hasAttribute('checked'), box.getAttribute('value')!).toBe(true);
  });
});

describe('the messages the search page fills in', () => {
  it('count paragraphs (段) and the places the terms occur in them (处), each named', () => {
    const messages = messagesOf('/search/');
    expect(messages.summary).toBe('找到 {count} 段，共 {occurrences} 处：{groups}。');
    expect(messages.count).toBe('{count} 段');
    expect(messages.frequencyCell).toBe('{rate}（{count} 处）');
  });

  it('quote a term as each edition quotes', () => {
    expect(messagesOf('/search/').quoted).toBe('“{term}”');
    expect(messagesOf(`${hantPrefix}/search/`).quoted).toBe('「{term}」');
    expect(messagesOf(`${hantPrefix}/search/`).summary).toBe('找到 {count} 段，共 {occurrences} 處：{groups}。');
  });
});
