import type { APIRoute } from 'astro';

/** Every page may be indexed; the sitemap lists them, where the build knows the site (src/lib/site-url.ts). */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n${site ? `\nSitemap: ${new URL('sitemap-index.xml', site)}\n` : ''}`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
