import { matchRanges } from '../lib/search-text';

/**
 * Highlights the searched terms on the page the reader lands on, with the CSS Custom Highlight
 * API: the report's DOM and text are left exactly as they are. Editorial marks, permalinks and
 * footnote numbers are not report text and are skipped.
 */
export function highlightTerms(terms: string[]): void {
  if (!('highlights' in CSS)) return;
  const ranges: Range[] = [];
  for (const block of document.querySelectorAll<HTMLElement>('.report-body > :is(h2, h3, p), .glossary-entry')) {
    const nodes: { node: Text; start: number }[] = [];
    let text = '';
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) =>
        n.parentElement?.closest('[data-editorial], .permalink, sup') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
    });
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push({ node: n as Text, start: text.length });
      text += (n as Text).data;
    }
    // A near result (quotation marks ignored) is highlighted as the search page showed it.
    for (const [start, end] of matchRanges(text, terms) ?? matchRanges(text, terms, true) ?? []) {
      const at = (offset: number, isEnd: boolean) => {
        const i = nodes.findLastIndex((x) => (isEnd ? x.start < offset : x.start <= offset));
        const { node, start: nodeStart } = nodes[Math.max(0, i)]!;
        return [node, offset - nodeStart] as const;
      };
      const range = new Range();
      range.setStart(...at(start, false));
      range.setEnd(...at(end, true));
      ranges.push(range);
    }
  }
  CSS.highlights.set('search-term', new Highlight(...ranges));
  // The highlight's style comes with the code that sets it (through the CSSOM, which the CSP
  // allows), so pages carry it only when a search led to them.
  const style = new CSSStyleSheet();
  style.replaceSync('::highlight(search-term) { background-color: var(--highlight); color: var(--highlight-ink); }');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, style];
}
