import { z } from 'zod';
import { ContentError, type ContentProblem } from '../content-error';
import { pageIdPrefixes, pageIds } from '../constants';
import { httpUrl } from '../http-url';
import { isCalendarDate, visibleText } from '../report-schema';
import { issuePath, yamlList } from './yaml-list';

/**
 * Where a term's meaning comes from; shown with every definition. See content/glossary.yaml.
 * `local` is a local fact (which districts make up a part of the city), not a national term.
 */
export const basisCodes = ['report', 'national', 'local', 'source', 'unknown'] as const;

/** Bases whose meaning comes from outside the reports, and so must name where it was read. */
const needsSources: readonly string[] = ['local', 'source'];

/** Words that present a guess: an unknown term's clues may not use them. */
export const hedgingWords = ['或即', '一种说法', '可能', '大概', '疑为', '或指', '字面'];

const citeSchema = z.object({
  report: z.number().int(),
  /** Verbatim report text (footnote markers aside) that explains the term. */
  quote: z.string().min(2),
});

/** A calendar day, month or year: 2015-10-26, 2015-10 or 2015; never an impossible day. */
const sourceDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { message: 'must be YYYY-MM-DD, YYYY-MM or YYYY', abort: true })
  .refine(isCalendarDate, 'is not a calendar date');

/**
 * A page a definition was read on. Who said it comes first: the original publisher, the title and
 * the date, apart from the address; a page that copies another site's article says so (`via`).
 */
const sourceSchema = z
  .object({
    /** The original publisher, as the page states it (南方日报, 新华社…), not the site that copied it. */
    publisher: visibleText.optional(),
    /** Why the original publisher is unknown, where a copy does not name it. */
    publisherNote: visibleText.optional(),
    title: visibleText.optional(),
    /** Why the title is unknown, where it is. */
    titleNote: visibleText.optional(),
    author: visibleText.optional(),
    date: sourceDate.optional(),
    /** Why the date is unknown, where it is. */
    dateNote: visibleText.optional(),
    /** The page the editor read. */
    url: httpUrl,
    /** Where the url is a copy on another site than the publisher's: that site's name. */
    via: visibleText.optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (!s.publisher === !s.publisherNote) ctx.addIssue({ code: 'custom', message: 'a source needs its original publisher, or a publisherNote saying why it is unknown (not both)' });
    if (s.publisherNote && !s.via) ctx.addIssue({ code: 'custom', message: 'only a copy (via) may leave its original publisher unknown' });
    if (!s.title === !s.titleNote) ctx.addIssue({ code: 'custom', message: 'a source needs its title, or a titleNote saying why it is unknown (not both)' });
    if (!s.date === !s.dateNote) ctx.addIssue({ code: 'custom', message: 'a source needs its date, or a dateNote saying why it is unknown (not both)' });
  });

export type Source = z.infer<typeof sourceSchema>;

const entrySchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'id must be an ASCII slug (pinyin, digits, hyphens)', abort: true })
      .refine((id) => !isPageId(id), `id is taken: the site's pages use the ids ${pageIds.join(', ')} and ids beginning ${pageIdPrefixes.join(', ')}`),
    term: visibleText,
    /** How the term is written in the reports, verbatim; defaults to the term itself. */
    forms: z.array(z.string().min(1)).optional(),
    basis: z.enum(basisCodes),
    basisNote: z.string().optional(),
    definition: z.string().optional(),
    clues: z.string().optional(),
    sources: z.array(sourceSchema).min(1).optional(),
    cites: z.array(citeSchema).default([]),
  })
  .strict()
  .superRefine((e, ctx) => {
    const problem = (message: string) => ctx.addIssue({ code: 'custom', message });
    // Never present a guess as fact: an unknown term has clues at most, never a definition.
    if (e.basis === 'unknown' && e.definition) problem('an "unknown" term must not have a definition (use clues)');
    if (e.basis !== 'unknown' && !e.definition) problem(`a "${e.basis}" term needs a definition`);
    if (needsSources.includes(e.basis) && !e.sources) problem(`a "${e.basis}" term needs its sources (publisher, title, date, url)`);
    if (e.basis === 'unknown' && e.sources) problem('an "unknown" term cites no source: a source that states the meaning makes it "source"');
    // An unknown term says only what the reports say: no hedged reading slipped in as a clue.
    const hedge = hedgingWords.find((w) => e.basis === 'unknown' && `${e.clues ?? ''}${e.basisNote ?? ''}`.includes(w));
    if (hedge) problem(`an "unknown" term's clues must not guess ("${hedge}"): give only what the reports say`);
    if (e.basis === 'report' && e.cites.length === 0) problem('a "report" term needs cites to the report text');
  });

export type GlossaryEntry = z.infer<typeof entrySchema>;

/** An entry's id is its anchor on /glossary/, beside the ids the layout and the page write. */
const isPageId = (id: string) => pageIds.includes(id) || pageIdPrefixes.some((prefix) => id.startsWith(prefix));

/** The exact strings that count as the term appearing in a report. */
export const formsOf = (entry: GlossaryEntry): string[] => entry.forms ?? [entry.term];
export type Cite = z.infer<typeof citeSchema>;

export interface Glossary {
  file: string;
  entries: GlossaryEntry[];
  byTerm: Map<string, GlossaryEntry>;
  /** The line each entry starts on, by id, for errors found later (a cite not in its report). */
  lineOf: Map<string, number>;
}

/** Parses and validates glossary YAML; errors name the file, the entry's line and the problem. */
export function parseGlossary(yamlText: string, file: string): Glossary {
  const problems: ContentProblem[] = [];
  const entries: GlossaryEntry[] = [];
  const byTerm = new Map<string, GlossaryEntry>();
  const lineOf = new Map<string, number>();
  for (const [i, { value, line, lineAtPath }] of yamlList(yamlText, file).entries()) {
    const result = entrySchema.safeParse(value);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({ file, line: lineAtPath(issuePath(issue)), message: `entry ${i + 1}${issue.path.length ? ` (${issue.path.join('.')})` : ''}: ${issue.message}` });
      }
      continue;
    }
    const entry = result.data;
    if (lineOf.has(entry.id)) problems.push({ file, line, message: `duplicate id "${entry.id}"` });
    if (byTerm.has(entry.term)) problems.push({ file, line, message: `duplicate term "${entry.term}"` });
    lineOf.set(entry.id, line);
    byTerm.set(entry.term, entry);
    entries.push(entry);
  }
  if (problems.length) throw new ContentError(problems);
  return { file, entries, byTerm, lineOf };
}
