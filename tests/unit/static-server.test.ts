import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist } from '../support/static-server';

/** A raw GET, with the path sent exactly as written (fetch would normalise it). */
function get(origin: string, path: string): Promise<{ status: number; location?: string; body: string }> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(origin);
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body, ...(res.headers.location ? { location: res.headers.location } : {}) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the test server (tests/support/static-server.ts)', () => {
  const root = mkdtempSync(join(tmpdir(), 'jiangmen-dist-')) + '/';
  let server: Awaited<ReturnType<typeof serveDist>>;
  beforeAll(async () => {
    mkdirSync(join(root, 'reports'));
    writeFileSync(join(root, 'reports/index.html'), '<p>reports</p>');
    writeFileSync(join(root, '404.html'), '<p>not found</p>');
    writeFileSync(join(root, '_headers'), '/*\n  X-Content-Type-Options: nosniff\n');
    server = await serveDist(root);
  });
  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves a folder at its slash, and redirects to it', async () => {
    expect(await get(server.origin, '/reports/')).toMatchObject({ status: 200, body: '<p>reports</p>' });
    expect(await get(server.origin, '/reports')).toMatchObject({ status: 301, location: '/reports/' });
  });

  it('answers malformed percent-encoding with 400, and keeps serving', async () => {
    expect((await get(server.origin, '/%E0%A4%A')).status).toBe(400);
    expect((await get(server.origin, '/reports/')).status).toBe(200);
  });

  it('never redirects off the site', async () => {
    const { status, location } = await get(server.origin, '/%2F%2Fevil.example/..%2Freports');
    expect(status).toBe(301);
    expect(location).toMatch(/^\/[^/]/);
    expect(new URL(location!, server.origin).origin).toBe(server.origin);
  });

  it('answers a missing page with the 404 page', async () => {
    expect(await get(server.origin, '/nowhere/')).toMatchObject({ status: 404, body: '<p>not found</p>' });
  });
});
