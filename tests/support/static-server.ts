import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { headersFor, parseHeadersFile } from '../../src/lib/host/host-headers';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};

/**
 * Serves the built site the way a static host does: dir/ → dir/index.html, 404.html otherwise,
 * text compressed with gzip when the browser asks (stock Pagefind's files come compressed),
 * and the headers of dist/_headers, so the tests run under the CSP and headers a host would send.
 */
export async function serveDist(
  root = fileURLToPath(new URL('../../dist/', import.meta.url)),
): Promise<{ origin: string; close: () => Promise<void> }> {
  const rules = parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8'));
  const server: Server = createServer((req, res) => {
    const rawPath = new URL(req.url ?? '/', 'http://x').pathname;
    let path: string;
    try {
      path = decodeURIComponent(rawPath);
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad request: malformed percent-encoding\n');
      return;
    }
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) file = root;
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        // The path as the browser sent it (still encoded), from one slash: "//host" or a
        // decoded "%2F%2Fhost" would make the redirect leave the site.
        res.writeHead(301, { location: `/${rawPath.replace(/^\/+/, '')}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    const found = existsSync(file);
    const body = readFileSync(found ? file : join(root, '404.html'));
    const type = found ? (types[extname(file)] ?? 'application/octet-stream') : types['.html']!;
    const gzip = /^text\/|json|svg/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']));
    res.writeHead(found ? 200 : 404, {
      ...headersFor(rules, path),
      'content-type': type,
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    res.end(gzip ? gzipSync(body) : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
