import { resolve } from 'node:path';

/** Where the content lives, from the project root (where astro, the scripts and the tests run). */
export const contentPaths = {
  glossaryFile: resolve('content/glossary.yaml'),
  reportsDir: resolve('content/reports'),
  indicatorsDir: resolve('content/indicators'),
};
