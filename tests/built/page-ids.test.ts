import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { pageIdPrefixes, pageIds } from '../../src/lib/constants';
import { builtHtmlFiles, distDir } from '../support/built';

/**
 * A glossary entry's id is its anchor on /glossary/, so the content model refuses an id that a
 * page writes (src/lib/content/glossary.ts, from the lists in src/lib/constants.ts). This checks
 * that the lists hold every id the built pages write that could be such an id (an ASCII slug;
 * the about page's headings have Chinese ids): the glossary's entries aside, each is listed, or
 * begins with a listed prefix.
 */
describe('the ids the pages write', () => {
  it.each(builtHtmlFiles())('%s: every one that could be a glossary id is reserved', (file) => {
    const page = parse(readFileSync(new URL(file, distDir), 'utf8'));
    const entries = new Set(page.querySelectorAll('article.glossary-entry').map((entry) => entry.id));
    const ids = page
      .querySelectorAll('[id]')
      .map((element) => element.id)
      .filter((id) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id) && !entries.has(id));
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.filter((id) => !pageIds.includes(id) && !pageIdPrefixes.some((prefix) => id.startsWith(prefix)))).toEqual([]);
  });
});
