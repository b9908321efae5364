import type { APIRoute, GetStaticPaths } from 'astro';
import { buildSearchIndex } from '../../lib/search-index';
import { searchRecords } from '../../lib/search-records';
import { getSiteContent } from '../../site-content';

/**
 * The search index, /pagefind/…: built from the content model as pages are, so `astro dev`
 * serves it too and it is never out of step with the pages.
 */
export const getStaticPaths: GetStaticPaths = async () => {
  const { reports, glossary } = await getSiteContent();
  const files = await buildSearchIndex(searchRecords(reports, glossary));
  return files.map(({ path, content }) => ({ params: { file: path }, props: { content } }));
};

const types: Record<string, string> = { js: 'text/javascript', css: 'text/css', json: 'application/json' };

export const GET: APIRoute = ({ params, props }) =>
  new Response(props.content as Uint8Array<ArrayBuffer>, {
    headers: { 'content-type': types[String(params.file).split('.').at(-1)!] ?? 'application/octet-stream' },
  });
