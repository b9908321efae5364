import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { foldPunctuationWidth } from '../../src/lib/punctuation';
import { axeViolations, colourRules } from '../support/axe';
import { openPage } from '../support/chromium';
import { builtReportYears } from '../support/built';
import { useSite } from '../support/browser-site';
import { layoutShifted, recordLayoutShifts } from '../support/layout-shift';

const site = useSite();

/**
 * Pixels of a chart that differ from the page behind it: 0 means blank. Read from a screenshot,
 * as a reader sees it (the canvas itself belongs to the chart worker).
 */
async function paintedPixels(page: Page, figure: string): Promise<number> {
  const png = await page.locator(`${figure} canvas`).screenshot();
  return page.evaluate(async (base64) => {
    // Handed over as base64: a screenshot as an array of numbers took seconds to pass.
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const context = new OffscreenCanvas(image.width, image.height).getContext('2d')!;
    context.drawImage(image, 0, 0);
    // Each pixel as one 32-bit number, compared with the first (the background).
    const pixels = new Uint32Array(context.getImageData(0, 0, image.width, image.height).data.buffer);
    let painted = 0;
    for (const pixel of pixels) if (pixel !== pixels[0]) painted++;
    return painted;
  }, png.toString('base64'));
}

async function drawAll(page: Page): Promise<string[]> {
  const figures = await page.locator('figure.chart').evaluateAll((fs) => fs.map((f) => `#${f.id}`));
  for (const figure of figures) {
    await page.locator(figure).scrollIntoViewIfNeeded();
    // Drawn, or failed (said at once rather than at the test's time-out).
    await page.waitForSelector(`${figure} .chart-canvas:is([data-drawn], [data-failed])`, { state: 'attached' });
    expect(await page.locator(`${figure} .chart-canvas`).getAttribute('data-drawn'), `${figure} drawn`).toBe('true');
  }
  return figures;
}

// Concurrent: each case opens its own page (a context of its own).
describe.concurrent('indicator charts', () => {
  it.each(['/indicators/', ...builtReportYears().map((year) => `/reports/${year}/`)])(
    '%s draws every chart when it scrolls into view',
    async (path) => {
      const { page, errors } = await openPage(site.browser, site.origin + path);
      const figures = await drawAll(page);
      expect(figures.length).toBeGreaterThan(0);
      for (const figure of figures) expect(await paintedPixels(page, figure), figure).toBeGreaterThan(2000);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it('loads Chart.js only once a chart is near the viewport', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1440, height: 900 } });
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(`${site.origin}/reports/2016/`);
    await page.waitForLoadState('networkidle');
    expect(requested.some((u) => /chart-(render|worker)/.test(u))).toBe(false);
    expect(await page.locator('#p-1').isVisible()).toBe(true);
    await page.locator('#indicators').scrollIntoViewIfNeeded();
    await page.waitForSelector('.chart-canvas[data-drawn]', { state: 'attached' });
    expect(requested.some((u) => u.includes('chart-worker'))).toBe(true);
    await page.close();
  });

  it('a value links to the sentence that states it', async () => {
    const { page } = await openPage(site.browser, `${site.origin}/reports/2015/`);
    await page.locator('#indicators').scrollIntoViewIfNeeded();
    const rows = (
      (await (await page.request.get(`${site.origin}/indicators/indicators.json`)).json()) as {
        values: { value: number; source: string; quote: string }[];
      }
    ).values;
    const cell = page.locator('.chart-table td[data-value]').first();
    const value = Number(await cell.getAttribute('data-value'));
    await cell.locator('a').click();
    const url = new URL(page.url());
    const row = rows.find((r) => r.source.endsWith(url.pathname + url.hash) && r.value === value);
    expect(row, `${url.pathname}${url.hash} ${value}`).toBeDefined();
    // The page sets the punctuation of Chinese sentences full-width; the data keeps the source's.
    expect(foldPunctuationWidth((await page.locator(`${url.hash}:target`).textContent())!)).toContain(row!.quote);
    await page.close();
  });

  it('shows every table without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/indicators/`);
    const figures = await page.locator('figure.chart').count();
    expect(figures).toBeGreaterThan(3);
    expect(await page.locator('figure.chart table.chart-table').count()).toBe(figures);
    expect(await page.locator('.chart-table tbody tr').count()).toBeGreaterThan(figures);
    expect(await page.locator('.chart-canvas[data-drawn]').count()).toBe(0);
    // No empty box waiting for a chart that cannot come: the table is the content.
    for (const box of await page.locator('.chart-canvas').all()) expect(await box.isVisible()).toBe(false);
    await context.close();
  });

  it('says so when the chart code cannot load, and keeps the table', async () => {
    const { page, errors } = await openPage(site.browser, `${site.origin}/reports/2016/`, 1440, async (p) => {
      await p.route(/chart-render|chart-worker/, (route) => route.abort());
    });
    const figure = page.locator('figure.chart').first();
    await figure.scrollIntoViewIfNeeded();
    await figure.locator('.chart-canvas[data-failed]').waitFor();
    expect(await figure.locator('.chart-loading').textContent()).toBe('图表未能载入（网络可能中断）；下表列出全部数据。');
    expect(await figure.locator('table.chart-table').isVisible()).toBe(true);
    expect(errors.filter((e) => !e.includes('ERR_FAILED'))).toEqual([]);
    await page.close();
  });
});

