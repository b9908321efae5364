import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as constants from '../../src/lib/constants';

/**
 * The screen widths are written once, in src/lib/constants.ts; CSS cannot import them, so this
 * checks that the stylesheets and the scripts use those widths and no others.
 */
const breakpoints = Object.entries(constants).flatMap(([name, value]): [string, string][] =>
  typeof value === 'string' && /^\((min|max)-width: [\d.]+rem\)$/.test(value) ? [[name, value]] : [],
);

const read = (dir: string, ext: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith(ext))
    .map((name) => ({ file: `${dir}/${name}`, text: readFileSync(`${dir}/${name}`, 'utf8') }));
const stylesheets = read('src/styles', '.css');
const scripts = read('src/scripts', '.ts');

/** Each @media rule's condition, with its file and line. */
const mediaQueries = stylesheets.flatMap(({ file, text }) =>
  [...text.matchAll(/@media([^{]*)\{/g)].map((m) => ({ at: `${file}:${text.slice(0, m.index).split('\n').length}`, query: m[1]!.trim() })),
);

describe('breakpoints', () => {
  it('are found in src/lib/constants.ts', () => {
    expect(breakpoints.map(([, query]) => query)).toEqual(expect.arrayContaining(['(min-width: 75rem)', '(max-width: 40rem)']));
  });

  it('are the only widths the stylesheets query', () => {
    expect(mediaQueries.length).toBeGreaterThan(0);
    const known = breakpoints.map(([, query]) => query);
    const strays = mediaQueries.flatMap(({ at, query }) =>
      (query.match(/\([^)]*width[^)]*\)/g) ?? []).filter((feature) => !known.includes(feature)).map((feature) => `${at} ${feature}`),
    );
    expect(strays).toEqual([]);
  });

  it('are the only widths the scripts query, each imported from src/lib/constants.ts', () => {
    // Every call takes a name or a plain string, so that each is read here.
    const calls = scripts.flatMap(({ file, text }) =>
      [...text.matchAll(/matchMedia\((\w+|'[^']*')\)/g)].map((m) => ({ file, text, argument: m[1]! })),
    );
    expect(calls.length).toBe(scripts.map(({ text }) => text.split('matchMedia(').length - 1).reduce((a, b) => a + b));
    expect(calls.length).toBeGreaterThan(0);
    const names = breakpoints.map(([name]) => name);
    for (const { file, text, argument } of calls) {
      if (/^'[^']*'$/.test(argument)) expect(argument, file).not.toMatch(/width/);
      else {
        expect(names, `${file}: matchMedia(${argument})`).toContain(argument);
        expect(text, file).toMatch(new RegExp(`import \\{[^}]*\\b${argument}\\b[^}]*\\} from '\\.\\./lib/constants'`));
      }
    }
    for (const { file, text } of scripts) expect(text, file).not.toMatch(/(min|max)-width/);
  });

  it('are each used by a stylesheet or a script', () => {
    for (const [name, query] of breakpoints) {
      const used = mediaQueries.some((m) => m.query.includes(query)) || scripts.some((s) => s.text.includes(`matchMedia(${name})`));
      expect(used, name).toBe(true);
    }
  });
});
