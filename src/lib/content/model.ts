import { ContentError, type ContentProblem } from '../content-error';
import { formsOf, parseGlossary, type Glossary } from './glossary';
import { checkIndicators, type Indicators } from './indicators';
import type { ReportFrontmatter } from '../report-schema';
import type { NoteRef, ReportBlock, ReportStructure } from '../markdown/blocks';
import { markedText } from '../markdown/annotate';
import { finishNoteMarkers } from '../markdown/rehype-report';
import { readReportStructure } from '../markdown/remark-report';

/**
 * The one model of the site's content: every report, the glossary and the indicators, loaded
 * once and checked against each other. Pages, endpoints and the search index read only this.
 * Plain data in, plain data out: the Astro side (src/site-content.ts) hands in the reports as
 * its content collection rendered them, and the YAML files' text.
 */
export interface TextFile {
  /** Path from the project root, as errors name it. */
  file: string;
  text: string;
}

/**
 * A report as the site's Markdown processor (src/lib/markdown/processor.ts) rendered it: Astro's
 * `entry.rendered`, or the processor's own result (src/lib/content/load.ts).
 */
export interface RenderedReport {
  html: string;
  /** Among what else the renderer records: the frontmatter, with what the report plugins added. */
  metadata?: Record<string, unknown>;
}

/** A report file as the model takes it in: its frontmatter, its rendered HTML and its structure. */
export interface ReportInput extends ReportStructure {
  file: string;
  data: ReportFrontmatter;
  /** As rendered: the note markers are finished by the model, which knows the glossary. */
  html: string;
}

/**
 * The one way from a rendered report to the model's input, for the site (src/site-content.ts)
 * and for the tests and tools (src/lib/content/load.ts) alike: the structure the Markdown
 * pipeline handed on in the rendered frontmatter is read back through its schema.
 */
export function reportInput(file: string, data: ReportFrontmatter, rendered: RenderedReport | undefined): ReportInput {
  if (!rendered) throw new ContentError([{ file, message: 'the report did not render; see the error logged above it' }]);
  return { file, data, html: rendered.html, ...readReportStructure(rendered.metadata?.frontmatter) };
}

export interface ContentInput {
  reports: ReportInput[];
  glossary: TextFile;
  indicators: { catalogue: TextFile; values: TextFile[] };
}

/** A block with the section it is in: the nearest heading at or before it ('' before any). */
export interface PlacedBlock extends ReportBlock {
  sectionId: string;
  /** The section's heading as the contents name it, its editorial marks in it (20xx〔2016〕年工作安排). */
  section: string;
}

export interface Report extends ReportFrontmatter {
  file: string;
  blocks: PlacedBlock[];
  notes: NoteRef[];
  /** The rendered body as the page shows it: the markers of notes whose meaning is unknown have class "u". */
  body: string;
}

/** The site's one order of reports is here: every page and index reads them in these orders. */
export interface ContentModel {
  /** Oldest first: the home page, the glossary's places, the report pages' neighbours. */
  reports: Report[];
  /** Newest first: search results and their scopes, the indicator page's tables. */
  reportsNewestFirst: Report[];
  glossary: Glossary;
  indicators: Indicators;
}

/** The report's file name for a year's indicator values: content/indicators/<year>.yaml. */
export const indicatorFileName = (year: number) => `${year}.yaml`;

