import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { reportMarkdown } from '../../src/lib/markdown-config';
import { splitFrontmatter } from '../../src/lib/report-index';

export const fixtures = {
  glossaryFile: fileURLToPath(new URL('../fixtures/glossary.yaml', import.meta.url)),
  reportsDir: fileURLToPath(new URL('../fixtures/reports/', import.meta.url)),
};

/** Renders a fixture report through the site's own Markdown plugins, as Astro does. */
export async function renderFixture(name: string): Promise<string> {
  const path = fixtures.reportsDir + name;
  const { data, body } = splitFrontmatter(readFileSync(path, 'utf8'));
  const config = reportMarkdown(fixtures);
  const file = new VFile({ path, value: body, data: { astro: { frontmatter: data } } });
  const processor = unified().use(remarkParse).use(remarkGfm);
  for (const [plugin, options] of config.remarkPlugins) processor.use(plugin, options);
  processor.use(remarkRehype, config.remarkRehype);
  for (const [plugin, options] of config.rehypePlugins) processor.use(plugin, options);
  return String(await processor.use(rehypeStringify).process(file));
}
