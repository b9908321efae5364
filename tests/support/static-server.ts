import { fileURLToPath } from 'node:url';
import { serveDist as serve, type StaticHost } from '../../tools/static-host';

/**
 * The built site (dist/, or another built folder) served on a free port of 127.0.0.1 by the
 * server `npm start` uses (tools/static-host.ts), so the tests run under the headers, types and
 * answers a host would give.
 */
export function serveDist(dir = fileURLToPath(new URL('../../dist/', import.meta.url))): Promise<StaticHost> {
  return serve(dir);
}
