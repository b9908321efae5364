import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { throwIfProblems } from './lib/content-error';
import { contentPaths, readReportFiles } from './lib/content/files';
import { checkReportFiles } from './lib/content/report-file';
import { reportSchema } from './lib/report-schema';

/**
 * The reports: Astro's glob loader, after a check of the files themselves (encoding, line
 * endings, frontmatter, one file per year) that names the file and the line of any problem.
 */
const reportsLoader: Loader = {
  name: 'jiangmen-reports',
  load: async (context) => {
    throwIfProblems(checkReportFiles(readReportFiles()));
    await glob({ pattern: '*.md', base: `./${contentPaths.reportsDir}` }).load(context);
  },
};

const reports = defineCollection({ loader: reportsLoader, schema: reportSchema });

/** Editorial prose pages (about), kept as content rather than UI strings. */
const pages = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/pages' }),
  schema: z.object({ title: z.string(), description: z.string() }).strict(),
});

export const collections = { reports, pages };
