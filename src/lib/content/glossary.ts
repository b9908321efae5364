import { z } from 'zod';
import { ContentError, type ContentProblem } from '../content-error';
import { httpUrl } from '../http-url';
import { yamlList } from './yaml-list';

/** Where a term's meaning comes from; shown with every definition. See content/glossary.yaml. */
export const basisCodes = ['report', 'national', 'source', 'unknown'] as const;

/** Words that present a guess: an unknown term's clues may not use them. */
export const hedgingWords = ['或即', '一种说法', '可能', '大概', '疑为', '或指', '字面'];

const citeSchema = z.object({
  report: z.number().int(),
  /** Verbatim report text (footnote markers aside) that explains the term. */
  quote: z.string().min(2),
});

const entrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id must be an ASCII slug (pinyin, digits, hyphens)'),
    term: z.string().min(1),
    /** How the term is written in the reports, verbatim; defaults to the term itself. */
    forms: z.array(z.string().min(1)).optional(),
    basis: z.enum(basisCodes),
    basisNote: z.string().optional(),
    definition: z.string().optional(),
    clues: z.string().optional(),
    source: z.object({ name: z.string(), date: z.string().optional(), url: httpUrl.optional() }).strict().optional(),
    cites: z.array(citeSchema).default([]),
  })
  .strict()
  .superRefine((e, ctx) => {
    const problem = (message: string) => ctx.addIssue({ code: 'custom', message });
    // Never present a guess as fact: an unknown term has clues at most, never a definition.
    if (e.basis === 'unknown' && e.definition) problem('an "unknown" term must not have a definition (use clues)');
    if (e.basis !== 'unknown' && !e.definition) problem(`a "${e.basis}" term needs a definition`);
    if (e.basis === 'source' && !e.source?.url) problem('a "source" term needs its source: publisher and title (name) and URL');
    // An unknown term says only what the reports say: no hedged reading slipped in as a clue.
    const hedge = hedgingWords.find((w) => e.basis === 'unknown' && `${e.clues ?? ''}${e.basisNote ?? ''}`.includes(w));
    if (hedge) problem(`an "unknown" term's clues must not guess ("${hedge}"): give only what the reports say`);
    if (e.basis === 'report' && e.cites.length === 0) problem('a "report" term needs cites to the report text');
  });

export type GlossaryEntry = z.infer<typeof entrySchema>;

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
  for (const [i, { value, line }] of yamlList(yamlText, file).entries()) {
    const result = entrySchema.safeParse(value);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({ file, line, message: `entry ${i + 1}${issue.path.length ? ` (${issue.path.join('.')})` : ''}: ${issue.message}` });
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
