import type { APIRoute } from 'astro';
import { webManifest } from '../lib/offline/web-manifest';

/** The web app manifest (src/lib/offline/web-manifest.ts). */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(webManifest()), { headers: { 'content-type': 'application/manifest+json' } });
