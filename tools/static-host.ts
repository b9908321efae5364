import compression from 'compression';
import { readFileSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { createServer, STATUS_CODES, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative, sep } from 'node:path';
import send from 'send';
import { headersFor, parseHeadersFile, type HeaderRule } from '../src/lib/host/host-headers';

/** A built site being served, and how to stop it. */
export interface StaticHost {
  origin: string;
  close: () => Promise<void>;
}

interface Site {
  /** The folder's real path: every file served, links resolved, lies inside it. */
  root: string;
  rules: HeaderRule[];
  notFoundPage: Buffer | undefined;
}

/**
 * Serves a built site (dist/) the way a static host does, for `npm start` (tools/serve.ts) and
 * the tests (tests/support/static-server.ts). `send` (Express's file sender) answers with the
 * file: its type, Range (206, 416), conditional GET (304); `compression` gzips text. This layer
 * adds the host's part: the headers of the site's `_headers` on every answer, dir/ →
 * dir/index.html, dir → 301 to dir/, 404.html with status 404, only GET and HEAD (405
 * otherwise), and it serves nothing outside the folder (a link leading out of it is not followed),
 * no dotfile and not `_headers` itself. Whatever goes wrong, the answer is a plain line of text,
 * never a stack or a path of this machine.
 */
export async function serveDist(dir: string, { port = 0, host = '127.0.0.1' } = {}): Promise<StaticHost> {
  const site = await siteIn(dir);
  const server = createServer((req, res) => {
    // gzip only, not the brotli `compression` prefers: the bytes on the wire that
    // docs/benchmarks.md reports were measured with gzip.
    req.headers['accept-encoding'] = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') ? 'gzip' : 'identity';
    gzip(req, res, () => {
      answer(site, req, res).catch((error: unknown) => {
        console.error(error);
        if (res.headersSent) res.destroy();
        else plain(res, 500, {});
      });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const origin = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
  return { origin, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function siteIn(dir: string): Promise<Site> {
  let root: string;
  let headersFile: string;
  try {
    root = await realpath(dir);
    headersFile = await readFile(join(root, '_headers'), 'utf8');
  } catch {
    throw new Error(`${dir} has no _headers file: is it a built site? (npm run build writes dist/)`);
  }
  const notFound = await inside(root, join(root, '404.html'));
  return {
    root,
    rules: parseHeadersFile(headersFile),
    notFoundPage: notFound && !notFound.folder ? readFileSync(notFound.real) : undefined,
  };
}

// Compression is Express middleware that uses only what Node's own request and response have.
const gzip = compression({
  threshold: 0,
  // A range is bytes of the file as it is: compressed, it would be bytes of another representation.
  // A file of no known type goes as it is: stock Pagefind's files come gzipped.
  filter: (req, res) =>
    res.statusCode !== 206 && res.getHeader('Content-Type') !== 'application/octet-stream' && compression.filter(req, res),
}) as unknown as (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

async function answer(site: Site, req: IncomingMessage, res: ServerResponse): Promise<void> {
  // Node accepts only printable ASCII in a request line, so the query can go back in a header.
  const url = req.url ?? '/';
  const queryAt = url.includes('?') ? url.indexOf('?') : url.length;
  const rawPath = url.slice(0, queryAt);
  const path = decoded(rawPath);
  const headers = headersFor(site.rules, path ?? rawPath);
  if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, headers, { Allow: 'GET, HEAD' });
  if (path === undefined || !path.startsWith('/') || path.includes('\0')) {
    return plain(res, 400, headers, {}, 'Bad request: not a path of this site\n');
  }

  const segments = path.split('/').filter(Boolean);
  // ".." and dotfiles are never the site's, nor is the host's own file.
  if (segments.some((s) => s.startsWith('.')) || segments.join('/') === '_headers') return notFound(site, res, headers);
  let target = await inside(site.root, join(site.root, ...segments));
  if (target?.folder) {
    if (!path.endsWith('/')) {
      // The folder's own path, rebuilt from its names: one leading slash, so never "//host".
      const location = `/${segments.map(encodeURIComponent).join('/')}/${url.slice(queryAt)}`;
      return plain(res, 301, headers, { Location: location }, `Moved to ${location}\n`);
    }
    target = await inside(site.root, join(target.real, 'index.html'));
  } else if (path.endsWith('/')) return notFound(site, res, headers);
  if (!target || target.folder) return notFound(site, res, headers);

  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  const file = `/${relative(site.root, target.real).split(sep).map(encodeURIComponent).join('/')}`;
  send(req, file, { root: site.root, index: false })
    .on('error', (error: { status: number; headers?: OutgoingHttpHeaders }) => {
      if (error.status === 404) notFound(site, res, headers);
      else if (res.headersSent) res.destroy();
      else plain(res, error.status, headers, error.headers ?? {});
    })
    .pipe(res);
}

function decoded(rawPath: string): string | undefined {
  try {
    return decodeURIComponent(rawPath);
  } catch {
    return undefined;
  }
}

/** The real path of a file or folder, if it exists inside the site once every link is resolved. */
async function inside(root: string, path: string): Promise<{ real: string; folder: boolean } | undefined> {
  try {
    const real = await realpath(path);
    if (real !== root && !real.startsWith(root + sep)) return undefined;
    const stats = await stat(real);
    return stats.isFile() || stats.isDirectory() ? { real, folder: stats.isDirectory() } : undefined;
  } catch {
    // Missing, a file taken for a folder, a name too long, a loop of links: nothing to serve.
    return undefined;
  }
}

function notFound(site: Site, res: ServerResponse, headers: Record<string, string>): void {
  if (!site.notFoundPage) return plain(res, 404, headers);
  clear(res);
  res.writeHead(404, { ...headers, 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': site.notFoundPage.length });
  res.end(site.notFoundPage);
}

function plain(
  res: ServerResponse,
  status: number,
  headers: OutgoingHttpHeaders,
  extra: OutgoingHttpHeaders = {},
  body = `${status} ${STATUS_CODES[status]}\n`,
): void {
  clear(res);
  res.writeHead(status, { ...headers, ...extra, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

/** Drops what `send` had set for a file before it turned out not to be served. */
function clear(res: ServerResponse): void {
  for (const name of res.getHeaderNames()) res.removeHeader(name);
}
