import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { firstLoad, gzipSize, initialScripts, printStylesheets, stylesheets } from '../../src/lib/host/page-weight';
import { builtReportYears } from '../support/built';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

// Both editions: the source pages and their 繁體 twins.
const reportPages = builtReportYears().flatMap((year) => [`reports/${year}/index.html`, `zh-hant/reports/${year}/index.html`]);

describe.each(reportPages)('%s', (page) => {
  const html = readFileSync(dist + page, 'utf8');
  const scripts = initialScripts(dist, html);

  // 30 KB, and the 1 KB issue 23 allows for a report's metadata and citations.
  it('loads at most 31 KB (gzipped) of HTML, CSS and JavaScript before any chart or search code', () => {
    const weight = firstLoad(dist, page);
    console.log(`/${page} first load, gzipped: ${JSON.stringify(weight)}`);
    expect(stylesheets(html).length).toBeGreaterThan(0);
    expect(scripts.length).toBeGreaterThan(0);
    expect(weight.total).toBeLessThanOrEqual(31 * 1024);
  });

  it('links its print style for print only, so that a screen does not wait for it', () => {
    const print = printStylesheets(html);
    expect(print).toHaveLength(1);
    expect(stylesheets(html)).not.toContain(print[0]);
    console.log(`/${page} print style, gzipped (not in the first load): ${gzipSize(dist, print[0]!)}`);
  });

  it('does not load Chart.js, the search code or the footnote popover up front', () => {
    expect(scripts.some((s) => /chart-render|chart-worker|search-text|search-highlight|footnote-popover/.test(s))).toBe(false);
    expect(
      scripts.some((s) => s.includes('preload-helper')),
      "Vite's preload helper, loaded for nothing",
    ).toBe(false);
    expect(html).not.toMatch(/chart-(render|worker)/);
  });
});
