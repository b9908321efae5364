/**
 * An editorial mark's note (20xx〔2015〕, 〔合〕) shows on hover and keyboard focus; Escape hides it
 * again without moving either (WCAG 1.4.13), until the pointer or the focus leaves the mark. The
 * style that hides it comes with this code, through the CSSOM.
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
}
