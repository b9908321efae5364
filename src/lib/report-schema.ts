import { z } from 'zod';
import { httpUrl } from './http-url';

/**
 * Text a reader is shown: at least one character that is neither a space nor invisible (a
 * control or format character such as U+200B, or a Hangul filler). Never trimmed here: the text
 * stays as written.
 */
export const visibleText = z.string().refine((s) => /[^\s\p{Cc}\p{Cf}\u115F\u1160\u3164\uFFA0]/u.test(s), 'must not be blank');

/** A date written YYYY-MM-DD, YYYY-MM or YYYY names a day, month or year of the calendar (never 2016-02-30). */
export function isCalendarDate(date: string): boolean {
  const [year, month = 1, day = 1] = date.split('-').map(Number);
  const d = new Date(Date.UTC(year!, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * A day, written YYYY-MM-DD, as a Date. The report files are checked as text first
 * (src/lib/content/report-file.ts, where YAML dates stay strings), so an impossible day such as
 * 2016-02-30 is refused there; Astro's own frontmatter parser (js-yaml) hands in a Date, which
 * by then is known to be that calendar day.
 */
const calendarDay = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a day written YYYY-MM-DD', abort: true })
    .refine(isCalendarDate, 'is not a calendar date')
    .transform((day) => new Date(`${day}T00:00:00Z`)),
);

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
    title: visibleText,
    /** The year the report was delivered: its file is content/reports/<year>.md, and its date is in it. */
    year: z.number().int().min(1949).max(2999),
    yearStatus: z.enum(['confirmed', 'inferred']),
    yearEvidence: z.string().min(10),
    delivered: calendarDay.optional(),
    session: visibleText,
    reviews: visibleText,
    plans: visibleText,
    /**
     * 篇N: the report's place in the 2017 seed (content/source/seed-2017-05-12.txt), whose section
     * its text download is (each report has its own); left out for a report from another source
     * (src/lib/content/source-text.ts).
     */
    sourcePosition: z.number().int().positive().optional(),
    officialCopy: httpUrl.optional(),
    annotations: z.array(annotationSchema).default([]),
  })
  .strict();

export type ReportFrontmatter = z.infer<typeof reportSchema>;
export type Annotation = z.infer<typeof annotationSchema>;
