import type { APIRoute, GetStaticPaths } from 'astro';
import type { ContentModel } from '../../lib/content/model';
import { buildSearchIndex } from '../../lib/search/build-index';
import { searchRecords } from '../../lib/search/records';
import { getSiteContent } from '../../site-content';

const indexes = new WeakMap<ContentModel, ReturnType<typeof buildSearchIndex>>();

/**
 * The search index, /search-index/… (src/lib/search/build-index.ts): built from the content model as
 * pages are, so `astro dev` serves it too (see src/integrations/dev-server.ts) and it is never
 * out of step with the pages.
 */
export const getStaticPaths: GetStaticPaths = async () => {
  const content = await getSiteContent();
  // Built once per content model: in astro dev every file of the index is a request.
  if (!indexes.has(content)) indexes.set(content, buildSearchIndex(searchRecords(content)));
  return indexes.get(content)!.map(({ path, content }) => ({ params: { file: path }, props: { content } }));
};

export const GET: APIRoute = ({ props }) =>
  new Response(props.content as string, { headers: { 'content-type': 'application/json; charset=utf-8' } });
