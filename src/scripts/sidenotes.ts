import css from '../styles/sidenotes.css?inline';

/** The gap between two notes that would touch. */
const gap = 8;

/**
 * At 1200 px and wider each footnote stands in the right margin beside its marker's line, read
 * without a click: its number, term and definition (or that the meaning is unknown), taken from
 * the notes at the end, which the page carries once. A note that would overlap the one above it
 * goes just below it. They are placed absolutely, so the text never moves, and placed again
 * whenever the text's height changes (the permalinks, a resized window). Screen readers reach
 * the notes through the markers, so these copies are hidden from them (they hold no links).
 */
export function placeSidenotes(body: HTMLElement): void {
  // Through the CSSOM, which the CSP allows (see footnote-popover.ts).
  const style = new CSSStyleSheet();
  style.replaceSync(css);
  document.adoptedStyleSheets.push(style);
  const placed = [...body.querySelectorAll<HTMLAnchorElement>('a[role=doc-noteref]')].map((marker) => {
    const note = document.getElementById(marker.hash.slice(1))!;
    // A div: `.report-body > p` is the report's paragraphs (numbered, indented).
    const side = document.createElement('div');
    side.className = 'sidenote';
    side.ariaHidden = 'true';
    const number = document.createElement('b');
    number.textContent = `${marker.textContent} `;
    const term = document.createElement('dfn');
    term.textContent = note.querySelector('dfn')!.textContent;
    side.append(number, term, ' ', note.querySelectorAll('p')[1]!.textContent!);
    return { marker, side };
  });
  body.append(...placed.map((p) => p.side));
  const place = () => {
    // Read every position first, then write: one layout.
    const origin = body.getBoundingClientRect().top;
    const tops = placed.map(({ marker }) => marker.getBoundingClientRect().top - origin);
    const heights = placed.map(({ side }) => side.offsetHeight);
    let bottom = -Infinity;
    placed.forEach(({ side }, i) => {
      const top = Math.max(tops[i]!, bottom + gap);
      side.style.top = `${top}px`;
      bottom = top + heights[i]!;
    });
  };
  new ResizeObserver(place).observe(body);
}
