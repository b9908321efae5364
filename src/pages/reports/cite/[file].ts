import type { APIRoute, GetStaticPaths } from 'astro';
import { bibtex, cslJson, ris } from '../../../lib/cite/files';
import { citationFilePath, citationFiles, reportReference, type CitationFile } from '../../../lib/cite/reference';
import type { ReportFrontmatter } from '../../../lib/report-schema';
import { getSiteContent } from '../../../site-content';

/** A report's citation files, /reports/cite/jiangmen-<year>.bib, .ris and .json (CSL-JSON), UTF-8. */
export const getStaticPaths: GetStaticPaths = async () =>
  (await getSiteContent()).reports.flatMap((report) =>
    citationFiles.map((kind) => ({ params: { file: citationFilePath(report.year, kind).split('/').pop()! }, props: { report, kind } })),
  );

const formats: Record<CitationFile, { write: typeof bibtex; type: string }> = {
  bib: { write: bibtex, type: 'application/x-bibtex; charset=utf-8' },
  ris: { write: ris, type: 'application/x-research-info-systems; charset=utf-8' },
  json: { write: cslJson, type: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
};

export const GET: APIRoute = ({ props, site }) => {
  const { report, kind } = props as { report: ReportFrontmatter; kind: CitationFile };
  const { write, type } = formats[kind];
  return new Response(write(reportReference(report, site)), { headers: { 'content-type': type } });
};
