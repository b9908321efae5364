import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { reportSchema } from './lib/report-schema';

const reports = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/reports' }),
  schema: reportSchema,
});

/** Editorial prose pages (about), kept as content rather than UI strings. */
const pages = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/pages' }),
  schema: z.object({ title: z.string(), description: z.string() }),
});

export const collections = { reports, pages };
