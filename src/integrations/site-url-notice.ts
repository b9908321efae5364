import type { AstroIntegration } from 'astro';
import { noSiteUrlNotice } from '../lib/site-url';

/** Says, once at the end of a build without SITE_URL, what that build leaves out (src/lib/site-url.ts). */
export function siteUrlNotice(): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'jiangmen-site-url',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:build:done': ({ logger }) => {
        if (!site) logger.warn(noSiteUrlNotice);
      },
    },
  };
}
