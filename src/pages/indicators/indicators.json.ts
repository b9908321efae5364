import type { APIRoute } from 'astro';
import { exportRows } from '../../lib/indicator-export';
import { indicators } from '../../indicators';

export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(exportRows(indicators().values, site!), null, 1), { headers: { 'content-type': 'application/json; charset=utf-8' } });
