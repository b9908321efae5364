/**
 * The switch between the editions (简体 / 繁體): it leads to the same place, the paragraph anchor
 * included, and remembers the reader's choice, so that a later visit to a page of the other
 * edition goes to the chosen one. Nobody is sent to an edition they have not chosen.
 */
import { withStorage } from './storage';

const key = 'jiangmen-edition';

export function initEditionSwitch(link: HTMLAnchorElement): void {
  const here = document.documentElement.lang;
  const chosen = withStorage((s) => s.getItem(key));
  if (chosen && chosen !== here && chosen === link.lang) {
    location.replace(link.pathname + location.search + location.hash);
    return;
  }
  link.addEventListener('click', () => {
    withStorage((s) => s.setItem(key, link.lang));
    link.hash = location.hash;
    link.search = location.search;
  });
}
