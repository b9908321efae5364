import { getCollection } from 'astro:content';
import { readDataFiles } from './lib/content/files';
import { buildContentModel, type ContentModel } from './lib/content/model';
import type { ReportStructure } from './lib/markdown/blocks';

let built: { key: string; model: ContentModel } | undefined;

/**
 * The site's content model (src/lib/content/model.ts), from the reports as Astro's collection
 * rendered them and the glossary and indicator files. Built once per build; rebuilt (in
 * `astro dev`) when a report's digest or a data file's text changes.
 */
export async function getSiteContent(): Promise<ContentModel> {
  const entries = await getCollection('reports');
  const data = readDataFiles();
  const key = JSON.stringify([entries.map((e) => [e.id, e.digest]), data]);
  if (built?.key !== key) {
    const model = buildContentModel({
      reports: entries.map((e) => ({
        file: e.filePath ?? e.id,
        data: e.data,
        rendered: e.rendered?.metadata?.frontmatter as ReportStructure | undefined,
      })),
      ...data,
    });
    built = { key, model };
  }
  return built.model;
}
