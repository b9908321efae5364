/** Blocks given their permalink per animation frame: each frame re-lays out only a few paragraphs. */
const blocksPerFrame = 20;

/**
 * An empty link (its ¶ or # is drawn by CSS) after every numbered heading and paragraph, so the
 * block's text stays exactly the report's. Labels come from the strings module via data-*.
 * Added a few blocks per frame: inserting them all at once re-lays out the whole report in one
 * long task (measured: about 70 ms more Lighthouse TBT on /reports/2016/).
 */
export function addPermalinks(body: HTMLElement): void {
  const paragraphLabel = body.dataset.paragraphLink!;
  const headingLabel = body.dataset.headingLink!;
  const blocks = [...body.querySelectorAll<HTMLElement>(':scope > [id]')];
  const addSome = () => {
    for (const block of blocks.splice(0, blocksPerFrame)) {
      const number = /^([ps])-(\d+)$/.exec(block.id);
      if (!number) continue;
      const link = document.createElement('a');
      link.className = 'permalink';
      link.href = `#${block.id}`;
      link.setAttribute('aria-label', number[1] === 'p' ? paragraphLabel.replace('{n}', number[2]!) : headingLabel);
      block.append(link);
    }
    if (blocks.length) requestAnimationFrame(addSome);
  };
  addSome();
}
