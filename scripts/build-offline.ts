/**
 * Build stage after Pagefind: writes `sw.js`, a Workbox service worker that
 * precaches the app shell, the pages (see OFFLINE_PAGES) and the whole
 * Pagefind bundle, into the built site given as the first argument.
 * Every build gets a new worker whenever any file changed (the precache list
 * carries a content hash per file): it takes over at once and drops what the
 * new build no longer has.
 */
import { join } from 'node:path';
import { generateSW } from 'workbox-build';
import { cacheIdFor, precacheGlobs, readOfflinePages } from '../src/lib/offline/precache-plan.ts';
import { siteOptions } from '../src/lib/site-options.ts';

const site = process.argv[2];
if (!site) throw new Error('usage: build-offline.ts <built-site-folder>');
const { base } = siteOptions(process.env);
const mode = readOfflinePages(process.env.OFFLINE_PAGES);

const { count, size, warnings } = await generateSW({
  globDirectory: site,
  ...precacheGlobs(mode),
  swDest: join(site, 'sw.js'),
  // Files are listed relative to the site folder; the site is served under the base path.
  modifyURLPrefix: { '': base },
  cacheId: cacheIdFor(base),
  // Addresses ask for /papers/x/, the file is papers/x/index.html.
  directoryIndex: 'index.html',
  // Query strings only steer scripts (?q=, ?topic=, ?highlight=, Pagefind's cache-busting ?ts=): the file is the same.
  ignoreURLParametersMatching: [/.*/],
  maximumFileSizeToCacheInBytes: 20 * 1024 * 1024,
  skipWaiting: true,
  clientsClaim: true,
  cleanupOutdatedCaches: true,
  inlineWorkboxRuntime: true,
  sourcemap: false,
  mode: 'production',
  // Pages not precached (OFFLINE_PAGES=none) are kept once read, and served from there offline.
  runtimeCaching: [{ urlPattern: ({ request }) => request.mode === 'navigate', handler: 'NetworkFirst', options: { cacheName: `${cacheIdFor(base)}-pages`, networkTimeoutSeconds: 4 } }],
});
for (const w of warnings) console.warn(`build-offline: ${w}`);
console.log(`offline: sw.js precaches ${count} files, ${(size / 1024).toFixed(0)} KiB (${size} bytes); pages: ${mode}`);
