import { isUtf8 } from 'node:buffer';
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { ContentError, type ContentProblem } from '../content-error';
import type { TextFile } from './model';

/** Where the content lives, from the project root (where astro, the scripts and the tests run). */
export const contentPaths = {
  contentDir: 'content',
  reportsDir: 'content/reports',
  glossaryFile: 'content/glossary.yaml',
  indicatorsDir: 'content/indicators',
  catalogueFile: 'content/indicators/catalogue.yaml',
  pagesDir: 'content/pages',
  /** The source document of the reports that name their place in it (sourcePosition). */
  seedFile: 'content/source/seed-2017-05-12.txt',
};

/** The names of the reports (2016.md) and of their indicator files (2016.yaml). */
const reportFile = /^\d{4}\.md$/;
const indicatorFile = /^\d{4}\.yaml$/;

/** What each content folder holds: its files' names, as a reader is told them. */
const folderFiles = [
  { dir: contentPaths.reportsDir, name: reportFile, expected: '<year>.md (four digits, ".md" in lower case)' },
  { dir: contentPaths.indicatorsDir, name: /^(\d{4}|catalogue)\.yaml$/, expected: 'catalogue.yaml or <year>.yaml' },
];

const missing = (file: string): ContentProblem => ({ file, message: 'the file is missing (README.md, "Adding a report", says what content/ holds)' });

/**
 * The problems of the files themselves, before anything reads them: a required file missing; in
 * the reports' and the indicators' folders, a name they do not use (2017.MD, 2017 copy.md: Astro
 * would skip such a report without a word) or a folder where a file belongs; and under content/
 * and the public folder (which the build copies into dist/ as it is), a symbolic link that leads
 * outside the project or nowhere. Names starting with a dot are hidden files, skipped by Astro's
 * loaders too, but their links are checked like any other.
 */
export function checkContentFiles(root: string, publicDir = 'public'): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const home = realpathSync(root);
  for (const dir of [contentPaths.contentDir, publicDir]) problems.push(...linksLeaving(home, root, dir));
  for (const file of [contentPaths.glossaryFile, contentPaths.catalogueFile]) {
    if (!isFile(join(root, file))) problems.push(missing(file));
  }
  for (const { dir, name, expected } of folderFiles) {
    if (!isDirectory(join(root, dir))) {
      problems.push({ file: dir, message: 'the folder is missing (README.md, "Adding a report", says what content/ holds)' });
      continue;
    }
    for (const entry of readdirSync(join(root, dir)).filter((n) => !n.startsWith('.'))) {
      const file = `${dir}/${entry}`;
      if (!name.test(entry)) problems.push({ file, message: `a file of ${dir}/ is named ${expected}; rename or remove this one` });
      else if (isDirectory(join(root, file))) problems.push({ file, message: `a folder, where ${dir}/ holds files` });
    }
  }
  return problems;
}

const isFile = (path: string) => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
const isDirectory = (path: string) => statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;

/**
 * Every symbolic link at or under `dir` that leads outside the project (whose real path is
 * `home`) or to nothing. A link to a folder inside the project is followed, once.
 */
function linksLeaving(home: string, root: string, dir: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Set<string>();
  const visit = (file: string) => {
    const stat = lstatSync(join(root, file), { throwIfNoEntry: false });
    if (!stat) return;
    let real = join(root, file);
    if (stat.isSymbolicLink()) {
      try {
        real = realpathSync(real);
      } catch {
        problems.push({ file, message: 'a symbolic link that leads nowhere (its target does not exist); remove it or restore its target' });
        return;
      }
      const inside = relative(home, real);
      if (inside.split(sep)[0] === '..' || isAbsolute(inside)) {
        problems.push({ file, message: `a symbolic link to ${real}, outside the project; copy the file in instead` });
        return;
      }
    }
    if (!statSync(real).isDirectory()) return;
    const folder = realpathSync(real);
    if (seen.has(folder)) return;
    seen.add(folder);
    for (const entry of readdirSync(folder)) visit(`${file}/${entry}`);
  };
  visit(dir);
  return problems;
}

/** A content file's text, by its repository path (as errors name it); a missing one is a content problem, named. */
export function readContentFile(root: string, file: string): TextFile {
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(root, file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new ContentError([missing(file)]);
    throw error;
  }
  return { file, text: decodeUtf8(bytes, file) };
}

/**
 * The text of a content file, which must be UTF-8: read as Node (and Astro) read it, a byte that
 * is not UTF-8 would silently become U+FFFD on the page. A line break is never part of a
 * multi-byte character, so the first line that is not UTF-8 on its own is the line at fault.
 */
function decodeUtf8(bytes: Buffer, file: string): string {
  if (isUtf8(bytes)) return bytes.toString('utf8');
  let line = 1;
  for (let start = 0, end = bytes.indexOf(0x0a); end !== -1 && isUtf8(bytes.subarray(start, end)); end = bytes.indexOf(0x0a, start)) {
    start = end + 1;
    line++;
  }
  throw new ContentError([{ file, line, message: 'bytes that are not UTF-8; save the file as UTF-8' }]);
}

/** The files of a content folder whose names match (checkContentFiles names any other), in order. */
const list = (root: string, dir: string, name: RegExp) =>
  readdirSync(join(root, dir))
    .filter((entry) => name.test(entry))
    .sort()
    .map((entry) => `${dir}/${entry}`);

export function readReportFiles(root = process.cwd()): TextFile[] {
  return list(root, contentPaths.reportsDir, reportFile).map((file) => readContentFile(root, file));
}

/** The editorial pages' Markdown (the about page's prose). */
export function readPageFiles(root = process.cwd()): TextFile[] {
  return list(root, contentPaths.pagesDir, /\.md$/).map((file) => readContentFile(root, file));
}

/** The glossary and the indicator files, as text: the content model parses and checks them. */
export function readDataFiles(root = process.cwd()): { glossary: TextFile; indicators: { catalogue: TextFile; values: TextFile[] } } {
  return {
    glossary: readContentFile(root, contentPaths.glossaryFile),
    indicators: {
      catalogue: readContentFile(root, contentPaths.catalogueFile),
      values: list(root, contentPaths.indicatorsDir, indicatorFile).map((file) => readContentFile(root, file)),
    },
  };
}
