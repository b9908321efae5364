import type { APIRoute } from 'astro';
import { exportRows, toCsv } from '../../lib/render/indicator-exports';
import { getSiteContent } from '../../site-content';

export const GET: APIRoute = async ({ site }) =>
  new Response(toCsv(exportRows((await getSiteContent()).indicators.values, site)), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
