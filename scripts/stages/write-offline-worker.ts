/**
 * Stage: `sw.js`, a Workbox service worker that precaches the app shell, the
 * pages (OFFLINE_PAGES) and the whole Pagefind bundle of a built site. Every
 * build gets a new worker whenever any file changed (the precache list
 * carries a content hash per file): it takes over at once and drops what the
 * new build no longer has. Content hashes of files unchanged since the last
 * build into the same folder, and the bundled worker code, are kept in
 * `.papershelf/cache/offline/`.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { injectManifest, renderManifest, shapeManifest } from '../../src/lib/offline/precache-manifest.ts';
import { cacheIdFor, precacheGlobs } from '../../src/lib/offline/precache-plan.ts';
import { selectPrecached } from '../../src/lib/offline/select-precached.ts';
import type { Reporter } from '../../src/lib/reporter.ts';
import type { Settings } from '../../src/lib/settings/settings-schema.ts';
import { bundleWorker } from '../lib/bundle-worker.ts';
import { reviseFiles, revisionCachePath } from '../lib/precache-revisions.ts';
import { listSiteFiles } from '../lib/site-files.ts';

/** Writes `<site>/sw.js`; returns the log lines. */
export async function writeOfflineWorker(root: string, site: string, settings: Settings, reporter: Reporter): Promise<string[]> {
  const cacheDir = join(root, '.papershelf', 'cache', 'offline');
  const cacheId = cacheIdFor(settings.base);
  const { files: paths, unmatched } = selectPrecached(listSiteFiles(site), precacheGlobs(settings.offlinePages));
  const revised = await reviseFiles(site, paths, revisionCachePath(cacheDir, site));
  const { code, reused } = await bundleWorker(root, cacheDir, { cacheId, pagesCacheName: `${cacheId}-pages`, networkTimeoutSeconds: 4 });
  // Files are listed relative to the site folder; the site is served under the base path.
  const { entries, count, size } = shapeManifest(revised.files, settings.base);
  await writeFile(join(site, 'sw.js'), injectManifest(code, renderManifest(entries)));
  for (const pattern of unmatched) {
    reporter.add({ file: 'sw.js', line: 0, severity: 'warning', rule: 'precache-pattern-unmatched', message: `The precache pattern "${pattern}" matched no file of the built site.`, hint: 'Check that the stage that writes those files ran; the offline copy lacks them.' });
  }
  for (const w of revised.warnings) reporter.add({ file: 'sw.js', line: 0, severity: 'warning', rule: 'precache-revision', message: w });
  const files = (n: number) => `${n} file${n === 1 ? '' : 's'}`;
  return [
    `  offline: ${files(revised.hashed)} read, ${files(count - revised.hashed)} unchanged since the last build; worker code ${reused ? 'reused' : 'bundled'}`,
    `  offline: sw.js precaches ${count} files, ${(size / 1024).toFixed(0)} KiB (${size} bytes); pages: ${settings.offlinePages}`,
  ];
}
