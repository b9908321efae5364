import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatHeadersFile, hostHeaders } from '../lib/host/host-headers';

/** Writes dist/_headers, the headers a host should send (src/lib/host/host-headers.ts). */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'jiangmen-security-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        writeFileSync(fileURLToPath(new URL('_headers', dir)), formatHeadersFile(hostHeaders));
      },
    },
  };
}
