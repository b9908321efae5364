import { simplifiedWithPlaces } from '../lib/edition/script-map';
import { matchRanges, maxQueryLength } from '../lib/search/text';
import { isHantPage, loadScriptMaps } from './edition';

/**
 * Highlights the searched terms on the page the reader lands on, with the CSS Custom Highlight
 * API: the report's DOM and text are left exactly as they are. Editorial marks, permalinks and
 * footnote numbers are not report text and are skipped.
 */
export async function highlightTerms(): Promise<void> {
  // As long as a query may be (an address can carry any ?hl=): more would only stall the page.
  const terms = new URLSearchParams(location.search)
    .getAll('hl')
    .filter((t) => t && [...t].length <= maxQueryLength)
    .slice(0, maxQueryLength);
  if (!('highlights' in CSS) || !terms.length) return;
  // The terms are in simplified characters (the search's script); a traditional page is read in
  // them too, character for character, so the ranges fall on the page's own text. Without the map
  // (offline), a traditional page stays as it is: the reader has landed on the paragraph anyway.
  const maps = isHantPage() ? await loadScriptMaps().catch(() => null) : undefined;
  if (maps === null) return;
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
    // The ranges are places in the reading: where each lies in the page's text (𠗣 is read as 㓆, two units as one).
    const reading = maps ? simplifiedWithPlaces(text, maps) : { text, at: undefined };
    const place = (offset: number) => reading.at?.[offset] ?? offset;
    for (const [start, end] of matchRanges(reading.text, terms) ?? []) {
      const at = (offset: number, isEnd: boolean) => {
        const i = nodes.findLastIndex((x) => (isEnd ? x.start < offset : x.start <= offset));
        const { node, start: nodeStart } = nodes[Math.max(0, i)]!;
        return [node, offset - nodeStart] as const;
      };
      const range = new Range();
      range.setStart(...at(place(start), false));
      range.setEnd(...at(place(end), true));
      ranges.push(range);
    }
  }
  CSS.highlights.set('search-term', new Highlight(...ranges));
  // The highlight's style comes with the code that sets it (the W3C checker's CSS parser does
  // not know ::highlight(), and pages not reached from search need not carry it).
  const style = new CSSStyleSheet();
  style.replaceSync('::highlight(search-term) { background-color: var(--highlight); color: var(--highlight-ink); }');
  document.adoptedStyleSheets.push(style);
}
