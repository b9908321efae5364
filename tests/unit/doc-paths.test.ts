import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every repository path the docs name exists: in README.md and every .md file under docs/ (the
 * whole text) and in the comments of the code (src/, tools/, tests/, astro.config.mjs,
 * vitest.config.ts). A repository path starts with a top-level folder or file of the project
 * (`topFolders`, `topFiles` below) and runs on over letters, digits and - _ . / [ ]; trailing
 * punctuation (. , : ; ) ]) is not part of it. It may name a folder. Not repository paths: dist/
 * and node_modules/ (not in the tree), a URL or a site address (`/reports/2016/`: the match must
 * not follow a `/`, a letter or a dot).
 *
 * Patterns are checked, not skipped: `<name>` stands for one path segment, `*` for any characters
 * within a segment and `**` for any folders, and such a pattern must match at least one file or folder
 * (`content/indicators/<year>.yaml`); `{a,b}` names each of a and b, and each must exist
 * (`src/lib/{content,search}/`).
 *
 * Relative Markdown links in the docs (`[x](decisions/README.md)`) must resolve from their file too.
 */
const topFolders = ['src', 'content', 'tests', 'tools', 'docs', 'public', '.ci'];
const topFiles = ['astro.config.mjs', 'package.json', 'README.md'];
const notInTree = new Set(['.git', 'node_modules', 'dist', '.astro']);

/** Every file and folder of the working tree, relative to the root, folders with a trailing slash. */
function treeEntries(dir = '.', out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (dir === '.' && notInTree.has(name)) continue;
    const path = dir === '.' ? name : `${dir}/${name}`;
    if (statSync(path).isDirectory()) {
      out.push(`${path}/`);
      treeEntries(path, out);
    } else out.push(path);
  }
  return out;
}

function filesUnder(dir: string, extensions: string[]): string[] {
  return treeEntries(dir).filter((p) => extensions.some((e) => p.endsWith(e)));
}

/**
 * The comments of a TypeScript or JavaScript file, skipping strings, template literals and regular
 * expression literals (a glob string such as 'tests/**\/*.ts' is not a comment).
 */
