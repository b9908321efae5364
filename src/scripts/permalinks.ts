/**
 * An empty link (its ¶ or # is drawn by CSS) after every numbered heading and paragraph, so the
 * block's text stays exactly the report's. Labels come from the strings module via data-*.
 */
export function addPermalinks(body: HTMLElement): void {
  const paragraphLabel = body.dataset.paragraphLink!;
  const headingLabel = body.dataset.headingLink!;
  for (const block of body.querySelectorAll<HTMLElement>(':scope > [id]')) {
    const number = /^([ps])-(\d+)$/.exec(block.id);
    if (!number) continue;
    const link = document.createElement('a');
    link.className = 'permalink';
    link.href = `#${block.id}`;
    link.setAttribute('aria-label', number[1] === 'p' ? paragraphLabel.replace('{n}', number[2]!) : headingLabel);
    block.append(link);
  }
}
