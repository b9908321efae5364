import { sourceHref } from './chart-specs';
import type { IndicatorValue } from '../content/indicators';
import { siteAddress } from '../site-url';
import { strings } from '../strings';

/** One row per value, for the CSV and JSON downloads; the source in full where the build knows the site. */
export function exportRows(values: IndicatorValue[], site: URL | undefined) {
  return values.map((v) => ({
    report: v.report,
    indicator_id: v.id,
    indicator_name: v.name,
    value: v.value,
    unit: v.unit,
    year: v.year,
    period: v.period ?? '',
    kind: v.kind,
    qualifier: v.qualifier ?? '',
    note: v.note ?? '',
    quote: v.quote,
    source: siteAddress(sourceHref(v), site),
  }));
}

/**
 * indicators.json: the rows with the licence they are published under (CSV has no place for it:
 * the page says it beside the link, src/components/DownloadLinks.astro).
 */
export function indicatorsJson(values: IndicatorValue[], site: URL | undefined) {
  const { spdx, url, attribution, dataNote } = strings.licence;
  return { license: spdx, license_url: url, attribution, note: dataNote, values: exportRows(values, site) };
}

/** RFC 4180 CSV with a BOM, so spreadsheet programs read the Chinese as UTF-8. */
export function toCsv(rows: Record<string, string | number>[]): string {
  const escape = (cell: string | number) => (/[",\r\n]/.test(String(cell)) ? `"${String(cell).replace(/"/g, '""')}"` : String(cell));
  const header = Object.keys(rows[0] ?? {});
  return '\uFEFF' + [header, ...rows.map((r) => header.map((h) => r[h]!))].map((line) => line.map(escape).join(',')).join('\r\n') + '\r\n';
}
