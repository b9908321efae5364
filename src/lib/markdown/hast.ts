import type { Element } from 'hast';

/** Every descendant element of `root` with this tag name, in document order. */
export function elements(root: Element, tagName: string): Element[] {
  const found: Element[] = [];
  const walk = (el: Element) => {
    for (const child of el.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === tagName) found.push(child);
      walk(child);
    }
  };
  walk(root);
  return found;
}
