import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { gzipSize, initialScripts } from '../../src/lib/page-scripts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

describe.each([2012, 2015, 2016])('the %i report page', (year) => {
  const html = readFileSync(`${dist}reports/${year}/index.html`, 'utf8');
  const scripts = initialScripts(dist, html);

  it('loads under 10 KB of its own JavaScript (gzipped) before any chart is visible', () => {
    const total = scripts.reduce((n, s) => n + gzipSize(dist, s), 0);
    console.log(`/reports/${year}/: ${scripts.length} scripts, ${total} bytes gzipped before charts`);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(10 * 1024);
  });

  it('does not load Chart.js or the search code up front', () => {
    expect(scripts.some((s) => /chart-render|search-text|search-highlight/.test(s))).toBe(false);
    expect(html).not.toContain('chart-render');
  });
});
