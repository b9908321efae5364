import type { APIRoute } from 'astro';
import { indicatorsJson } from '../../lib/render/indicator-exports';
import { getSiteContent } from '../../site-content';

export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(indicatorsJson((await getSiteContent()).indicators.values, site), null, 1), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
