import type { APIRoute, GetStaticPaths } from 'astro';
import { crossReportSeries, seriesChart } from '../../lib/indicator-charts';
import { exportRows, toCsv } from '../../lib/indicator-export';
import { getSiteContent } from '../../site-content';

/** Each cross-report chart's own data, /indicators/series-<id>.csv: the rows of the full CSV it draws. */
export const getStaticPaths = (async () => {
  const { indicators } = await getSiteContent();
  return crossReportSeries.filter((id) => seriesChart(indicators, id)).map((id) => ({ params: { chart: `series-${id}` }, props: { id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ id: string }> = async ({ props, site }) => {
  const values = (await getSiteContent()).indicators.values.filter((v) => v.id === props.id && v.kind !== 'cumulative');
  return new Response(toCsv(exportRows(values, site!)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
