/**
 * The service worker (/sw.js): after one visit, the reading pages of the edition being read and
 * every script and style open without a network (docs/decisions/offline.md). The build
 * (src/integrations/service-worker.ts) bundles it, writing in what to keep (PRECACHE) and a
 * version from the bytes kept (VERSION). Each version has its own cache, filled whole at install;
 * nothing fetched later is written into it, so a page never mixes two versions. No skipWaiting:
 * a new version waits until no page of the old one is open.
 */
import { addressesFor, cacheName, editionsRead, staleCaches, type PrecacheList } from '../lib/offline/precache';

declare const PRECACHE: PrecacheList;
declare const VERSION: string;

// The worker's own types, which the DOM library the rest of src/scripts/ uses does not declare.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  location: Location;
  clients: { matchAll(options: { includeUncontrolled: boolean; type: 'window' }): Promise<{ url: string }[]> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}
const worker = self as unknown as WorkerScope;
const cache = cacheName(VERSION);

worker.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      // The editions of the pages open now (the one that registered this worker among them).
      const windows = await worker.clients.matchAll({ includeUncontrolled: true, type: 'window' });
      const addresses = addressesFor(PRECACHE, editionsRead(windows.map((w) => new URL(w.url).pathname)));
      // From the server, not the HTTP cache, which may hold an older version's page.
      await (await caches.open(cache)).addAll(addresses.map((address) => new Request(address, { cache: 'reload' })));
    })(),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((names) => Promise.all(staleCaches(names, cache).map((name) => caches.delete(name)))));
});

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== worker.location.origin) return;
  // A page with a query (/search/?q=…, a report's ?hl=…) is the page kept without it.
  const navigation = request.mode === 'navigate';
  event.respondWith(
    caches
      .open(cache)
      .then((kept) => kept.match(request, { ignoreSearch: navigation }))
      .then((kept) => kept ?? fetch(request)),
  );
});
