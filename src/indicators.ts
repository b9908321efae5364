import { cachedByFiles } from './lib/file-cache';
import { cachedReports } from './lib/content-cache';
import { loadIndicators } from './lib/indicators';
import { contentPaths } from './lib/paths';

/** The checked indicator data, read again only when a file changes. */
const cachedIndicators = cachedByFiles((dir) => loadIndicators(dir, cachedReports(contentPaths.reportsDir)));
export const indicators = () => cachedIndicators(contentPaths.indicatorsDir);
