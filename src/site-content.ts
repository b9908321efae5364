import { getCollection } from 'astro:content';
import { readDataFiles } from './lib/content/files';
import { buildContentModel, reportInput, type ContentModel } from './lib/content/model';

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
    const reports = entries.map((e) => reportInput(e.filePath ?? e.id, e.data, e.rendered));
    built = { key, model: buildContentModel({ reports, ...data }) };
  }
  return built.model;
}
