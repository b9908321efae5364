import { z } from 'zod';
import { throwIfProblems, type ContentProblem } from '../content-error';
import type { ReportBlock } from '../markdown/blocks';
import { issuePath, yamlList } from './yaml-list';

/**
 * The indicators each report states, as data: content/indicators/catalogue.yaml names them, and
 * content/indicators/<year>.yaml holds that report's values, each with the exact sentence it
 * comes from. Loaded here rather than as an Astro collection because the checks need the
 * reports' text and the YAML line of each value.
 */
/**
 * Text that becomes a cell of the CSV downloads (src/lib/render/indicator-exports.ts). A
 * spreadsheet runs a cell that begins with = + - @, a tab or a carriage return as a formula
 * (OWASP, "CSV Injection"), so such text is refused here rather than altered in the download:
 * the downloads keep the report's words as the page shows them, the CSV as the JSON, and a quote
 * can always begin a character earlier or later.
 */
const cellText = z
  .string()
  .refine(
    (text) => !/^[=+\-@\t\r]/.test(text),
    'begins with = + - @, a tab or a carriage return, which a spreadsheet opening the CSV download would run as a formula; begin it with another character',
  );

const catalogueSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    name: cellText.min(1),
    group: z.enum(['economy', 'livelihood', 'environment', 'government']),
    /** level: an amount; growth: change on the year before; rate: a ratio or share. */
    measure: z.enum(['level', 'growth', 'rate']),
    /** Drawn on the report pages' charts. */
    headline: z.boolean().default(false),
    /** Drawn across the reports on /indicators/, as its nth chart (where two reports or more give it). */
    acrossReports: z.number().int().positive().optional(),
  })
  .strict();

/** cumulative: a total over a period; average: a yearly average over a period (年均). */
export const indicatorKinds = ['actual', 'estimate', 'target', 'cumulative', 'average'] as const;
const periodKinds: readonly string[] = ['cumulative', 'average'];
export const qualifiers = ['at-least', 'about', 'at-most'] as const;

/**
 * How far from its report a figure's year (and its period's first year) may lie: a report looks
 * back over its plan period or a decade, and ahead to its long-range targets. The reports have
 * 2007 (2012's five years) to 2016 (2012's five-year targets).
 */
const yearsAround = { before: 10, after: 15 };

/** The first and last year of a period written as the indicator files write it: 2007—2011. */
export function periodYears(period: string): { from: number; to: number } {
  const [from, to] = period.split('—').map(Number);
  return { from: from!, to: to! };
}

const valueSchema = z
  .object({
    id: z.string(),
    value: z.number(),
    unit: cellText.min(1),
    /** The year the figure refers to (the last year of the period, for a figure over a period). */
    year: z.number().int(),
    kind: z.enum(indicatorKinds),
    /** 突破、超、以上 → at-least; 左右 → about; 以内 → at-most. */
    qualifier: z.enum(qualifiers).optional(),
    /** The period of a cumulative or average figure, e.g. 2011—2015 (its last year is the year). */
    period: z
      .string()
      .regex(/^\d{4}—\d{4}$/, 'must be two years joined by an em dash, such as 2007—2011')
      .optional(),
    /** Editorial remark; text in “…” is the report's own words (checked against the paragraph). */
    note: cellText.optional(),
    /** Verbatim report text (footnote markers aside) that states the value. */
    quote: cellText.min(2),
  })
  .strict()
  .superRefine((v, ctx) => {
    const problem = (message: string) => ctx.addIssue({ code: 'custom', path: ['period'], message });
    if (periodKinds.includes(v.kind) !== Boolean(v.period)) problem('a cumulative or average value needs its period, and only it');
    if (!v.period) return;
    const { from, to } = periodYears(v.period);
    if (from >= to || to !== v.year) problem(`the period must run from an earlier year to the value's year, ${v.year}`);
  });

export type CatalogueEntry = z.infer<typeof catalogueSchema>;

export interface IndicatorValue extends z.infer<typeof valueSchema> {
  name: string;
  measure: CatalogueEntry['measure'];
  headline: boolean;
  /** The report stating it, and the paragraph (p-N) or heading the quote is in. */
  report: number;
  blockId: string;
  file: string;
  line: number;
}

export interface Indicators {
  catalogue: CatalogueEntry[];
  values: IndicatorValue[];
}

