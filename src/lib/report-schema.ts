import { z } from 'zod';
import { httpUrl } from './http-url';

/**
 * An editorial mark placed right after a unique piece of the report text. It never changes the
 * text itself: the page shows it as a visibly separate 〔编者〕 note.
 * - `year`: explains a "20xx" of the source (every "20xx" must be covered by one).
 * - `seam`: marks where the source broke a paragraph in two and the editor joined it.
 */
export const annotationSchema = z
  .object({
    after: z.string().min(1),
    note: z.string().min(1),
    kind: z.enum(['year', 'seam']).default('year'),
  })
  .strict()
  // A year note names the year, and says in words whether it is confirmed (已确认) or inferred
  // (推定): the page shows the year, with ？ when it is inferred.
  .refine((a) => a.kind !== 'year' || /已确认|推定/.test(a.note), { message: 'a year note must say 已确认 or 推定', path: ['note'] })
  .refine((a) => a.kind !== 'year' || /\d{4}/.test(a.note), { message: 'a year note must name the year (such as 2015)', path: ['note'] });

/** A report's frontmatter. Strict: a misspelt key is an error, never silently dropped. */
export const reportSchema = z
  .object({
    title: z.string(),
    year: z.number().int().min(1949).max(2999),
    yearStatus: z.enum(['confirmed', 'inferred']),
    yearEvidence: z.string().min(10),
    delivered: z.coerce.date().optional(),
    session: z.string(),
    reviews: z.string(),
    plans: z.string(),
    /** 篇N: the report's position in the source document. */
    sourcePosition: z.number().int().positive(),
    officialCopy: httpUrl.optional(),
    annotations: z.array(annotationSchema).default([]),
  })
  .strict();

export type ReportFrontmatter = z.infer<typeof reportSchema>;
export type Annotation = z.infer<typeof annotationSchema>;
