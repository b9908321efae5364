import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist } from '../support/static-server';

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  text: string;
}

/** A raw request, with the path sent exactly as written (fetch would normalise it). */
function ask(origin: string, path: string, { method = 'GET', headers = {} as Record<string, string> } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(origin);
    const req = request({ hostname, port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({ status: res.statusCode!, headers: res.headers, body, text: body.toString() });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

// A built site in miniature, and beside it a folder whose name starts with the site's: a
// containment check by `startsWith` on a root without its trailing slash would let it out.
const base = mkdtempSync(join(tmpdir(), 'jiangmen-static-host-'));
const root = join(base, 'dist');
const outside = join(base, 'dist-outside');
const notFoundPage = '<!doctype html><title>找不到</title><p>not found</p>';
const script = 'export const answer = 42;\n'.repeat(100);
const stockPagefindFile = gzipSync(Buffer.from('pagefind_dcd, already compressed'));
const text = '0123456789';

beforeAll(() => {
  mkdirSync(join(root, 'reports/2016'), { recursive: true });
  mkdirSync(join(root, '_astro'));
  mkdirSync(join(root, 'pagefind'));
  mkdirSync(join(root, '.hidden'));
  mkdirSync(outside);
  const files: Record<string, string | Buffer> = {
    'index.html': '<p>home</p>',
    'reports/index.html': '<p>reports</p>',
    'reports/2016/index.html': '<p>2016</p>',
    '404.html': notFoundPage,
    _headers:
      '/*\n  X-Content-Type-Options: nosniff\n  X-Site: jiangmen\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n',
    '.env': 'SECRET=1',
    '.hidden/page.html': 'hidden',
    'robots.txt': 'User-agent: *\n',
    'sitemap-index.xml': '<?xml version="1.0"?><sitemapindex/>',
    'text.txt': text,
    'font.woff2': 'wOF2',
    'image.png': 'png',
    'site.webmanifest': '{}',
    'icon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'module.wasm': 'wasm',
    'data.csv': 'a,b\n',
    'data.json': '{}',
    '_astro/site.js': script,
    'pagefind/index.pf_meta': stockPagefindFile,
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(join(root, name), content);
  writeFileSync(join(outside, 'secret.txt'), 'outside secret');
  symlinkSync(join(outside, 'secret.txt'), join(root, 'leak.txt'));
  symlinkSync(outside, join(root, 'leak-dir'));
  symlinkSync(join(root, 'gone.txt'), join(root, 'dangling.txt'));
  symlinkSync(join(root, 'robots.txt'), join(root, 'alias.txt'));
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('the static host (tools/static-host.ts), on a small built site', () => {
  let origin: string;
  let close: () => Promise<void>;
  beforeAll(async () => ({ origin, close } = await serveDist(root)));
  afterAll(() => close());

  it('serves a folder at its slash, and redirects to it, query kept', async () => {
    expect(await ask(origin, '/')).toMatchObject({ status: 200, text: '<p>home</p>' });
    expect(await ask(origin, '/reports/2016/')).toMatchObject({ status: 200, text: '<p>2016</p>' });
    expect(await ask(origin, '/reports/2016')).toMatchObject({ status: 301, headers: { location: '/reports/2016/' } });
    expect(await ask(origin, '/reports?q=%E5%8F%91%E5%B1%95')).toMatchObject({
      status: 301,
      headers: { location: '/reports/?q=%E5%8F%91%E5%B1%95' },
    });
  });

  it('never redirects off the site', async () => {
    // A Location of "//reports/" would send the browser to a host named "reports".
    for (const path of ['//reports', '///reports', '/%2F%2Freports', '/%2Freports']) {
      const { status, headers } = await ask(origin, path);
      expect(status, path).toBe(301);
      expect(headers.location, path).toBe('/reports/');
    }
    expect((await ask(origin, '/%5Creports')).status).toBe(404);
  });

  it('answers a missing page with the 404 page and status 404', async () => {
    for (const path of ['/nowhere/', '/nowhere', '/reports/2099/', '/text.txt/']) {
      const { status, headers, text } = await ask(origin, path);
      expect(status, path).toBe(404);
      expect(text, path).toBe(notFoundPage);
      expect(headers['content-type'], path).toBe('text/html; charset=utf-8');
    }
  });

  it('answers malformed and absurd paths with 400 or 404 and a plain body, and keeps serving', async () => {
    const answers = {
      '/%E0%A4%A': 400,
      '/%00': 400,
      '/reports%00.html': 400,
      '/%': 400,
      [`/${'a'.repeat(6000)}`]: 404,
      [`/${'a/'.repeat(3000)}`]: 404,
    };
    for (const [path, status] of Object.entries(answers)) {
      const answer = await ask(origin, path);
      expect(answer.status, path.slice(0, 20)).toBe(status);
      expect(answer.text, path.slice(0, 20)).not.toMatch(/\bat \S+ \(|Error|node:|\/tmp\//);
      expect(answer.text.includes(base), path.slice(0, 20)).toBe(false);
    }
    expect((await ask(origin, '/%E0%A4%A')).headers['content-type']).toBe('text/plain; charset=utf-8');
    expect((await ask(origin, '/reports/')).status).toBe(200);
  });

  it('serves nothing outside its folder, however the ".." is written', async () => {
    const sibling = basename(outside);
    for (const path of [
      `/..%2f${sibling}/secret.txt`,
      `/..%2F${sibling}%2Fsecret.txt`,
      `/%2e%2e/${sibling}/secret.txt`,
      `/reports/..%2f..%2f${sibling}/secret.txt`,
      `/../${sibling}/secret.txt`,
    ]) {
      const { status, text } = await ask(origin, path);
      expect(status, path).toBe(404);
      expect(text, path).not.toContain('secret');
    }
  });

  it('does not follow links that lead out of the folder', async () => {
    for (const path of ['/leak.txt', '/leak-dir/secret.txt', '/leak-dir/', '/dangling.txt']) {
      const { status, text } = await ask(origin, path);
      expect(status, path).toBe(404);
      expect(text, path).not.toContain('secret');
    }
    // A link to a file of the site is that file.
    expect(await ask(origin, '/alias.txt')).toMatchObject({ status: 200, text: 'User-agent: *\n' });
  });

  it('serves neither _headers nor dotfiles', async () => {
    for (const path of ['/_headers', '//_headers', '/%5Fheaders', '/.env', '/.hidden/page.html', '/%2eenv']) {
      const { status, text } = await ask(origin, path);
      expect(status, path).toBe(404);
      expect(text, path).toBe(notFoundPage);
    }
  });

  it('sends each file with its type', async () => {
    const types = {
      '/robots.txt': 'text/plain; charset=utf-8',
      '/sitemap-index.xml': 'application/xml',
      '/font.woff2': 'font/woff2',
      '/image.png': 'image/png',
      '/site.webmanifest': 'application/manifest+json; charset=utf-8',
      '/icon.svg': 'image/svg+xml',
      '/module.wasm': 'application/wasm',
      '/data.csv': 'text/csv; charset=utf-8',
      '/data.json': 'application/json; charset=utf-8',
      '/_astro/site.js': 'text/javascript; charset=utf-8',
      '/reports/': 'text/html; charset=utf-8',
    };
    for (const [path, type] of Object.entries(types)) expect((await ask(origin, path)).headers['content-type'], path).toBe(type);
  });

  it('honours Range requests', async () => {
    expect(await ask(origin, '/text.txt', { headers: { range: 'bytes=2-5' } })).toMatchObject({
      status: 206,
      text: '2345',
      headers: { 'content-range': 'bytes 2-5/10' },
    });
    expect(await ask(origin, '/text.txt', { headers: { range: 'bytes=-3' } })).toMatchObject({ status: 206, text: '789' });
    expect(await ask(origin, '/text.txt', { headers: { range: 'bytes=5-2' } })).toMatchObject({ status: 416 });
    const beyond = await ask(origin, '/text.txt', { headers: { range: 'bytes=50-' } });
    expect(beyond).toMatchObject({ status: 416, headers: { 'content-range': 'bytes */10', 'content-type': 'text/plain; charset=utf-8' } });
    // A range of a text file is of its bytes as stored, even when the browser accepts gzip.
    const gzipped = await ask(origin, '/_astro/site.js', { headers: { range: 'bytes=0-5', 'accept-encoding': 'gzip' } });
    expect(gzipped).toMatchObject({ status: 206, text: 'export' });
    expect(gzipped.headers['content-encoding']).toBeUndefined();
  });

  it('answers GET and HEAD, and any other method with 405 and Allow', async () => {
    const head = await ask(origin, '/text.txt', { method: 'HEAD' });
    expect(head).toMatchObject({ status: 200, text: '', headers: { 'content-length': '10' } });
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH']) {
      const { status, headers } = await ask(origin, '/reports/', { method });
      expect(status, method).toBe(405);
      expect(headers.allow, method).toBe('GET, HEAD');
    }
  });

  it('sends the headers of _headers with every answer, by path', async () => {
    for (const path of ['/', '/reports/', '/nowhere/', '/robots.txt', '/%E0%A4%A', '/reports']) {
      expect((await ask(origin, path)).headers, path).toMatchObject({ 'x-site': 'jiangmen', 'x-content-type-options': 'nosniff' });
    }
    expect((await ask(origin, '/_astro/site.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await ask(origin, '/robots.txt')).headers['cache-control']).not.toContain('immutable');
  });

  it('gzips text when asked, and sends stock Pagefind’s compressed files as they are', async () => {
    const js = await ask(origin, '/_astro/site.js', { headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } });
    expect(js.headers['content-encoding']).toBe('gzip');
    expect(js.headers.vary).toMatch(/accept-encoding/i);
    expect(gunzipSync(js.body).toString()).toBe(script);
    expect((await ask(origin, '/_astro/site.js')).headers['content-encoding']).toBeUndefined();
    const page404 = await ask(origin, '/nowhere/', { headers: { 'accept-encoding': 'gzip' } });
    expect(gunzipSync(page404.body).toString()).toBe(notFoundPage);
    const pagefind = await ask(origin, '/pagefind/index.pf_meta', { headers: { 'accept-encoding': 'gzip' } });
    expect(pagefind.headers['content-encoding']).toBeUndefined();
    expect(pagefind.body.equals(stockPagefindFile)).toBe(true);
  });
});

describe("npm start's server (tools/serve.ts)", () => {
  const serveScript = fileURLToPath(new URL('../../tools/serve.ts', import.meta.url));

  /** Runs the serve script on a port until it prints its address or exits. */
  function startServe(port: number) {
    const child = spawn(process.execPath, ['--import', 'tsx', serveScript, '--port', String(port), '--dir', root], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const settled = new Promise<{ code: number | null }>((resolve) => {
      child.stdout.on('data', () => stdout.includes('Serving') && resolve({ code: null }));
      child.on('exit', (code) => resolve({ code }));
    });
    return { child, settled, output: () => ({ stdout, stderr }) };
  }

  function occupy(): Promise<Server> {
    return new Promise((resolve) => {
      const server = createServer().listen(0, 'localhost', () => resolve(server));
    });
  }

  it('refuses a port already in use, with a clear message and a non-zero exit', async () => {
    const taken = await occupy();
    const { port } = taken.address() as AddressInfo;
    try {
      const serve = startServe(port);
      const { code } = await serve.settled;
      expect(code).toBe(1);
      expect(serve.output().stderr).toContain(`Port ${port} is already in use`);
      expect(serve.output().stdout).not.toContain('Serving');
    } finally {
      taken.close();
    }
  });

  it('serves the folder on localhost with its headers', async () => {
    const free = await occupy();
    const { port } = free.address() as AddressInfo;
    await new Promise((resolve) => free.close(resolve));
    const serve = startServe(port);
    try {
      expect(await serve.settled).toEqual({ code: null });
      expect(serve.output().stdout).toContain(`http://localhost:${port}/`);
      const page = await fetch(`http://localhost:${port}/reports/`);
      expect(page.status).toBe(200);
      expect(page.headers.get('x-site')).toBe('jiangmen');
    } finally {
      serve.child.kill();
    }
  });
});
