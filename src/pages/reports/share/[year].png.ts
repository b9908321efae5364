import type { APIRoute, GetStaticPaths } from 'astro';
import { shareCardPng } from '../../../lib/cite/share-card';
import { setPunctuation } from '../../../lib/punctuation';
import type { ReportFrontmatter } from '../../../lib/report-schema';
import { deliveredText } from '../../../lib/reports';
import { strings } from '../../../lib/strings';
import { getSiteContent } from '../../../site-content';

/** A report's share image, /reports/share/<year>.png: what link previews show (og:image). */
export const getStaticPaths: GetStaticPaths = async () =>
  (await getSiteContent()).reports.map((report) => ({ params: { year: String(report.year) }, props: { report } }));

export const GET: APIRoute = ({ props }) => {
  const { report } = props as { report: ReportFrontmatter };
  const png = shareCardPng({
    siteName: strings.siteName,
    year: report.year,
    title: report.title,
    when: deliveredText(report),
    session: setPunctuation(report.session),
    ...(report.yearStatus === 'inferred' && { yearNote: strings.yearInferred }),
  });
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
