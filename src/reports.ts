import { getCollection } from 'astro:content';
import { byYear } from './lib/reports';

/** Every report's frontmatter, oldest first: what the pages list and link. */
export async function allReports() {
  return byYear((await getCollection('reports')).map((entry) => entry.data));
}
