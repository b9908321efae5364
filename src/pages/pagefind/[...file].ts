import type { APIRoute, GetStaticPaths } from 'astro';
import { buildSearchIndex } from '../../lib/search-index';
import { searchRecords } from '../../lib/search-records';
import type { ContentModel } from '../../lib/content-model';
import { getSiteContent } from '../../site-content';

const indexes = new WeakMap<ContentModel, ReturnType<typeof buildSearchIndex>>();

/**
 * The search index, /pagefind/…: built from the content model as pages are, so `astro dev`
 * serves it too (see src/integrations/dev-server.ts) and it is never out of step with the pages.
 */
export const getStaticPaths: GetStaticPaths = async () => {
  const content = await getSiteContent();
  // Built once per content model: in astro dev every file of the index is a request.
  if (!indexes.has(content)) indexes.set(content, buildSearchIndex(searchRecords(content.reports, content.glossary)));
  const files = await indexes.get(content)!;
  return files.map(({ path, content }) => ({ params: { file: path }, props: { content } }));
};

const types: Record<string, string> = { js: 'text/javascript', css: 'text/css', json: 'application/json' };

export const GET: APIRoute = ({ params, props }) =>
  new Response(props.content as Uint8Array<ArrayBuffer>, {
    headers: { 'content-type': types[String(params.file).split('.').at(-1)!] ?? 'application/octet-stream' },
  });
