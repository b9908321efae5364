import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { throwIfProblems, type ContentProblem } from './lib/content-error';
import { contentPaths, readPageFiles, readReportFiles } from './lib/content/files';
import type { TextFile } from './lib/content/model';
import { checkFrontmatterFile, checkReportFiles } from './lib/content/report-file';
import { reportSchema, visibleText } from './lib/report-schema';

/**
 * Astro's glob loader for a folder's Markdown, after a check of the files themselves (encoding,
 * line endings, frontmatter) that names the file and the line of any problem, before Astro's own
 * frontmatter parser sees them.
 */
const checkedGlob = (dir: string, files: () => TextFile[], check: (files: TextFile[]) => ContentProblem[]): Loader => ({
  name: `jiangmen-${dir.split('/').at(-1)}`,
  load: async (context) => {
    throwIfProblems(check(files()));
    await glob({ pattern: '*.md', base: `./${dir}` }).load(context);
  },
});

/** The reports: each file checked, and the files against each other (src/lib/content/report-file.ts). */
const reports = defineCollection({
  loader: checkedGlob(contentPaths.reportsDir, readReportFiles, checkReportFiles),
  schema: reportSchema,
});

/** Editorial prose pages (about), kept as content rather than UI strings. */
const pageSchema = z.object({ title: visibleText, description: visibleText }).strict();
const pages = defineCollection({
  loader: checkedGlob(contentPaths.pagesDir, readPageFiles, (files) =>
    files.flatMap(({ file, text }) => {
      const checked = checkFrontmatterFile(text, file, pageSchema);
      return 'problems' in checked ? checked.problems : [];
    }),
  ),
  schema: pageSchema,
});

export const collections = { reports, pages };
