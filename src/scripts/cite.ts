import css from '../styles/cite.css?inline';

let status: HTMLElement | undefined;
let timer = 0;

/**
 * Copies a paragraph's citation (the report's title, the paragraph's number and its address, on
 * the origin the page is served from, which a build without SITE_URL does not know) when the
 * reader follows its link, and says so in a status line that screen readers announce. The words come from the page (data-*), so
 * the 繁體 edition says them in its script.
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
  const n = link.hash.slice('#p-'.length);
  const url = location.origin + location.pathname + link.hash;
  const title = document.querySelector('h1')!.textContent!.trim();
  const fill = (template: string) => template.replace('{title}', title).replace('{n}', n).replace('{url}', url);
  // Where the browser refuses the clipboard, the link still leads to the paragraph (its address is
  // in the address bar), and nothing claims a copy.
  try {
    await navigator.clipboard.writeText(fill(body.dataset.citation!));
  } catch {
    return;
  }
  status.textContent = fill(body.dataset.copied!);
  clearTimeout(timer);
  timer = window.setTimeout(() => (status!.textContent = ''), 4000);
}
