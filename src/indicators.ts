import { loadIndicators } from './lib/indicators';
import { contentPaths } from './lib/paths';
import { indexReports } from './lib/report-index';

/** The checked indicator data, read once per build. */
let cached: ReturnType<typeof loadIndicators> | undefined;
export function indicators() {
  return (cached ??= loadIndicators(contentPaths.indicatorsDir, indexReports(contentPaths.reportsDir)));
}
