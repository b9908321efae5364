import { mainId, wideScreen } from '../lib/constants';
import css from '../styles/toc-bar.css?inline';

/**
 * Marks in the table of contents the section the reader is in (aria-current="location"): the
 * last heading above the top third of the screen. The headings are observed only as they cross
 * that line, so a long section costs nothing while it is read.
 */
export function markCurrentSection(toc: HTMLElement): void {
  // Its name also stands in the folded contents' bar (a phone's), and following a link folds them.
  const here = toc.querySelector('summary')!.appendChild(document.createElement('span'));
  here.className = 'toc-here';
  const details = toc.querySelector('details')!;
  // At 1200 px and wider the contents stand open in the margin: the summary folds nothing there.
  const wide = matchMedia(wideScreen);
  toc.addEventListener('click', (event) => {
    if (wide.matches && (event.target as Element).closest('summary')) event.preventDefault();
    else if ((event.target as Element).closest('a')) details.open = false;
  });
  if (wide.matches) details.open = true;
  // The phone's bar also leads back to the top (its style comes with this code, through the CSSOM).
  const top = Object.assign(document.createElement('a'), { href: `#${mainId}`, className: 'toc-top', textContent: toc.dataset.top ?? '' });
  toc.append(top);
  const style = new CSSStyleSheet();
  style.replaceSync(css);
  document.adoptedStyleSheets.push(style);
  const links = new Map([...toc.querySelectorAll<HTMLAnchorElement>('ol a[href^="#"]')].map((a) => [a.hash.slice(1), a]));
  const headings = [...links.keys()].map((id) => document.getElementById(id)!);
  let current: HTMLAnchorElement | undefined;
  const update = () => {
    const above = headings.filter((h) => h.getBoundingClientRect().top < innerHeight / 3).at(-1);
    const link = above && links.get(above.id);
    if (link === current) return;
    current?.removeAttribute('aria-current');
    link?.setAttribute('aria-current', 'location');
    here.textContent = link?.textContent ?? '';
    current = link;
  };
  const observer = new IntersectionObserver(update, { rootMargin: '0px 0px -67% 0px' });
  for (const heading of headings) observer.observe(heading);
}
