import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectCopy } from '../support/project-copy';
import { useSite } from '../support/browser-site';

const site = useSite();
const root = fileURLToPath(new URL('../../', import.meta.url));

/** A free port on loopback. */
const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** `npm run dev` (astro dev) on a copy of the project: the pages, the search and live content. */
describe('astro dev', () => {
  const project = projectCopy();
  let dev: ChildProcess | undefined;
  let origin = '';
  /** What the dev server printed, shown when a test fails. */
  let output = '';
  beforeAll(async () => {
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    dev = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
      cwd: project.dir,
      // Not the test runner's own variables (NODE_ENV=test, VITEST…): Astro reads them.
      env: {
        ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|TEST$|NODE_ENV$)/.test(k))),
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`astro dev did not start:\n${output}`)), 60_000);
      dev!.stdout!.on('data', (chunk: Buffer) => {
        output += chunk;
        if (output.includes('ready in')) {
          clearTimeout(timer);
          resolve();
        }
      });
      dev!.stderr!.on('data', (chunk: Buffer) => (output += chunk));
    });
  }, 90_000);
  afterAll(() => {
    dev?.kill();
    project.remove();
  });

  it('searches, with the index built from the content', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${origin}/search/?q=${encodeURIComponent('碉楼')}`);
    await page.waitForSelector('#search-results:is([data-state="done"], [data-state="problem"])', { state: 'attached', timeout: 30_000 });
    expect(await page.locator('.search-hits a[href^="/reports/"]').count(), output).toBeGreaterThan(0);
    await page.close();
  });

  it('shows a glossary edit on the next load, with no restart', async () => {
    const glossary = async () => (await fetch(`${origin}/glossary/`)).text();
    expect(await glossary()).not.toContain('开发服务器测试');
    project.edit('content/glossary.yaml', (yaml) => yaml.replace('definition: 开放之门', 'definition: 开发服务器测试。开放之门'));
    await expect.poll(glossary, { timeout: 10_000 }).toContain('开发服务器测试');
  });
});
