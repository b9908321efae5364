/**
 * An editorial mark's note (20xx〔2015〕, 〔合〕) shows on hover and keyboard focus; Escape hides it
 * again without moving either (WCAG 1.4.13), until the pointer or the focus leaves the mark. A
 * touch screen has no hover: there a tap shows the note, and a second tap on the mark follows its
 * link (to /about/, which explains the marks). The style that hides it comes with this code,
 * through the CSSOM.
 */
export function dismissWithEscape(body: HTMLElement): void {
  const style = new CSSStyleSheet();
  style.replaceSync('.ed.quiet > span { clip-path: inset(50%); }');
  document.adoptedStyleSheets.push(style);
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    for (const mark of body.querySelectorAll('a.ed:hover, a.ed:focus')) mark.classList.add('quiet');
  });
  const wake = (event: Event) => {
    if (event.target instanceof Element && event.target.matches('a.ed')) event.target.classList.remove('quiet');
  };
  // Captured: mouseleave and blur do not bubble.
  body.addEventListener('mouseleave', wake, true);
  body.addEventListener('blur', wake, true);

  // The mark whose note a tap showed (Chromium focuses a link as it is pressed, so the focus cannot tell).
  let touch = false;
  let shown: Element | null = null;
  body.addEventListener('pointerdown', (event) => (touch = event.pointerType === 'touch'));
  body.addEventListener('blur', () => (shown = null), true);
  body.addEventListener('click', (event) => {
    const mark = event.target instanceof Element ? event.target.closest<HTMLElement>('a.ed') : null;
    if (!touch || !mark || mark === shown) return;
    event.preventDefault();
    mark.classList.remove('quiet');
    mark.focus();
    shown = mark;
  });
}
