import type { APIRoute } from 'astro';
import { searchRecords } from '../lib/search/records';
import { scriptMap } from '../lib/edition/convert';
import { getSiteContent } from '../site-content';

/**
 * The characters of the corpus that differ between the two scripts (src/lib/edition/convert.ts):
 * the search reads a query in either script with it, and shows results in the edition's script.
 */
export const GET: APIRoute = async () => {
  const texts = searchRecords(await getSiteContent()).flatMap((r) => [r.meta.text, r.meta.title, r.meta.section]);
  return new Response(JSON.stringify(scriptMap(texts)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
