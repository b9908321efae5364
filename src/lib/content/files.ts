import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TextFile } from './model';

/** Where the content lives, from the project root (where astro, the scripts and the tests run). */
export const contentPaths = {
  reportsDir: 'content/reports',
  glossaryFile: 'content/glossary.yaml',
  indicatorsDir: 'content/indicators',
};

const read = (root: string, file: string): TextFile => ({ file, text: readFileSync(join(root, file), 'utf8') });
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