describe('when the chart worker cannot draw', () => {
  const failed = '图表未能载入（网络可能中断）；下表列出全部数据。';
  /** Scrolls each chart of the page into view in turn; what each box then says, once drawn or failed. */
  async function scrollThroughCharts(page: Page, wait: (figure: string) => Promise<unknown>): Promise<string[]> {
    const figures = await page.locator('figure.chart').evaluateAll((fs) => fs.map((f) => `#${f.id}`));
    expect(figures.length).toBeGreaterThan(3);
    const said: string[] = [];
    for (const figure of figures) {
      await page.locator(figure).scrollIntoViewIfNeeded();
      await wait(figure);
      said.push((await page.locator(`${figure} .chart-canvas:is([data-drawn], [data-failed]) .chart-loading`).textContent())!);
    }
    return said;
  }

  it('says so in every chart, those scrolled to after the failure too, when its script does not load', async () => {
    const { page, errors } = await openPage(site.browser, `${site.origin}/indicators/`, 1440, async (p) => {
      await p.route(/chart-worker/, (route) => route.abort());
    });
    const said = await scrollThroughCharts(page, (figure) => page.locator(`${figure} .chart-canvas[data-failed]`).waitFor());
    expect(new Set(said)).toEqual(new Set([failed]));
    expect(await page.locator('.chart-canvas[data-drawn]').count()).toBe(0);
    expect(errors.filter((e) => !e.includes('ERR_FAILED'))).toEqual([]);
    await page.close();
  });

  it.each(['chart-worker', 'chart-render'])('says so within 15 seconds in every chart when %s never arrives', async (script) => {
    const { page, errors } = await openPage(site.browser, `${site.origin}/indicators/`, 1440, async (p) => {
      await p.clock.install();
      // The script is asked for and never answered, as on a connection that has died.
      await p.route(new RegExp(script), () => new Promise(() => undefined));
    });
    const waited: number[] = [];
    const now = () => page.evaluate(() => Date.now());
    const said = await scrollThroughCharts(page, async (figure) => {
      const start = await now();
      // A second at a time, until the box says it failed.
      await expect
        .poll(
          async () => {
            await page.clock.fastForward(1000);
            return page.locator(`${figure} .chart-canvas`).getAttribute('data-failed');
          },
          { timeout: 20_000, interval: 20 },
        )
        .toBe('');
      waited.push((await now()) - start);
    });
    expect(new Set(said)).toEqual(new Set([failed]));
    // No chart waits longer than its 15 seconds (a chart near the one in view starts waiting with it).
    for (const ms of waited) expect(ms).toBeLessThan(17_000);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a chart as a reader reads and saves it', () => {
  it('sets its words and numbers at 12 px or more: the type size the chart worker is told to use', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 800 } });
    // What the page sends the worker (src/scripts/chart-drawing.ts), as the worker receives it.
    await page.addInitScript(() => {
      const sizes: number[] = [];
      (window as unknown as { chartFontSizes: number[] }).chartFontSizes = sizes;
      const post = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function (this: Worker, ...args: unknown[]) {
        const theme = (args[0] as { theme?: { fontSize: number } }).theme;
        if (theme) sizes.push(theme.fontSize);
        return (post as (...a: unknown[]) => void).apply(this, args);
      } as Worker['postMessage'];
    });
    for (const path of ['/reports/2012/', '/indicators/']) {
      await page.goto(site.origin + path);
      const figures = await drawAll(page);
      const sizes = await page.evaluate(() => (window as unknown as { chartFontSizes: number[] }).chartFontSizes);
      expect(sizes, path).toHaveLength(figures.length);
      for (const size of sizes) expect(size, path).toBeGreaterThanOrEqual(12);
    }
    await page.close();
  });

  it.each([
    ['/indicators/', '#series-gdp', 'gdp.png'],
    ['/reports/2016/', '#growth-2016', 'growth-2016.png'],
  ])('%s offers %s, once drawn, as a PNG of the chart at its size, named %s, moving nothing', async (path, figure, name) => {
    const page = await site.browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 2, acceptDownloads: true });
    // Shifts of the charts and what follows them in their figures (the margin's notes are placed apart).
    await recordLayoutShifts(page, 'figure.chart');
    await page.goto(site.origin + path);
    // No button before its chart is drawn (nor without JavaScript, whose page has none drawn).
    const early = await page
      .locator('figure.chart')
      .evaluateAll((fs) =>
        fs.filter((f) => !f.querySelector('[data-drawn]') && !f.querySelector<HTMLButtonElement>('.chart-canvas button')!.hidden),
      );
    expect(early).toEqual([]);
    await page.locator(figure).scrollIntoViewIfNeeded();
    await page.waitForSelector(`${figure} .chart-canvas[data-drawn]`, { state: 'attached' });
    const button = page.locator(`${figure} .chart-canvas button`);
    await button.waitFor({ state: 'visible' });
    // The button, which the pages' axe check (gates.test.ts) does not see: it draws no chart.
    for (const colorScheme of ['dark', 'light'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page, [...colourRules, 'button-name', 'target-size'], figure), colorScheme).toEqual([]);
    }
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe(name);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const png = Buffer.concat(chunks);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    const drawn = await page
      .locator(`${figure} canvas`)
      .evaluate((c) => [Math.floor(c.clientWidth * devicePixelRatio), Math.floor(c.clientHeight * devicePixelRatio)]);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual(drawn);
    expect(drawn[0]).toBeGreaterThan(1000);
    // On the page's background, not transparent: the file reads as the page shows it.
    const [corner, paper] = await page.evaluate(
      async (bytes) => {
        const image = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
        const context = new OffscreenCanvas(1, 1).getContext('2d')!;
        context.drawImage(image, 0, 0);
        const hex = getComputedStyle(document.documentElement).getPropertyValue('--paper').trim();
        return [[...context.getImageData(0, 0, 1, 1).data], [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))];
      },
      [...png],
    );
    expect(corner).toEqual([...paper!, 255]);
    expect(await layoutShifted(page)).toBe(0);
    await page.close();
  });
});

