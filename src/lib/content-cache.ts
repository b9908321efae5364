import { cachedByFiles } from './file-cache';
import { loadGlossary } from './glossary';
import { indexReports } from './report-index';

/** The glossary and the report index, shared by every Markdown plugin run of a build. */
export const cachedGlossary = cachedByFiles(loadGlossary);
export const cachedReports = cachedByFiles(indexReports);
