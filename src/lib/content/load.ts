import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { throwIfProblems } from '../content-error';
import { checkContentFiles, contentPaths, readDataFiles, readReportFiles } from './files';
import { checkReportFiles } from './report-file';
import { buildContentModel, reportInput, type ContentModel, type ReportInput } from './model';
import { reportMarkdownProcessor } from '../markdown/processor';
import { reportSchema } from '../report-schema';

/**
 * Renders a report file with the site's own Markdown processor, as Astro's content collection
 * does (frontmatter off, body trimmed): what the content model receives. For the tests and the
 * benchmarks, which build the model without running Astro.
 */
export async function renderReportFile(path: string, reportsDir: string): Promise<ReportInput> {
  const { frontmatter, content } = parseFrontmatter(readFileSync(path, 'utf8'));
  const data = reportSchema.parse(frontmatter);
  const renderer = await reportMarkdownProcessor(reportsDir).createRenderer({});
  const result = await renderer.render(content.trim(), { frontmatter, fileURL: pathToFileURL(path) });
  return reportInput(relative(process.cwd(), path), data, { html: result.code, metadata: result.metadata });
}

/**
 * The content model of a project's content, as the site builds it, without Astro: after the same
 * checks of the files (src/integrations/content-files.ts) and of the report files
 * (src/content.config.ts).
 */
export async function loadContent(root = process.cwd()): Promise<ContentModel> {
  throwIfProblems(checkContentFiles(root));
  const files = readReportFiles(root);
  throwIfProblems(checkReportFiles(files));
  const reportsDir = join(root, contentPaths.reportsDir);
  const reports = await Promise.all(files.map((f) => renderReportFile(join(root, f.file), reportsDir)));
  return buildContentModel({ reports, ...readDataFiles(root) });
}