describe('a chart across the years', () => {
  it('spaces the years in proportion: 2011, 2014 and 2015 stand 3 years and 1 year apart', async () => {
    // /indicators/ 地区生产总值: figures for 2011, 2014 and 2015 only (checked against its table).
    const { page } = await openPage(site.browser, `${site.origin}/indicators/`, 360);
    const figure = '#series-gdp';
    const years = await page.locator(`${figure} .chart-table tbody th`).allTextContents();
    expect(years.map((y) => y.trim())).toEqual(['2011年', '2014年', '2015年']);
    await page.locator(figure).scrollIntoViewIfNeeded();
    await page.waitForSelector(`${figure} .chart-canvas[data-drawn]`, { state: 'attached' });
    const png = await page.locator(`${figure} canvas`).screenshot();
    // The centre of each run of columns that hold the bars' colour, from the screenshot.
    const centres = await page.evaluate(
      async ({ bytes, accent }) => {
        const image = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
        const context = new OffscreenCanvas(image.width, image.height).getContext('2d')!;
        context.drawImage(image, 0, 0);
        const { data, width, height } = context.getImageData(0, 0, image.width, image.height);
        const [r, g, b] = [1, 3, 5].map((i) => parseInt(accent.slice(i, i + 2), 16));
        const barColumn = (x: number) => {
          let n = 0;
          for (let y = 0; y < height; y++) {
            const i = (y * width + x) * 4;
            if (Math.abs(data[i]! - r!) + Math.abs(data[i + 1]! - g!) + Math.abs(data[i + 2]! - b!) < 40) n++;
          }
          return n > height / 10;
        };
        const runs: number[][] = [];
        for (let x = 0; x < width; x++) {
          if (!barColumn(x)) continue;
          const last = runs.at(-1);
          if (last && last.at(-1) === x - 1) last.push(x);
          else runs.push([x]);
        }
        return runs.map((run) => (run[0]! + run.at(-1)!) / 2);
      },
      {
        bytes: [...png],
        accent: await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim()),
      },
    );
    expect(centres).toHaveLength(3);
    const [a, b, c] = centres as [number, number, number];
    expect((b - a) / (c - b)).toBeCloseTo(3, 0);
    await page.close();
  });
});