function scriptComments(code: string): string[] {
  const comments: string[] = [];
  const braces: number[] = []; // open braces inside each `${`, innermost last
  let i = 0;
  let lastSignificant = '';
  const readString = (quote: string) => {
    for (i++; i < code.length && code[i] !== quote; i++) if (code[i] === '\\') i++;
    i++;
  };
  // Reads a template literal's text from i up to its end or to a `${`; returns true at `${`.
  const readTemplate = (): boolean => {
    for (; i < code.length; i++) {
      if (code[i] === '\\') i++;
      else if (code[i] === '`') return (i++, false);
      else if (code[i] === '$' && code[i + 1] === '{') return ((i += 2), true);
    }
    return false;
  };
  while (i < code.length) {
    const c = code[i]!;
    const next = code[i + 1];
    if (c === '/' && next === '/') {
      const end = code.indexOf('\n', i);
      comments.push(code.slice(i + 2, end === -1 ? code.length : end));
      i = end === -1 ? code.length : end;
    } else if (c === '/' && next === '*') {
      const end = code.indexOf('*/', i + 2);
      comments.push(code.slice(i + 2, end === -1 ? code.length : end));
      i = end === -1 ? code.length : end + 2;
    } else if (
      c === '/' &&
      (lastSignificant === '' || /[(,=:[!&|?{};+\-*%<>~^]/.test(lastSignificant) || /\b(return|typeof)$/.test(code.slice(0, i).trimEnd()))
    ) {
      // A regular expression literal: skip to its closing slash (not inside a class).
      let inClass = false;
      for (i++; i < code.length && code[i] !== '\n'; i++) {
        if (code[i] === '\\') i++;
        else if (code[i] === '[') inClass = true;
        else if (code[i] === ']') inClass = false;
        else if (code[i] === '/' && !inClass) break;
      }
      i++;
      lastSignificant = ')';
    } else if (c === "'" || c === '"') {
      readString(c);
      lastSignificant = ')';
    } else if (c === '`') {
      i++;
      if (readTemplate()) braces.push(0);
      lastSignificant = ')';
    } else if (c === '{' && braces.length > 0) {
      braces[braces.length - 1]!++;
      i++;
      lastSignificant = c;
    } else if (c === '}' && braces.length > 0 && braces[braces.length - 1] === 0) {
      braces.pop();
      i++;
      if (readTemplate()) braces.push(0);
      lastSignificant = ')';
    } else {
      if (c === '}' && braces.length > 0) braces[braces.length - 1]!--;
      if (!/\s/.test(c)) lastSignificant = c;
      i++;
    }
  }
  return comments;
}

/** The comments of a stylesheet: only block comments, strings skipped (`url(//…)` is no comment). */
function cssComments(css: string): string[] {
  // Whichever starts first, a comment or a string, is read whole (an apostrophe in a comment opens no string).
  return [...css.matchAll(/\/\*([\s\S]*?)\*\/|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'/g)].flatMap((m) =>
    m[1] === undefined ? [] : [m[1]],
  );
}

/**
 * The comments of an Astro component: those of its frontmatter and of its <script>s as TypeScript,
 * of its <style>s as CSS, and the template's <!-- … --> and {/* … *\/}.
 */
function astroComments(source: string): string[] {
  const comments: string[] = [];
  let template = source;
  const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (frontmatter) {
    comments.push(...scriptComments(frontmatter[1]!));
    template = source.slice(frontmatter[0].length);
  }
  template = template.replace(/<script\b[^>]*>([\s\S]*?)<\/script>/g, (_, code: string) => (comments.push(...scriptComments(code)), ''));
  template = template.replace(/<style\b[^>]*>([\s\S]*?)<\/style>/g, (_, css: string) => (comments.push(...cssComments(css)), ''));
  for (const m of template.matchAll(/<!--([\s\S]*?)-->|\{\s*\/\*([\s\S]*?)\*\/\s*\}/g)) comments.push(m[1] ?? m[2]!);
  return comments;
}

function commentsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.astro')) return astroComments(text);
  if (file.endsWith('.css')) return cssComments(text);
  return scriptComments(text);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pathPattern = new RegExp(
  String.raw`(?<![\w./@-])(?:(?:${topFolders.map(escapeRegExp).join('|')})/[\w\-./\[\]<>*{},]*|(?:${topFiles.map(escapeRegExp).join('|')})(?![\w-]))`,
  'g',
);

/** The repository paths a text names, trailing punctuation stripped. */
function pathsIn(text: string): string[] {
  const paths: string[] = [];
  for (const [match] of text.matchAll(pathPattern)) {
    let path = match;
    for (;;) {
      const stripped = path.replace(/[.,:;)]+$/, '');
      // A closing bracket ends the path unless it closes a bracket the path opened ([...file].ts).
      const unbalanced = stripped.endsWith(']') && (stripped.match(/\[/g) ?? []).length < (stripped.match(/\]/g) ?? []).length;
      const next = unbalanced ? stripped.slice(0, -1) : stripped;
      if (next === path) break;
      path = next;
    }
    // `{a,b}` alternatives may have been cut at a comma inside them: keep the braces whole or drop them.
    if ((path.match(/\{/g) ?? []).length !== (path.match(/\}/g) ?? []).length) path = path.slice(0, path.lastIndexOf('{'));
    paths.push(path);
  }
  return paths;
}

/** `a/{b,c}/d` → `a/b/d`, `a/c/d`. */
function expandBraces(path: string): string[] {
  const m = /\{([^{}]*)\}/.exec(path);
  if (!m) return [path];
  return m[1]!.split(',').flatMap((alt) => expandBraces(path.slice(0, m.index) + alt + path.slice(m.index + m[0].length)));
}

const entries = treeEntries();
const entrySet = new Set(entries);

/** Whether a path (which may be a pattern) names something in the working tree. */
function exists(path: string): boolean {
  if (/[<*]/.test(path)) {
    const re = new RegExp(
      '^' +
        path
          .split(/(\*\*\/?|\*|<[^>]*>)/)
          .map((part, k) => (k % 2 === 0 ? escapeRegExp(part) : part.startsWith('**') ? '(?:.*/)?' : part === '*' ? '[^/]*' : '[^/]+'))
          .join('') +
        '/?$',
    );
    return entries.some((e) => re.test(e));
  }
  return entrySet.has(path) || entrySet.has(path.endsWith('/') ? path : `${path}/`);
}

const docs = ['README.md', ...filesUnder('docs', ['.md'])];
const codeFiles = [
  ...filesUnder('src', ['.ts', '.astro', '.css', '.mjs']),
  ...filesUnder('tools', ['.ts']),
  ...filesUnder('tests', ['.ts']).filter((f) => !f.startsWith('tests/fixtures/')),
  'astro.config.mjs',
  'vitest.config.ts',
];

function missingPaths(texts: string[]): string[] {
  return texts.flatMap(pathsIn).flatMap((path) => expandBraces(path).filter((p) => !exists(p)));
}

describe('the README', () => {
  it('stays what a newcomer reads first: at most 25 KB (the rest is in docs/)', () => {
    expect(statSync('README.md').size).toBeLessThanOrEqual(25 * 1024);
  });
});

describe('the decisions', () => {
  it('are each listed in docs/decisions/README.md', () => {
    const index = readFileSync('docs/decisions/README.md', 'utf8');
    const listed = new Set([...index.matchAll(/\]\(([\w.-]+\.md)\)/g)].map((m) => m[1]));
    const files = readdirSync('docs/decisions').filter((f) => f.endsWith('.md') && f !== 'README.md');
    expect(files.filter((f) => !listed.has(f))).toEqual([]);
  });
});

describe('repository paths in the docs and in comments', () => {
  it('finds paths, patterns and their ends the way the docs write them', () => {
    expect(pathsIn('see `src/lib/search/text.ts`, and tests/unit/.')).toEqual(['src/lib/search/text.ts', 'tests/unit/']);
    expect(pathsIn('(src/pages/search-index/[...file].ts)')).toEqual(['src/pages/search-index/[...file].ts']);
    expect(pathsIn('[src/lib/strings.ts]')).toEqual(['src/lib/strings.ts']);
    expect(pathsIn('`content/indicators/<year>.yaml`; README.md.')).toEqual(['content/indicators/<year>.yaml', 'README.md']);
    expect(pathsIn('http://localhost:4321/reports/2016/ and /search-index/ and dist/_headers, mysrc/x')).toEqual([]);
    expect(pathsIn('node_modules/.bin and ../../src/lib/strings')).toEqual([]);
    expect(expandBraces('src/lib/{content,search}/')).toEqual(['src/lib/content/', 'src/lib/search/']);
    expect(exists('src/lib/search/text.ts')).toBe(true);
    expect(exists('src/lib/search')).toBe(true);
    expect(exists('src/lib/search/texts.ts')).toBe(false);
    expect(exists('content/reports/<year>.md')).toBe(true);
    expect(exists('content/reports/<year>.yaml')).toBe(false);
    expect(exists('tests/**/*.test.ts')).toBe(true);
    expect(exists('src/lib/search/text*.ts')).toBe(true);
    expect(exists('src/lib/search/text?.ts')).toBe(false);
    expect(missingPaths(['see src/lib/nowhere.ts and src/lib/{search,nowhere}/'])).toEqual(['src/lib/nowhere.ts', 'src/lib/nowhere/']);
  });

  it('reads comments, not strings, template literals or regular expressions', () => {
    const code = [
      "const a = 'src/x.ts // not a comment'; // src/one.ts",
      'const b = `tests/**/*.ts ${c /* src/two.ts */} /*`; /* src/three.ts */',
      "const r = /src\\/[a-z/]+/g; const g = 'src/**/*.ts';",
    ].join('\n');
    expect(scriptComments(code).flatMap(pathsIn)).toEqual(['src/one.ts', 'src/two.ts', 'src/three.ts']);
    expect(cssComments("/* the page's */ a { content: '/* no */'; } /* src/d.css */")).toEqual([" the page's ", ' src/d.css ']);
    expect(astroComments("---\n// src/a.ts\nconst x = 1;\n---\n<p>it's</p><!-- src/b.ts --><style>/* src/c.css */</style>")).toEqual([
      ' src/a.ts',
      ' src/c.css ',
      ' src/b.ts ',
    ]);
  });

  it.each(docs)('%s names only paths that exist', (file) => {
    expect(missingPaths([readFileSync(file, 'utf8')])).toEqual([]);
  });

  it.each(docs)('%s links only to files that exist', (file) => {
    const links = [...readFileSync(file, 'utf8').matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map((m) => m[1]!);
    const broken = links.filter((l) => !/^[a-z]+:/.test(l) && !l.startsWith('/') && !existsSync(posix.normalize(join(dirname(file), l))));
    expect(broken).toEqual([]);
  });

  it.each(codeFiles)('%s names in its comments only paths that exist', (file) => {
    expect(missingPaths(commentsOf(file))).toEqual([]);
  });
});
