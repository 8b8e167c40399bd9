/**
 * Build stage after Pagefind: writes `sw.js`, a Workbox service worker that
 * precaches the app shell, the pages (see OFFLINE_PAGES) and the whole
 * Pagefind bundle, into the built site given as the first argument.
 * Every build gets a new worker whenever any file changed (the precache list
 * carries a content hash per file): it takes over at once and drops what the
 * new build no longer has.
 * Content hashes of files unchanged since the last build into the same folder,
 * and the bundled worker code, are kept in `.papershelf/cache/offline/`.
 */
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { injectManifest, renderManifest, shapeManifest } from '../src/lib/offline/precache-manifest.ts';
import { cacheIdFor, precacheGlobs, readOfflinePages } from '../src/lib/offline/precache-plan.ts';
import { selectPrecached } from '../src/lib/offline/select-precached.ts';
import { siteOptions } from '../src/lib/site-options.ts';
import { bundleWorker } from './lib/bundle-worker.ts';
import { reviseFiles, revisionCachePath } from './lib/precache-revisions.ts';
import { listSiteFiles } from './lib/site-files.ts';

if (!process.argv[2]) throw new Error('usage: build-offline.ts <built-site-folder>');
const site = resolve(process.argv[2]);
const cacheDir = join(process.cwd(), '.papershelf', 'cache', 'offline');
const { base } = siteOptions(process.env);
const mode = readOfflinePages(process.env.OFFLINE_PAGES);
const cacheId = cacheIdFor(base);

const { files: paths, unmatched } = selectPrecached(listSiteFiles(site), precacheGlobs(mode));
const revised = await reviseFiles(site, paths, revisionCachePath(cacheDir, site));
const { code, reused } = await bundleWorker(process.cwd(), cacheDir, { cacheId, pagesCacheName: `${cacheId}-pages`, networkTimeoutSeconds: 4 });
// Files are listed relative to the site folder; the site is served under the base path.
const { entries, count, size } = shapeManifest(revised.files, base);
await writeFile(join(site, 'sw.js'), injectManifest(code, renderManifest(entries)));

for (const pattern of unmatched) console.warn(`build-offline: the pattern "${pattern}" matched no file in ${site}.`);
for (const w of revised.warnings) console.warn(`build-offline: ${w}`);
const files = (n: number) => `${n} file${n === 1 ? '' : 's'}`;
console.log(`offline: ${files(revised.hashed)} read, ${files(count - revised.hashed)} unchanged since the last build; worker code ${reused ? 'reused' : 'bundled'}`);
console.log(`offline: sw.js precaches ${count} files, ${(size / 1024).toFixed(0)} KiB (${size} bytes); pages: ${mode}`);
