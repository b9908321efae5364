/**
 * npm run bench:scale — builds a site of 300 reports (copies of the real three under new years,
 * in a temporary folder) and prints build time, output size, search index size and the bytes a
 * first query fetches, beside the same figures for the real 3-report site.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../tests/support/chromium';
import { describeQueryCost, firstQueryCost } from '../tests/support/first-query';
import { serveDist } from '../tests/support/static-server';

const root = fileURLToPath(new URL('../', import.meta.url));
const count = Number(process.argv[2] ?? 300);
const real = [2012, 2015, 2016];

function bytesIn(path: string): number {
  return readdirSync(path, { recursive: true, encoding: 'utf8' }).reduce((n, f) => {
    const s = statSync(join(path, f));
    return s.isFile() ? n + s.size : n;
  }, 0);
}

/** A copy of the project with `reports` reports; the real content when reports is 3. */
function makeSite(reports: number): string {
  const dir = mkdtempSync(join(tmpdir(), `jiangmen-scale-${reports}-`));
  for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  for (let i = 0; i < reports - real.length; i++) {
    const source = real[i % real.length]!;
    const year = 2100 + i; // new years, so every report has its own page and data file
    const markdown = readFileSync(join(root, `content/reports/${source}.md`), 'utf8')
      .replace(/^year: \d+$/m, `year: ${year}`)
      .replace(/^delivered: \d{4}-/m, `delivered: ${year}-`)
      .replace(/^sourcePosition: \d+$/m, `sourcePosition: ${real.length + 1 + i}`)
      .replace(/^title: .*$/m, `title: 第${i + 1}份扩容测试报告(${source}年报告副本)`);
    writeFileSync(join(dir, `content/reports/${year}.md`), markdown);
    // Its figures refer to the years around its own, as the real report's do around its.
    const shift = (y: string) => Number(y) + year - source;
    const values = readFileSync(join(root, `content/indicators/${source}.yaml`), 'utf8')
      .replace(/\byear: (\d{4})/g, (_, y: string) => `year: ${shift(y)}`)
      .replace(/\bperiod: (\d{4})—(\d{4})/g, (_, from: string, to: string) => `period: ${shift(from)}—${shift(to)}`);
    writeFileSync(join(dir, `content/indicators/${year}.yaml`), values);
  }
  return dir;
}

async function measure(reports: number) {
  const dir = makeSite(reports);
  try {
    const start = performance.now();
    execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const buildSeconds = (performance.now() - start) / 1000;
    const dist = join(dir, 'dist/');
    const [browser, server] = await Promise.all([launchChromium(), serveDist(dist)]);
    try {
      const query = await firstQueryCost(browser, server.origin, '中微子');
      return { reports, buildSeconds, output: bytesIn(dist), index: bytesIn(join(dist, 'search-index')), query };
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const rows = [await measure(real.length), await measure(count)];
console.log('reports  build s   output     search index  first query "中微子" (first screenful of results)');
for (const r of rows) {
  console.log(
    `${String(r.reports).padStart(7)}  ${r.buildSeconds.toFixed(1).padStart(6)}   ${mb(r.output).padStart(8)}   ${mb(r.index).padStart(10)}    ` +
      describeQueryCost(r.query),
  );
}
const [a, b] = rows as [(typeof rows)[0], (typeof rows)[0]];
const scale = b.reports / a.reports;
console.log(
  `growth for ${scale}× the reports: build ${(b.buildSeconds / a.buildSeconds).toFixed(1)}×, output ${(b.output / a.output).toFixed(1)}×, index ${(b.index / a.index).toFixed(1)}×, first-query bytes ${(b.query.bytes / a.query.bytes).toFixed(1)}×`,
);
