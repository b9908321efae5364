/**
 * The one script every page loads (about 1.6 KB gzipped, cached across pages): each behaviour
 * starts only where its markup is. One file instead of one per component keeps a report page's
 * first load small (issue budget: 30 KB with HTML and CSS). Chart.js and the search code are
 * separate and load on demand.
 */
import { drawChartsWhenVisible } from './charts';
import { initEditionSwitch } from './edition-switch';
import { addPermalinks } from './permalinks';
import { initSearchShortcut } from './search-shortcut';
import { notePopoverId, serviceWorkerPath, siteSearchInputId, wideScreen } from '../lib/constants';

// Addresses a reader copies or prints, written out in full on the origin the page is served from,
// which a build without SITE_URL does not know (src/lib/site-url.ts).
for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-address]')) link.textContent = link.href;

const editionSwitch = document.querySelector<HTMLAnchorElement>('[data-edition-switch]');
if (editionSwitch) initEditionSwitch(editionSwitch);

const box = document.querySelector<HTMLInputElement>(`#${siteSearchInputId}`);
if (box) initSearchShortcut(box);

const reportBody = document.querySelector<HTMLElement>('.report-body');
if (reportBody) {
  addPermalinks(reportBody);
  void import('./ed-notes').then((m) => m.dismissWithEscape(reportBody));
  // A paragraph's link also copies its citation; that code loads on the first click.
  reportBody.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a.permalink[href^="#p-"]');
    if (link) void import('./cite').then((m) => m.copyCitation(link, reportBody));
  });
}
// The report's citations get their 引用日期 when they are first opened.
const citePanel = document.querySelector<HTMLElement>('[data-cite]');
citePanel?.addEventListener('toggle', () => void import('./cite').then((m) => m.writeAccessDates(citePanel)), { once: true });

// Where the reader is, marked in the contents; and the notes in the margin where there is one.
const toc = document.querySelector<HTMLElement>('.toc');
if (toc) void import('./toc-current').then((m) => m.markCurrentSection(toc));
if (reportBody && matchMedia(wideScreen).matches) void import('./sidenotes').then((m) => m.placeSidenotes(reportBody));

// The footnote popover's code and style load when a marker is first clicked, hovered or focused;
// not where the notes stand in the margin, where a marker points to its note there (and a click
// leads to the note at the end).
const popover = document.getElementById(notePopoverId);
if (popover) {
  const inMargin = () => matchMedia(wideScreen).matches && !!reportBody?.querySelector('.sidenote');
  const events = ['click', 'mouseover', 'focusin'];
  let answer: Promise<(marker: HTMLAnchorElement, event: string) => void> | undefined;
  const ready = (m: typeof import('./footnote-popover')) => {
    for (const type of events) document.removeEventListener(type, start);
    return m.initFootnotePopover(popover, inMargin);
  };
  const start = (event: Event) => {
    const marker = event.target instanceof Element && event.target.closest<HTMLAnchorElement>('a[role=doc-noteref]');
    if (!marker || inMargin()) return;
    if (event.type === 'click') event.preventDefault();
    answer ??= import('./footnote-popover').then(ready);
    // Offline, a click still leads to the note at the end.
    answer.then((a) => a(marker, event.type)).catch(() => event.type === 'click' && (location.hash = marker.hash));
  };
  for (const type of events) document.addEventListener(type, start);
}

drawChartsWhenVisible(document.querySelectorAll<HTMLElement>('.chart-canvas'));

// Arriving from a search result (?hl=…): highlight the terms without touching the text.
if (/[?&]hl=[^&]/.test(location.search)) void import('./search-highlight').then((m) => m.highlightTerms());

// Reading offline (src/scripts/service-worker.ts), once the page has loaded; an extra, so a
// browser that refuses it (private windows) costs the reader nothing.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  addEventListener('load', () => navigator.serviceWorker.register(serviceWorkerPath).catch(() => undefined));
}