export function buildContentModel(input: ContentInput): ContentModel {
  const problems: ContentProblem[] = [];
  const collect = <T>(load: () => T): T | undefined => {
    try {
      return load();
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
      return undefined;
    }
  };

  const glossary = collect(() => parseGlossary(input.glossary.text, input.glossary.file));
  const unknownTerms = new Set(glossary?.entries.filter((e) => e.basis === 'unknown').map((e) => e.term));
  // A report whose notes cannot be placed is named with every other problem, not alone.
  const reports = input.reports
    .map((r) => collect(() => toReport(r, unknownTerms)))
    .filter((r) => r !== undefined)
    .sort((a, b) => a.year - b.year);
  if (glossary) problems.push(...checkNotes(reports, glossary), ...checkCites(reports, glossary));

  const valueFiles = new Map(input.indicators.values.map((f) => [f.file.split('/').at(-1)!, f]));
  for (const report of reports) {
    if (!valueFiles.has(indicatorFileName(report.year))) {
      problems.push({
        file: report.file,
        message: `no indicator file for ${report.year}: add ${indicatorFileName(report.year)} beside ${input.indicators.catalogue.file} (an empty list, [], if the report states none)`,
      });
    }
  }
  for (const [name, f] of valueFiles) {
    if (!reports.some((r) => indicatorFileName(r.year) === name))
      problems.push({
        file: f.file,
        message: `no report for this indicator file (expected a report whose year is ${name.replace('.yaml', '')})`,
      });
  }
  const indicators = collect(() =>
    checkIndicators(
      input.indicators.catalogue,
      reports.flatMap((report) => {
        const f = valueFiles.get(indicatorFileName(report.year));
        return f ? [{ report, ...f }] : [];
      }),
    ),
  );
  if (problems.length || !glossary || !indicators) throw new ContentError(problems);
  return { reports, reportsNewestFirst: reports.toReversed(), glossary, indicators };
}

/** The reports before and after a year's, in the model's order: the report page's pager. */
export function neighbours(content: ContentModel, year: number): { prev?: Report; next?: Report } {
  const i = content.reports.findIndex((r) => r.year === year);
  if (i === -1) return {};
  const prev = content.reports[i - 1];
  const next = content.reports[i + 1];
  return { ...(prev && { prev }), ...(next && { next }) };
}

/**
 * One report of the model: its frontmatter, its blocks each placed in its section, and its body
 * with the markers of notes on `unknownTerms` (the glossary's terms of unknown meaning) marked.
 */
export function toReport({ file, data, html, blocks, notes }: ReportInput, unknownTerms: ReadonlySet<string>): Report {
  let section = { id: '', text: '' };
  const placed = blocks.map((block) => {
    if (block.kind === 'heading') section = { id: block.id, text: headingName(block.text, data.annotations) };
    return { ...block, sectionId: section.id, section: section.text };
  });
  const body = finishNoteMarkers(
    html,
    notes.map((n) => unknownTerms.has(n.term)),
    file,
  );
  return { ...data, file, blocks: placed, notes, body };
}

/** A heading's text with its editorial marks, as one string (the contents set the marks apart: `markedText`). */
const headingName = (text: string, annotations: ReportFrontmatter['annotations']) =>
  markedText(text, annotations)
    .map((part) => part.text)
    .join('');

/** Each note names a glossary term, and its paragraph uses that term as written. */
function checkNotes(reports: Report[], glossary: Glossary): ContentProblem[] {
  return reports.flatMap((report) =>
    report.notes.flatMap((note): ContentProblem[] => {
      const entry = glossary.byTerm.get(note.term);
      if (!entry)
        return [
          {
            file: report.file,
            line: note.line,
            message: `footnote [^${note.label}] names "${note.term}", which is not a term in ${glossary.file}`,
          },
        ];
      const block = report.blocks.find((b) => b.id === note.blockId)!;
      if (formsOf(entry).some((form) => block.text.includes(form))) return [];
      return [
        {
          file: report.file,
          line: block.line,
          message: `the paragraph citing [^${note.label}] does not contain "${formsOf(entry).join('" or "')}" (add the text's form of the term to its forms in ${glossary.file})`,
        },
      ];
    }),
  );
}

/** A glossary cite quotes its report verbatim. */
function checkCites(reports: Report[], glossary: Glossary): ContentProblem[] {
  return glossary.entries.flatMap((entry) =>
    entry.cites.flatMap((cite) => {
      if (findParagraph(reports, cite.report, cite.quote)) return [];
      const report = reports.find((r) => r.year === cite.report);
      const why = report ? `is not in the ${cite.report} report's text` : `cites a ${cite.report} report, and there is none`;
      return [{ file: glossary.file, line: glossary.lineOf.get(entry.id), message: `"${entry.term}": cite "${cite.quote}" ${why}` }];
    }),
  );
}

/** The first paragraph of that year's report whose text contains the quote, if any. */
export function findParagraph(reports: Report[], year: number, quote: string): PlacedBlock | undefined {
  return reports.find((r) => r.year === year)?.blocks.find((b) => b.kind === 'paragraph' && b.text.includes(quote));
}