/** Checks the catalogue and every report's values; throws naming file, line and problem. */
export function checkIndicators(
  catalogueFile: { file: string; text: string },
  valueFiles: { report: { year: number; blocks: ReportBlock[] }; file: string; text: string }[],
): Indicators {
  const problems: ContentProblem[] = [];
  const catalogue = new Map<string, CatalogueEntry>();
  /** Each chart across reports by its place on /indicators/, to find two in one place. */
  const chartAt = new Map<number, { id: string; line: number }>();
  for (const { value, line, lineAtPath } of yamlList(catalogueFile.text, catalogueFile.file)) {
    const parsed = catalogueSchema.safeParse(value);
    if (!parsed.success) {
      problems.push(...issues(parsed.error, catalogueFile.file, lineAtPath));
      continue;
    }
    const entry = parsed.data;
    const at = (message: string) => problems.push({ file: catalogueFile.file, line, message });
    if (catalogue.has(entry.id)) {
      at(`duplicate indicator id "${entry.id}"`);
      continue;
    }
    catalogue.set(entry.id, entry);
    if (entry.acrossReports === undefined) continue;
    const first = chartAt.get(entry.acrossReports);
    if (first) at(`${entry.id}: acrossReports ${entry.acrossReports} is also given to "${first.id}" at line ${first.line}; each chart has its own place`);
    else chartAt.set(entry.acrossReports, { id: entry.id, line });
  }

  const values: IndicatorValue[] = [];
  const unitOf = new Map<string, IndicatorValue>();
  for (const { report, file, text } of valueFiles) {
    for (const { value, line, lineAtPath } of yamlList(text, file)) {
      const parsed = valueSchema.safeParse(value);
      if (!parsed.success) {
        problems.push(...issues(parsed.error, file, lineAtPath));
        continue;
      }
      const v = parsed.data;
      const at = (message: string, path: string[] = []) => problems.push({ file, line: lineAtPath(path), message: `${v.id}: ${message}` });
      // A year far from its report is a slip (99999, −5): it would stretch every chart it is on.
      const [earliest, latest] = [report.year - yearsAround.before, report.year + yearsAround.after];
      const years = `${earliest}—${latest}, the years a ${report.year} report's figures may refer to (${yearsAround.before} before it to ${yearsAround.after} after)`;
      if (v.year < earliest || v.year > latest) at(`year ${v.year} is not within ${years}`, ['year']);
      else if (v.period && periodYears(v.period).from < earliest) at(`period ${v.period} begins before ${years}`, ['period']);
      const entry = catalogue.get(v.id);
      if (!entry) at(`no such indicator in ${catalogueFile.file}`, ['id']);
      const blocks = report.blocks.filter((b) => b.text.includes(v.quote));
      if (blocks.length === 0) at(`the quote "${v.quote}" is not in the ${report.year} report's text`, ['quote']);
      else if (blocks.length > 1) at(`the quote "${v.quote}" is in ${blocks.length} paragraphs; lengthen it until it is unique`, ['quote']);
      if (!numbersIn(v.quote).includes(Math.abs(v.value))) at(`the value ${v.value} does not appear in its quote "${v.quote}"`, ['value']);
      if (blocks.length === 1) {
        // The words a note quotes are in the quote's paragraph, or in the lead-in of the list
        // the paragraph is an item of (「预计2011年……:」 before items ending in 「;」).
        const context = [blocks[0]!.text, leadIn(report.blocks, report.blocks.indexOf(blocks[0]!)) ?? ''];
        for (const quoted of reportWordsIn(v.note ?? '')) {
          if (!context.some((text) => text.includes(quoted))) {
            at(
              `the note quotes “${quoted}”, which is not in the quote's paragraph or the lead-in of its list (quote the report verbatim, or use 「…」 for other text)`,
              ['note'],
            );
          }
        }
      }
      const first = unitOf.get(v.id);
      if (first && first.unit !== v.unit) at(`unit "${v.unit}" differs from "${first.unit}" used at ${first.file}:${first.line}`, ['unit']);
      if (!entry || blocks.length !== 1) continue;
      const checked: IndicatorValue = {
        ...v,
        name: entry.name,
        measure: entry.measure,
        headline: entry.headline,
        report: report.year,
        blockId: blocks[0]!.id,
        file,
        line,
      };
      if (!first) unitOf.set(v.id, checked);
      values.push(checked);
    }
  }
  throwIfProblems(problems);
  return { catalogue: [...catalogue.values()], values };
}

/** A schema's issues, each on the line of the field it is about. */
function issues(error: z.ZodError, file: string, lineAtPath: (path: readonly PropertyKey[]) => number): ContentProblem[] {
  return error.issues.map((i) => ({ file, line: lineAtPath(issuePath(i)), message: `${i.path.join('.') || 'entry'}: ${i.message}` }));
}

/**
 * The numbers a quote states, read whole: 「2083亿元」 states 2083, never 83 or 208.3. A value
 * must be one of them (a fall, 「下降1.2%」, is written as −1.2 and states 1.2).
 */
export function numbersIn(quote: string): number[] {
  return [...quote.matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
}

/** What a note puts in “…”: the report's own words, by the convention of the indicator files. */
export function reportWordsIn(note: string): string[] {
  return [...note.matchAll(/“([^”]+)”/g)].map((m) => m[1]!);
}

/**
 * The paragraph that introduces a list, for a paragraph that is one of its items: going back
 * over items (paragraphs ending in a semicolon), the first paragraph ending in a colon.
 */
export function leadIn(blocks: ReportBlock[], index: number): string | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const text = blocks[i]!.text.trim();
    if (/[:：]$/.test(text)) return text;
    if (!/[;；]$/.test(text) || blocks[i]!.kind !== 'paragraph') return undefined;
  }
  return undefined;
}
