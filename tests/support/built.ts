import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse, type HTMLElement } from 'node-html-parser';

export const distDir = new URL('../../dist/', import.meta.url);

/** Every HTML file of the built site, relative to dist/ ("reports/2016/index.html"). */
export function builtHtmlFiles(): string[] {
  return readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
}

/** A page of the built site (npm test builds before it tests). */
export function builtPage(path: string): HTMLElement {
  const relative = path.replace(/^\//, '');
  const file = new URL(relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative, distDir);
  if (!existsSync(file)) throw new Error(`${file.pathname} is missing: run "npm run build" first`);
  return parse(readFileSync(file, 'utf8'));
}

/**
 * The report text of a built block: editorial marks and permalinks left out, each footnote
 * marker written back as the source writes it, "[n]".
 */
export function reportText(block: HTMLElement): string {
  const copy = parse(block.outerHTML);
  for (const el of copy.querySelectorAll('[data-editorial], .permalink')) el.remove();
  for (const sup of copy.querySelectorAll('sup')) {
    const ref = sup.querySelector('a[role=doc-noteref]');
    if (ref) sup.replaceWith(`[${ref.text}]`);
  }
  return copy.text;
}

/** The report's own blocks, in order: headings and paragraphs of the body, not the footnotes. */
export function bodyBlocks(page: HTMLElement): HTMLElement[] {
  return page.querySelectorAll('.report-body > h2, .report-body > h3, .report-body > h4, .report-body > p');
}

/** The years of the report pages that were built, oldest first: what the site says it holds. */
export function builtReportYears(): number[] {
  return readdirSync(new URL('reports/', distDir))
    .filter((name) => /^\d{4}$/.test(name))
    .map(Number)
    .sort((a, b) => a - b);
}

/** An address the site does not have: the host serves 404.html there, with status 404. */
export const unknownAddress = '/no-such-page/';

/** Every kind of page of the built site (a search with results, and an unknown address), in both editions. */
export function everyKindOfPage(): string[] {
  const pages = sourceEditionPages();
  return [...pages, ...pages.map((p) => `/zh-hant${p}`)];
}

/** Every kind of page of the source (simplified) edition. */
export function sourceEditionPages(): string[] {
  return [
    '/',
    ...builtReportYears().map((year) => `/reports/${year}/`),
    '/indicators/',
    '/search/?q=%E4%B8%AD%E5%BE%AE%E5%AD%90',
    '/glossary/',
    '/about/',
    unknownAddress,
  ];
}
