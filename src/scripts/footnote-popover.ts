import css from '../styles/popover.css?inline';

/**
 * Footnote markers open their note in a small popover beside the marker, so the reader keeps
 * their place (WCAG 1.4.13: dismissable with Escape, hoverable, persistent until dismissed).
 * The note's content is the one already on the page, at the end of the report. This module and
 * its style load when the reader first approaches a marker (src/scripts/site.ts); the function it
 * returns answers the events that came before it was ready.
 */
export function initFootnotePopover(
  popover: HTMLElement,
  /** Whether the notes stand in the margin (src/scripts/sidenotes.ts), where no popover opens. */
  inMargin: () => boolean,
): (marker: HTMLAnchorElement, event: string) => void {
  // Through the CSSOM, which the CSP allows; a shared helper module would bring back Vite's
  // preload helper (src/integrations/no-preload-helper.ts).
  const style = new CSSStyleSheet();
  style.replaceSync(css);
  document.adoptedStyleSheets.push(style);
  const body = popover.querySelector<HTMLElement>('.note-popover-body')!;
  const noteLink = popover.querySelector<HTMLAnchorElement>('[data-link="note"]')!;
  const glossaryLink = popover.querySelector<HTMLAnchorElement>('[data-link="glossary"]')!;
  const markers = [...document.querySelectorAll<HTMLAnchorElement>('a[role=doc-noteref]')];
  const canHover = matchMedia('(hover: hover) and (pointer: fine)').matches;
  let marker: HTMLAnchorElement | undefined;
  let pinned = false; // opened by click or keyboard: stays until dismissed
  let timer = 0;
  let glossary: Promise<Document> | undefined;

  for (const m of markers) {
    m.setAttribute('aria-haspopup', 'dialog');
    m.setAttribute('aria-expanded', 'false');
    m.setAttribute('aria-controls', popover.id);
  }

  function open(m: HTMLAnchorElement, pin: boolean): void {
    clearTimeout(timer);
    if (inMargin()) return;
    const note = document.getElementById(decodeURIComponent(m.hash.slice(1)));
    if (!note) return;
    if (marker !== m) {
      marker?.setAttribute('aria-expanded', 'false');
      // The note without its ways back to the markers (the popover is beside its marker).
      const parts = [...note.children].filter((c) => !c.matches('[role=doc-backlink]')).map((c) => c.cloneNode(true));
      body.replaceChildren(...parts);
      const clues = body.querySelector<HTMLAnchorElement>('a.clues');
      if (clues) void showClues(clues, m);
      noteLink.href = m.hash;
      // The note's line in its glossary entry: no term id needs to travel in the report page.
      glossaryLink.href = glossaryLink.dataset.noteTemplate!.replace('{n}', note.id.replace(/^fn-/, ''));
    }
    marker = m;
    pinned ||= pin;
    popover.hidden = false;
    m.setAttribute('aria-expanded', 'true');
    place(m);
    if (pin) popover.focus();
  }

  function close(returnFocus: boolean): void {
    clearTimeout(timer);
    if (!marker) return;
    popover.hidden = true;
    marker.setAttribute('aria-expanded', 'false');
    if (returnFocus) marker.focus();
    marker = undefined;
    pinned = false;
  }

  /**
   * A note whose meaning is unknown links to its clues in the glossary (the report page has no
   * room for them): the popover fetches that page once and shows them below the note's line, in
   * place of the link. Offline the link stays.
   */
  async function showClues(link: HTMLAnchorElement, m: HTMLAnchorElement): Promise<void> {
    const url = new URL(link.href);
    glossary ??= fetch(url.pathname)
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(r.statusText))))
      .then((html) => new DOMParser().parseFromString(html, 'text/html'));
    const clues = await glossary.then(
      (page) => page.getElementById(url.hash.slice(1))?.closest('.glossary-entry')?.querySelector('.note-clues'),
      () => (glossary = undefined),
    );
    if (!clues || !link.isConnected) return;
    link.parentElement!.after(document.importNode(clues, true));
    // The link and the space before it (src/lib/render/glossary-entry.ts).
    link.previousSibling!.remove();
    link.remove();
    if (marker === m) place(m);
  }

  /** Below the marker (above it if there is no room), kept inside the viewport's width. */
  function place(m: HTMLElement): void {
    const r = m.getBoundingClientRect();
    const width = popover.offsetWidth;
    const height = popover.offsetHeight;
    const viewport = document.documentElement.clientWidth;
    const left = Math.min(Math.max(8, r.left + r.width / 2 - width / 2), viewport - width - 8);
    const above = r.bottom + height + 8 > innerHeight && r.top > height + 8;
    popover.style.left = `${left + scrollX}px`;
    popover.style.top = `${(above ? r.top - height - 6 : r.bottom + 6) + scrollY}px`;
  }

  document.addEventListener('click', (event) => {
    const target = event.target as Element;
    const m = target.closest<HTMLAnchorElement>('a[role=doc-noteref]');
    if (m && !inMargin()) {
      event.preventDefault();
      if (m === marker && pinned) close(true);
      else open(m, true);
    } else if (marker && !popover.contains(target)) {
      close(!target.closest('a, button, input, summary, [tabindex]'));
    }
  });
  popover.querySelector('.note-popover-close')!.addEventListener('click', () => close(true));
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && marker) close(true);
  });
  popover.addEventListener('focusout', (event) => {
    const next = event.relatedTarget as Node | null;
    if (next && !popover.contains(next) && next !== marker) close(false);
  });

  if (canHover) {
    const later = (fn: () => void) => {
      clearTimeout(timer);
      timer = window.setTimeout(fn, 250);
    };
    const leave = () => {
      if (!pinned) later(() => close(false));
    };
    for (const m of markers) {
      m.addEventListener('mouseenter', () => {
        if (!pinned) later(() => open(m, false));
      });
      m.addEventListener('mouseleave', leave);
    }
    popover.addEventListener('mouseenter', () => clearTimeout(timer));
    popover.addEventListener('mouseleave', leave);
  }
  addEventListener('resize', () => marker && place(marker));
  return (m, event) => {
    if (event === 'click') open(m, true);
    else if (event === 'mouseover' && canHover && m.matches(':hover')) open(m, false);
  };
}
