/**
 * What the pages (built on the server) and the browser scripts (src/scripts/) must agree on: the
 * screen widths where the layout changes, and the ids and paths a page writes and a script looks
 * up; with them, every id a page writes, which the glossary's own ids must not repeat. Imported
 * on both sides, so it holds plain values and imports nothing. The build writes each value into
 * the scripts that use it (`inlineConst` in astro.config.mjs), so sharing one costs the browser
 * no import between its chunks.
 *
 * CSS cannot import it: the stylesheets in src/styles/ write these widths in their @media rules,
 * and tests/unit/breakpoints.test.ts checks that every media query there and every matchMedia in
 * src/scripts/ uses one of them.
 */

/** 75rem (1200 px) and wider: the report has margins, with the contents open at the left and the notes at the right. */
export const wideScreen = '(min-width: 75rem)';
/** 48rem (768 px) and wider: the larger type, and paragraph numbers beside the text rather than in its indent. */
export const mediumScreen = '(min-width: 48rem)';
/** Up to 40rem (640 px): a phone, with the header in rows and the contents as a bar under it. */
export const phoneScreen = '(max-width: 40rem)';
/** Up to 30rem (480 px): a narrow phone, where a report's metadata stacks its labels over their values. */
export const narrowPhoneScreen = '(max-width: 30rem)';

/** The layout's main element, where the skip link and the phone's 回到顶部 lead. */
export const mainId = 'main';
/** The header's search box on every page; "/" focuses it (src/scripts/search-shortcut.ts). */
export const siteSearchInputId = 'site-search-q';
/** The footnote popover on a report page (src/components/FootnotePopover.astro). */
export const notePopoverId = 'note-popover';

/** The search page (src/pages/search.astro) and the parts src/scripts/search-page.ts drives. */
export const searchPageId = 'search';
export const searchFormId = 'search-form';
export const searchInputId = 'search-q';
export const searchStatusId = 'search-status';
export const searchResultsId = 'search-results';

/** Ids a page writes that no script looks up, listed here with the rest for pageIds below. */
export const searchHintId = 'search-hint';
export const tocHeadingId = 'toc-heading';
/** A report page's list of notes (src/lib/render/notes.ts). */
export const footnotesHeadingId = 'footnote-label';
/** A report page's indicator section, an entry of its table of contents too. */
export const reportIndicatorsId = 'indicators';
export const glossaryFilterInputId = 'glossary-filter-input';

/**
 * Every id a page writes itself, and the beginnings of those it numbers or names after its
 * data: a report's sections, paragraphs and notes (s-1, p-1, fn-1, fnref-1), a glossary term's
 * footnotes (note-2016-3), the glossary's letters (letter-b), the charts (growth-2016,
 * amounts-2016, series-gdp) and the indicator page's tables (values-2016). A glossary entry's id
 * is its anchor on /glossary/, so it may be none of these (src/lib/content/glossary.ts);
 * tests/built/page-ids.test.ts checks that the built pages write no other id.
 */
export const pageIds = [
  mainId,
  siteSearchInputId,
  notePopoverId,
  searchPageId,
  searchFormId,
  searchInputId,
  searchStatusId,
  searchResultsId,
  searchHintId,
  tocHeadingId,
  footnotesHeadingId,
  reportIndicatorsId,
  glossaryFilterInputId,
];
export const pageIdPrefixes = ['s-', 'p-', 'fn-', 'fnref-', 'note-', 'letter-', 'growth-', 'amounts-', 'series-', 'values-'];

/** The corpus's character map between the scripts, fetched by src/scripts/edition.ts; served by src/pages/script-map.json.ts (a route's path is its file's name). */
export const scriptMapPath = '/script-map.json';

/** The service worker (src/scripts/service-worker.ts, written by src/integrations/service-worker.ts), at the root so that it serves every page. */
export const serviceWorkerPath = '/sw.js';
