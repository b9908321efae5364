import { isUtf8 } from 'node:buffer';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError } from '../content-error';
import type { TextFile } from './model';

/** Where the content lives, from the project root (where astro, the scripts and the tests run). */
export const contentPaths = {
  reportsDir: 'content/reports',
  glossaryFile: 'content/glossary.yaml',
  indicatorsDir: 'content/indicators',
};

const read = (root: string, file: string): TextFile => ({ file, text: decodeUtf8(readFileSync(join(root, file)), file) });

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

const list = (root: string, dir: string, ext: string) =>
  readdirSync(join(root, dir))
    .filter((name) => name.endsWith(ext))
    .sort()
    .map((name) => `${dir}/${name}`);

export function readReportFiles(root = process.cwd()): TextFile[] {
  return list(root, contentPaths.reportsDir, '.md').map((file) => read(root, file));
}

/** The glossary and the indicator files, as text: the content model parses and checks them. */
export function readDataFiles(root = process.cwd()): { glossary: TextFile; indicators: { catalogue: TextFile; values: TextFile[] } } {
  const catalogue = `${contentPaths.indicatorsDir}/catalogue.yaml`;
  return {
    glossary: read(root, contentPaths.glossaryFile),
    indicators: {
      catalogue: read(root, catalogue),
      values: list(root, contentPaths.indicatorsDir, '.yaml')
        .filter((file) => file !== catalogue)
        .map((file) => read(root, file)),
    },
  };
}
