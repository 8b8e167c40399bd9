/**
 * The service worker's code (`sw.js`), on Workbox's runtime. The build
 * bundles it once per set of options and fills in the precache list of each
 * build (see scripts/stages/write-offline-worker.ts).
 */
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';

/** What the worker is told at build time. */
export interface ServiceWorkerOptions {
  /** Prefix of every cache name, so sites under different base paths of one origin never share caches. */
  cacheId: string;
  /** Cache for pages read online that are not precached (OFFLINE_PAGES=none). */
  pagesCacheName: string;
  /** Seconds a page request waits for the network before it falls back to the cached copy. */
  networkTimeoutSeconds: number;
}

// Only the part of the service worker global scope used here (the DOM types do not describe it).
declare const self: { skipWaiting(): Promise<void>; registration: { scope: string } };

/** Cache for BibTeX files downloaded online, so they download offline too. */
const BIB_CACHE = 'bib';

/**
 * Precaches `manifest` (addresses with content revisions) and serves it,
 * takes over from an older worker at once and deletes the caches it left,
 * and keeps pages read online for offline use.
 */
export function startServiceWorker(options: ServiceWorkerOptions, manifest: PrecacheEntry[]): void {
  setCacheNameDetails({ prefix: options.cacheId });
  void self.skipWaiting();
  clientsClaim();
  precacheAndRoute(manifest, {
    // Addresses ask for /papers/x/, the file is papers/x/index.html.
    directoryIndex: 'index.html',
    // Query strings only steer scripts (?q=, ?topic=, ?highlight=, Pagefind's cache-busting ?ts=): the file is the same.
    ignoreURLParametersMatching: [/.*/],
  });
  cleanupOutdatedCaches();
  // BibTeX files are not precached (most are never downloaded); one fetched online is kept. Before pages: a download may be a navigation.
  registerRoute(({ url }) => url.pathname.endsWith('.bib'), new NetworkFirst({ cacheName: `${options.cacheId}-${BIB_CACHE}`, networkTimeoutSeconds: options.networkTimeoutSeconds }), 'GET');
  // Pages not precached are kept once read, and served from there offline;
  // an address neither the network nor the cache has gets the site's not-found page, as online.
  const notFound = { handlerDidError: async () => (await matchPrecache(new URL('404.html', self.registration.scope).href)) ?? undefined };
  registerRoute(({ request }) => request.mode === 'navigate', new NetworkFirst({ cacheName: options.pagesCacheName, networkTimeoutSeconds: options.networkTimeoutSeconds, plugins: [notFound] }), 'GET');
}
