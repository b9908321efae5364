import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentSecurityPolicy } from '../lib/security';

/**
 * Writes dist/_headers (Netlify, Cloudflare Pages and similar hosts read it): the pages' CSP as a
 * real header, with what a meta tag cannot carry (frame-ancestors), and the other headers a
 * static site should send.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'jiangmen-security-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const headers = [
          '/*',
          `  Content-Security-Policy: ${contentSecurityPolicy}; frame-ancestors 'none'`,
          '  Referrer-Policy: strict-origin-when-cross-origin',
          '  X-Content-Type-Options: nosniff',
          '  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
          '  Cross-Origin-Opener-Policy: same-origin',
          '/_astro/*',
          '  Cache-Control: public, max-age=31536000, immutable',
          '',
        ];
        writeFileSync(fileURLToPath(new URL('_headers', dir)), headers.join('\n'));
      },
    },
  };
}
