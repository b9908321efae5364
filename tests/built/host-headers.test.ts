import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, hostHeaders, parseHeadersFile } from '../../src/lib/host/host-headers';
import { contentSecurityPolicy } from '../../src/lib/host/csp';
import { builtPage, distDir } from '../support/built';

const written = parseHeadersFile(readFileSync(new URL('_headers', distDir), 'utf8'));

describe('dist/_headers, the headers a host should send', () => {
  it('says exactly what src/lib/host/host-headers.ts defines', () => {
    expect(written).toEqual(hostHeaders);
  });

  it('sends every page the security headers, and long caching only to hashed assets', () => {
    const page = headersFor(written, '/reports/2016/');
    expect(page['Content-Security-Policy']).toBe(`${contentSecurityPolicy}; frame-ancestors 'none'`);
    expect(page['X-Content-Type-Options']).toBe('nosniff');
    expect(page['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(page['Cache-Control']).toBeUndefined();
    const asset = headersFor(written, '/_astro/site.js');
    expect(asset['Cache-Control']).toContain('immutable');
    expect(asset['Content-Security-Policy']).toBe(page['Content-Security-Policy']);
  });

  it('repeats, as a header, the CSP every page carries in its meta tag', () => {
    for (const path of ['/index.html', '/reports/2012/', '/search/', '/glossary/', '/indicators/', '/about/', '/404.html']) {
      const meta = builtPage(path).querySelector('meta[http-equiv="Content-Security-Policy"]');
      expect(meta?.getAttribute('content'), path).toBe(contentSecurityPolicy);
    }
    expect(contentSecurityPolicy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  });

  it('rejects a header line that belongs to no path', () => {
    expect(() => parseHeadersFile('  X-Frame-Options: DENY\n')).toThrow(/not a header of a path/);
  });
});
