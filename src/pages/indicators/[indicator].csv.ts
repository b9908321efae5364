import type { APIRoute, GetStaticPaths } from 'astro';
import { crossReportCharts } from '../../lib/render/chart-specs';
import { exportRows, toCsv } from '../../lib/render/indicator-exports';
import { getSiteContent } from '../../site-content';

/** One indicator's values across the reports, /indicators/<id>.csv: the data of its chart on /indicators/. */
export const getStaticPaths: GetStaticPaths = async () => {
  const { indicators } = await getSiteContent();
  return crossReportCharts(indicators).map((chart) => ({ params: { indicator: chart.indicator! } }));
};

export const GET: APIRoute = async ({ params, site }) => {
  const values = (await getSiteContent()).indicators.values.filter((v) => v.id === params.indicator);
  return new Response(toCsv(exportRows(values, site)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
