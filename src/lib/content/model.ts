import { ContentError, type ContentProblem } from '../content-error';
import { formsOf, parseGlossary, type Glossary } from './glossary';
import { checkIndicators, type Indicators } from './indicators';
import type { ReportFrontmatter } from '../report-schema';
import type { NoteRef, ReportBlock, ReportStructure } from '../markdown/blocks';

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

export interface ContentInput {
  reports: { file: string; data: ReportFrontmatter; rendered: ReportStructure | undefined }[];
  glossary: TextFile;
  indicators: { catalogue: TextFile; values: TextFile[] };
}

/** A block with the section it is in: the nearest heading at or before it ('' before any). */
export interface PlacedBlock extends ReportBlock {
  sectionId: string;
  section: string;
}

export interface Report extends ReportFrontmatter {
  file: string;
  blocks: PlacedBlock[];
  notes: NoteRef[];
}

export interface ContentModel {
  /** Oldest first. */
  reports: Report[];
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

  const reports = input.reports.map(toReport).sort((a, b) => a.year - b.year);

  const glossary = collect(() => parseGlossary(input.glossary.text, input.glossary.file));
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
  return { reports, glossary, indicators };
}

/** One report of the model: its frontmatter, and its blocks each placed in its section. */
export function toReport({ file, data, rendered }: ContentInput['reports'][number]): Report {
  if (!rendered) throw new ContentError([{ file, message: 'the report did not render; see the error logged above it' }]);
  let section = { id: '', text: '' };
  const blocks = rendered.blocks.map((block) => {
    if (block.kind === 'heading') section = { id: block.id, text: block.text };
    return { ...block, sectionId: section.id, section: section.text };
  });
  return { ...data, file, blocks, notes: rendered.notes };
}

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
