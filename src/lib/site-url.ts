/**
 * Where the site lives: the one rule for every address the build writes in full. The build is
 * told by SITE_URL (astro.config.mjs reads it through siteUrl, and Astro hands the result to the
 * pages and routes as `site`). Without it the build names no host: what must be absolute
 * (canonical and hreflang links, the sitemap) is left out, the downloads give site paths, and the
 * browser writes out the addresses a reader copies or prints from the page's own origin
 * (src/scripts/site.ts, src/scripts/cite.ts).
 */

/** SITE_URL as the site's origin, or undefined when it is not set; anything but an http(s) origin fails the build. */
export function siteUrl(value: string | undefined): URL | undefined {
  if (!value) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  // Every link of the site starts at the root, so the site cannot live below it.
  if (!url || !/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new Error(`SITE_URL must be the http(s) origin the site is served from, such as https://example.org (it is "${value}")`);
  }
  return url;
}

/** A path of the site as a file the build writes states it: in full on the site's origin when there is one, else as it is. */
export const siteAddress = (path: string, site: URL | undefined): string => (site ? new URL(path, site).href : path);

/** What the build says when it publishes no absolute address (src/integrations/site-url-notice.ts). */
export const noSiteUrlNotice =
  'SITE_URL not set: canonical, hreflang and sitemap left out (downloads give site paths); set SITE_URL=https://… to publish them';
