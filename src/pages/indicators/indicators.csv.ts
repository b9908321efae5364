import type { APIRoute } from 'astro';
import { exportRows, toCsv } from '../../lib/indicator-export';
import { indicators } from '../../indicators';

export const GET: APIRoute = ({ site }) =>
  new Response(toCsv(exportRows(indicators().values, site!)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
