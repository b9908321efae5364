/**
 * npm run bench:lighthouse — Lighthouse 13 (mobile emulation, its default) on each page type
 * of the built site served locally with gzip; prints the four category scores and LCP/CLS/TBT.
 * Each page runs three times and the run with the median performance score is printed: on a
 * shared 2-core machine one run's TBT varies by ±100 ms.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Result } from 'lighthouse';
import { chromiumArgs, chromiumPath } from '../tests/support/chromium';
import { serveDist } from '../tests/support/static-server';

const runsPerPage = 3;
// Every page type, or only the paths given (npm run bench:lighthouse -- /glossary/).
const everyPage = ['/', '/reports/2016/', '/indicators/', '/search/?q=%E4%B8%AD%E5%BE%AE%E5%AD%90', '/glossary/', '/about/', '/404.html'];
const pages = process.argv.length > 2 ? process.argv.slice(2) : everyPage;
const server = await serveDist();
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath,
  chromeFlags: chromiumArgs,
});
const score = (n: number | null | undefined) => String(Math.round((n ?? 0) * 100)).padStart(3);
const metric = (lhr: Result, id: string) => lhr.audits[id]?.numericValue ?? 0;

console.log(
  `page                                   perf  a11y  best   seo    LCP ms  CLS    TBT ms   (median of ${runsPerPage} runs; all perf scores)`,
);
try {
  for (const path of pages) {
    const runs: Result[] = [];
    for (let i = 0; i < runsPerPage; i++) {
      const result = await lighthouse(server.origin + path, { port: chrome.port, output: 'json', logLevel: 'error' });
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      runs.push(result.lhr);
    }
    const perf = (lhr: Result) => lhr.categories.performance?.score ?? 0;
    const sorted = [...runs].sort((x, y) => perf(x) - perf(y));
    const lhr = sorted[Math.floor(sorted.length / 2)]!;
    const { categories: c, audits: a } = lhr;
    // Any audit that cost a point outside performance, named so it can be fixed.
    const failing = (['accessibility', 'best-practices', 'seo'] as const).flatMap((id) =>
      (c[id]?.auditRefs ?? []).filter((ref) => ref.weight > 0 && (a[ref.id]?.score ?? 1) < 1).map((ref) => ref.id),
    );
    console.log(
      `${path.padEnd(38)} ${score(c.performance?.score)}   ${score(c.accessibility?.score)}   ${score(c['best-practices']?.score)}   ${score(c.seo?.score)}` +
        `   ${String(Math.round(metric(lhr, 'largest-contentful-paint'))).padStart(6)}  ${metric(lhr, 'cumulative-layout-shift').toFixed(3)}  ${String(Math.round(metric(lhr, 'total-blocking-time'))).padStart(6)}` +
        `   (${runs.map((r) => score(r.categories.performance?.score).trim()).join(' ')})` +
        (failing.length ? `   failing: ${failing.join(', ')}` : ''),
    );
  }
} finally {
  chrome.kill();
  await server.close();
}
