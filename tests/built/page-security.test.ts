import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { builtHtmlFiles, distDir } from '../support/built';

const pages = builtHtmlFiles();

/**
 * What a page of a static site says itself for its security, read from its HTML (that the CSP
 * is enforced is a browser's part: tests/e2e/gates.test.ts).
 */
describe('every built page', () => {
  it('finds the pages of both editions', () => {
    expect(pages.filter((f) => !f.startsWith('zh-hant/')).length).toBeGreaterThanOrEqual(9);
    expect(pages.filter((f) => f.startsWith('zh-hant/')).length).toBeGreaterThanOrEqual(9);
  });

  it.each(pages)(
    '%s declares a CSP without inline, eval or WebAssembly scripts, a referrer policy, and has no inline script but data',
    (file) => {
      const page = parse(readFileSync(new URL(file, distDir), 'utf8'));
      const csp = page.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
      const scripts = csp.split(';').find((d) => d.trim().startsWith('script-src'));
      expect(scripts, csp).toBeDefined();
      // 'unsafe-eval' also matches 'wasm-unsafe-eval'.
      expect(scripts).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(page.querySelector('meta[name="referrer"]')?.getAttribute('content')).toBe('strict-origin-when-cross-origin');
      // JSON-LD is a data block, never run (src/components/ReportMetadata.astro).
      expect(page.querySelectorAll('script:not([src]):not([type="application/ld+json"])')).toHaveLength(0);
    },
  );
});
