/**
 * The two editions of the site: the source text in simplified characters at /…, and its
 * machine conversion to traditional characters at /zh-hant/… (same paths below the prefix).
 */
export const hantPrefix = '/zh-hant';
export const hansLang = 'zh-CN';
export const hantLang = 'zh-Hant-HK';

export const isHantPath = (path: string) => path === `${hantPrefix}/` || path.startsWith(`${hantPrefix}/`);

/** The same page in the other edition. */
export function otherEditionPath(path: string): string {
  return isHantPath(path) ? path.slice(hantPrefix.length) || '/' : `${hantPrefix}${path}`;
}

/**
 * Whether a link leads to a page (which has its traditional twin), rather than to a file that
 * exists once: scripts, styles and the search index, the downloads, the icon, the sitemap.
 */
export function isPageLink(href: string): boolean {
  if (!href.startsWith('/') || href.startsWith('//')) return false;
  const path = href.split(/[?#]/)[0]!;
  if (path.startsWith('/_astro/')) return false;
  return path.endsWith('/') || path.endsWith('.html');
}
