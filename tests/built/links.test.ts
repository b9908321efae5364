import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { builtHtmlFiles } from '../support/built';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const pages = builtHtmlFiles();
const parsed = new Map<string, HTMLElement>();
const load = (file: string) => parsed.get(file) ?? parsed.set(file, parse(readFileSync(dist + file, 'utf8'))).get(file)!;

/** The built file a site path serves, as a static host would (dir/ → dir/index.html). */
function fileFor(path: string): string | undefined {
  const clean = decodeURIComponent(path).replace(/^\//, '');
  if (clean === '' || clean.endsWith('/')) return existsSync(`${dist}${clean}index.html`) ? `${clean}index.html` : undefined;
  if (existsSync(dist + clean) && statSync(dist + clean).isFile()) return clean;
  return undefined;
}

describe('every internal link and anchor in the built site resolves', () => {
  it.each(pages)('%s', (page) => {
    const broken: string[] = [];
    let checked = 0;
    const here = '/' + page.replace(/index\.html$/, '');
    for (const el of load(page).querySelectorAll('a[href], link[href], script[src], img[src], form[action]')) {
      const ref = el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action')!;
      if (/^[a-z]+:/i.test(ref) || ref === '#') continue; // other sites, and the popover's placeholder
      checked++;
      const url = new URL(ref, `https://site${here}`);
      const file = fileFor(url.pathname);
      if (!file) {
        broken.push(`${ref}: no such file`);
        continue;
      }
      const id = decodeURIComponent(url.hash.slice(1));
      if (id && file.endsWith('.html') && !load(file).getElementById(id)) broken.push(`${ref}: no element #${id}`);
    }
    expect(checked).toBeGreaterThan(3);
    expect(broken).toEqual([]);
  });
});
