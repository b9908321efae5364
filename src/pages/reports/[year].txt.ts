import type { APIRoute, GetStaticPaths } from 'astro';
import { readContentFile } from '../../lib/content/files';
import { reportSourceText } from '../../lib/content/source-text';
import type { Report } from '../../lib/content/model';
import { getSiteContent } from '../../site-content';

/** Each report's text as its source has it, /reports/<year>.txt (reportTextPath in src/lib/reports.ts). */
export const getStaticPaths: GetStaticPaths = async () =>
  (await getSiteContent()).reports.map((report) => ({ params: { year: String(report.year) }, props: { report } }));

export const GET: APIRoute = ({ props }) =>
  new Response(
    reportSourceText(props.report as Report, (file) => readContentFile(process.cwd(), file)),
    {
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    },
  );
