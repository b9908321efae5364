import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { throwIfProblems } from '../lib/content-error';
import { checkContentFiles } from '../lib/content/files';

/**
 * The files under content/ and the public folder, checked before Astro reads the one or copies
 * the other into dist/ (src/lib/content/files.ts): a missing file, a misnamed one that would be
 * skipped without a word, a symbolic link out of the project (whose target the build would
 * publish) or to nothing. The build and the dev server stop at once, naming each.
 */
export function contentFiles(): AstroIntegration {
  return {
    name: 'jiangmen-content-files',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const root = fileURLToPath(config.root);
        throwIfProblems(checkContentFiles(root, relative(root, fileURLToPath(config.publicDir))));
      },
    },
  };
}
