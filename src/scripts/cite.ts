import css from '../styles/cite.css?inline';
import { isoDay, today } from '../lib/cite/day';

let status: HTMLElement | undefined;
let timer = 0;

/** The report's citations under its title (src/components/ReportCitation.astro) get the reader's today as their 引用日期. */
export function writeAccessDates(panel: HTMLElement): void {
  for (const place of panel.querySelectorAll('[data-accessed]')) place.textContent = isoDay(today());
}

/**
 * Copies a paragraph's GB/T 7714 citation when the reader follows its link: the report's, from
 * the panel under its title (so the 繁體 edition copies it in its script), with the reader's
 * today as its 引用日期 and the paragraph's address on the origin the page is served from; and
 * says so in a status line that screen readers announce.
 */
export async function copyCitation(link: HTMLAnchorElement, body: HTMLElement): Promise<void> {
  if (!status) {
    // Through the CSSOM, which the CSP allows (see footnote-popover.ts).
    const style = new CSSStyleSheet();
    style.replaceSync(css);
    document.adoptedStyleSheets.push(style);
    status = document.body.appendChild(document.createElement('p'));
    status.className = 'cite-status';
    status.setAttribute('role', 'status');
  }
  const citation = [...document.querySelector('[data-cite-gbt]')!.childNodes]
    .map((node) => {
      if (node instanceof HTMLAnchorElement) return new URL(link.hash, node.href).href;
      if (node instanceof HTMLElement && 'accessed' in node.dataset) return isoDay(today());
      return node.textContent;
    })
    .join('')
    .trim();
  // Where the browser refuses the clipboard, the link still leads to the paragraph (its address is
  // in the address bar), and nothing claims a copy.
  try {
    await navigator.clipboard.writeText(citation);
  } catch {
    return;
  }
  status.textContent = body.dataset.copied!.replace('{n}', link.hash.slice('#p-'.length));
  clearTimeout(timer);
  timer = window.setTimeout(() => (status!.textContent = ''), 4000);
}
