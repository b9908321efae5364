import { describe, expect, it, vi } from 'vitest';
import type { AstroIntegrationLogger } from 'astro';
import { siteUrlNotice } from '../../src/integrations/site-url-notice';
import { noSiteUrlNotice, siteAddress, siteUrl } from '../../src/lib/site-url';

describe('where the site lives (src/lib/site-url.ts)', () => {
  it('is SITE_URL, an http(s) origin, or nowhere when it is not set', () => {
    expect(siteUrl(undefined)).toBeUndefined();
    expect(siteUrl('')).toBeUndefined();
    expect(siteUrl('https://example.org')?.href).toBe('https://example.org/');
    expect(siteUrl('http://reports.example.org:8080/')?.href).toBe('http://reports.example.org:8080/');
  });

  it.each([
    'example.org',
    'ftp://example.org',
    'javascript:alert(1)',
    'https://example.org/reports/',
    'https://example.org/?x=1',
    'https://u:p@example.org',
  ])('refuses %s, saying what it must be', (value) => {
    expect(() => siteUrl(value)).toThrow(
      `SITE_URL must be the http(s) origin the site is served from, such as https://example.org (it is "${value}")`,
    );
  });

  it('writes a path in full on the site when there is one, and leaves it a site path when not', () => {
    const site = siteUrl('https://example.org');
    expect(siteAddress('/reports/2016/#p-5', site)).toBe('https://example.org/reports/2016/#p-5');
    expect(siteAddress('/reports/2016/#p-5', undefined)).toBe('/reports/2016/#p-5');
  });

  it('a build without it says so, once, at the end; a build with it says nothing', () => {
    const run = (site: string | undefined) => {
      const logger = { warn: vi.fn() } as unknown as AstroIntegrationLogger & { warn: ReturnType<typeof vi.fn> };
      const { hooks } = siteUrlNotice();
      (hooks['astro:config:done'] as (o: unknown) => void)({ config: { site } });
      (hooks['astro:build:done'] as (o: unknown) => void)({ logger });
      return logger.warn.mock.calls;
    };
    expect(run(undefined)).toEqual([[noSiteUrlNotice]]);
    expect(noSiteUrlNotice).toMatch(
      /^SITE_URL not set: canonical, hreflang and sitemap left out.*set SITE_URL=https:\/\/… to publish them$/,
    );
    expect(run('https://example.org/')).toEqual([]);
  });
});
