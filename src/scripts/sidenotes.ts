import { wideScreen } from '../lib/constants';
import css from '../styles/sidenotes.css?inline';

/** The gap between two notes that would touch. */
const gap = 6;

/**
 * At 1200 px and wider each footnote stands in the right margin beside its marker's line, read
 * without a click: its number, term and definition, taken from the notes at the end, which the
 * page carries once; a note whose meaning is unknown is one line, its term linked to the clues.
 * They are placed absolutely, so the text never moves, and placed again whenever the text's
 * height changes (the permalinks, a resized window). Screen readers reach the notes through the
 * markers, so these copies are hidden from them (their one kind of link is out of the tab order:
 * the note at the end has it). A marker points to its note here, lit while the pointer or the
 * focus is on it (src/scripts/site.ts opens no popover then), and the notes at the end, which
 * repeat these, are folded; a link to one of them opens the fold.
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
    const term = note.querySelector('dfn')!.cloneNode(true);
    const unknown = note.querySelector('.basis.unknown');
    const clues = note.querySelector<HTMLAnchorElement>('a.clues');
    if (unknown && clues) {
      const link = Object.assign(document.createElement('a'), {
        href: clues.getAttribute('href')!,
        title: clues.textContent,
        tabIndex: -1,
      });
      link.append(term);
      side.append(number, link, ' ', unknown.cloneNode(true));
    } else side.append(number, term, ' ', unknown?.cloneNode(true) ?? note.querySelectorAll('p')[1]!.textContent!);
    for (const type of ['mouseenter', 'focus']) marker.addEventListener(type, () => side.classList.add('lit'));
    for (const type of ['mouseleave', 'blur']) marker.addEventListener(type, () => side.classList.remove('lit'));
    return { marker, side };
  });
  body.append(...placed.map((p) => p.side));
  const place = () => {
    // Read every position first, then write: one layout.
    const origin = body.getBoundingClientRect().top;
    const tops = stackNotes(
      placed.map(({ marker }) => marker.getBoundingClientRect().top - origin),
      placed.map(({ side }) => side.offsetHeight),
      gap,
    );
    placed.forEach(({ side }, i) => (side.style.top = `${tops[i]}px`));
  };
  // Placed before the page paints them: a note drawn first where it was added and then moved is
  // a layout shift.
  place();
  new ResizeObserver(place).observe(body);

  const fold = body.querySelector<HTMLDetailsElement>('.footnotes details')!;
  const wide = matchMedia(wideScreen);
  // Open where a link leads into it (Chromium opens a fold for a link itself; not every browser does).
  const openAtTarget = () => {
    const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (!target || !fold.contains(target)) return false;
    if (!fold.open) {
      fold.open = true;
      target.scrollIntoView();
    }
    return true;
  };
  if (!openAtTarget()) fold.open = false;
  addEventListener('hashchange', openAtTarget);
  // A window made narrower has no margin: the notes are read at the end again.
  wide.addEventListener('change', () => (fold.open = !wide.matches));
}

/**
 * Where notes stand (their tops), given where each would (`wanted`, in order) and their heights:
 * in order, `gap` apart at least, none above 0, and the farthest from its place as near as that
 * allows. Notes that would overlap form a run, centred between the places of its notes (so a run
 * may begin above its first marker); a note no other crowds stays at its place. In each note's
 * top less the room the notes above it take, the order must not descend: runs are pools of
 * adjacent violators, each at the middle of its range, which makes the largest distance least
 * (it is half the largest descent, which no placement avoids).
 */
export function stackNotes(wanted: number[], heights: number[], gap: number): number[] {
  // The room the notes above each one take.
  const above: number[] = [];
  let room = 0;
  for (const height of heights) {
    above.push(room);
    room += height + gap;
  }
  const middle = (pool: { low: number; high: number }) => (pool.low + pool.high) / 2;
  const pools: { low: number; high: number; count: number }[] = [];
  wanted.forEach((top, i) => {
    let pool = { low: top - above[i]!, high: top - above[i]!, count: 1 };
    for (let last = pools.at(-1); last && middle(last) >= middle(pool); last = pools.at(-1)) {
      pools.pop();
      pool = { low: Math.min(last.low, pool.low), high: Math.max(last.high, pool.high), count: last.count + pool.count };
    }
    pools.push(pool);
  });
  const shifted = pools.flatMap((pool) => Array<number>(pool.count).fill(Math.max(0, middle(pool))));
  return shifted.map((top, i) => top + above[i]!);
}
