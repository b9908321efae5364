/**
 * npm run bench:lighthouse — Lighthouse 12.2.3 (mobile emulation, its default) on each page type
 * of the built site served locally with gzip; prints the four category scores and LCP/CLS/TBT.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from './chromium';
import { serveDist } from './static-server';

const pages = ['/', '/reports/2016/', '/indicators/', '/search/?q=%E4%B8%AD%E5%BE%AE%E5%AD%90', '/glossary/', '/about/', '/404.html'];
const server = await serveDist();
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath,
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const score = (n: number | null | undefined) => String(Math.round((n ?? 0) * 100)).padStart(3);
console.log('page                                   perf  a11y  best   seo    LCP ms  CLS    TBT ms');
try {
  for (const path of pages) {
    const result = await lighthouse(server.origin + path, { port: chrome.port, output: 'json', logLevel: 'error' });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    const { categories: c, audits: a } = result.lhr;
    console.log(
      `${path.padEnd(38)} ${score(c.performance?.score)}   ${score(c.accessibility?.score)}   ${score(c['best-practices']?.score)}   ${score(c.seo?.score)}` +
        `   ${String(Math.round(a['largest-contentful-paint']?.numericValue ?? 0)).padStart(6)}  ${(a['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)}  ${String(Math.round(a['total-blocking-time']?.numericValue ?? 0)).padStart(6)}`,
    );
  }
} finally {
  chrome.kill();
  await server.close();
}
