/**
 * npm run bench:search — recall, precision, time to first results and bytes fetched, for the real
 * search page of the built site in Chromium, over a keyword list drawn from the reports' text;
 * then the first queries side by side with a stock Pagefind index of the same built pages.
 * Prints numbers; asserts nothing (the tests do that).
 */
import { fileURLToPath } from 'node:url';
import { formsOf } from '../src/lib/content/glossary';
import { loadContent } from '../src/lib/content/load';
import { searchRecords } from '../src/lib/search/records';
import { launchChromium } from '../tests/support/chromium';
import { describeQueryCost, firstQueryCost, serveStockPagefind, stockQueryCost } from '../tests/support/first-query';
import { serveDist } from '../tests/support/static-server';

const content = await loadContent();
const { reports, glossary } = content;
const records = searchRecords(content);
const texts = reports.flatMap((r) => r.blocks.map((b) => b.text));

// The keyword list, drawn deterministically from the text.
const keywords = new Map<string, string>(); // term → kind
const add = (kind: string, term: string) => term && !keywords.has(term) && keywords.set(term, kind);
for (const t of ['中微子', '碉楼', 'PM2.5', '5A', '12345', '8.4%', 'R&D', '佛山', '跨境电子商务', '江门', '发展']) add('brief', t);
for (const entry of glossary.entries) for (const form of formsOf(entry)) add('glossary term', form);
const all = texts.join('\n');
for (const m of (all.match(/\d+(\.\d+)?%/g) ?? []).slice(0, 25)) add('percentage', m);
for (const m of (all.match(/\d+(\.\d+)?亿元/g) ?? []).slice(0, 15)) add('amount', m);
for (const m of all.match(/[A-Za-z][A-Za-z0-9.&+-]*/g) ?? []) add('latin', m);
for (const m of (all.match(/[\u4e00-\u9fff]{2,4}(区|镇|市|县|港|桥|路)/g) ?? []).slice(0, 25)) add('place name', m);
let seed = 20160120;
const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
while (keywords.size < 200) {
  const text = texts[Math.floor(random() * texts.length)]!;
  const length = 2 + Math.floor(random() * 7);
  const start = Math.floor(random() * Math.max(1, text.length - length));
  add('random 2–8 chars', text.slice(start, start + length));
}

// A record contains a term if its text has it, quotation and title marks in the text aside (the
// site's rule: 三公经费 is in “三公”经费), unless the term has marks itself. Written here, apart
// from src/lib/search/text.ts, so that the benchmark checks the site rather than itself.
const mark = /[“”‘’「」『』《》〈〉"']/;
const contains = (text: string, term: string) =>
  (mark.test(term) ? text : text.replaceAll(new RegExp(mark.source, 'g'), '')).toLowerCase().includes(term.toLowerCase());
const truth = (term: string) => new Set(records.filter((r) => contains(r.meta.text, term)).map((r) => r.url));

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const [browser, server] = await Promise.all([launchChromium(), serveDist(dist)]);
const page = await browser.newPage();
await page.goto(`${server.origin}/search/`);

let found = 0;
let expected = 0;
let shown = 0;
let correct = 0;
const times: number[] = [];
const misses: string[] = [];
for (const [term] of keywords) {
  const { ms, urls } = await page.evaluate(async (query) => {
    const input = document.querySelector<HTMLInputElement>('#search-q')!;
    const results = document.querySelector<HTMLElement>('#search-results')!;
    input.value = query;
    const start = performance.now();
    document.querySelector<HTMLFormElement>('#search-form')!.requestSubmit();
    while (results.dataset.state === 'searching') await new Promise((r) => setTimeout(r, 2));
    const ms = performance.now() - start; // to the first screenful
    // Recall counts every hit, so ask for the rest ("继续查找") until all candidates are checked.
    while (results.dataset.state !== 'done' && results.dataset.state !== 'problem') {
      document.querySelector<HTMLButtonElement>('.search-more button')?.click();
      while (results.dataset.state !== 'done' && results.dataset.state !== 'partial') await new Promise((r) => setTimeout(r, 2));
    }
    const urls = [...document.querySelectorAll<HTMLAnchorElement>('.search-group .search-hits a')].map((a) => {
      const url = new URL(a.href);
      return url.pathname + url.hash;
    });
    return { ms, urls };
  }, term);
  const want = truth(term);
  const got = new Set(urls);
  times.push(ms);
  expected += want.size;
  shown += got.size;
  for (const url of got) if (want.has(url)) correct++;
  for (const url of want) if (got.has(url)) found++;
  if ([...want].some((u) => !got.has(u)) || [...got].some((u) => !want.has(u))) misses.push(term);
}

const sorted = [...times].sort((a, b) => a - b);
const kinds = [...keywords.values()].reduce<Record<string, number>>((n, k) => ({ ...n, [k]: (n[k] ?? 0) + 1 }), {});
const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(2) : '100.00');
console.log(
  `keywords: ${keywords.size} (${Object.entries(kinds)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ')})`,
);
console.log(`recall:    ${pct(found, expected)}% (${found} of ${expected} records that contain the query were shown)`);
console.log(`precision: ${pct(correct, shown)}% (${correct} of ${shown} shown records contain the query)`);
console.log(
  `time to results: median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)} ms, p90 ${sorted[Math.floor(sorted.length * 0.9)]!.toFixed(1)} ms, first query ${times[0]!.toFixed(1)} ms`,
);
const stock = await serveStockPagefind(dist);
console.log('\nfirst query, fresh visitor, to the first results: this site | stock Pagefind (default settings, same built pages) | ratio');
for (const query of ['中微子', '发展', '三公经费']) {
  const [here, there] = [await firstQueryCost(browser, server.origin, query), await stockQueryCost(browser, stock.origin, query)];
  console.log(
    `  ${query}: ${describeQueryCost(here)} | ${describeQueryCost(there)} | bytes ${(here.bytes / there.bytes).toFixed(2)}×, time ${(here.ms / there.ms).toFixed(2)}×`,
  );
}
await stock.close();
if (misses.length) console.log(`queries whose results differ from the text: ${misses.join(' | ')}`);
await browser.close();
await server.close();
