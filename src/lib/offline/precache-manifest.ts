/**
 * The precache list written into the service worker: one entry per file,
 * its address under the base path and its revision, in the shape Workbox's
 * `precacheAndRoute` takes.
 */

/** Files bigger than this are not precached (Workbox's own limit is 2 MiB; the search index may exceed it). */
export const MAXIMUM_FILE_SIZE = 20 * 1024 * 1024;

/** Where the worker's code expects the list, as Workbox's `injectManifest` does. */
export const INJECTION_POINT = 'self.__WB_MANIFEST';

/** One entry of the precache list. */
export interface PrecacheEntry {
  url: string;
  revision: string;
}

/** The list and what it adds up to, for the build's summary line. */
export interface PrecacheManifest {
  entries: PrecacheEntry[];
  count: number;
  /** Total bytes of the precached files. */
  size: number;
}

/** Why a file is left out of the precache list, worded like Workbox's warning. */
export function oversizeWarning(path: string, size: number, maximum = MAXIMUM_FILE_SIZE): string {
  return `${path} is ${(size / 1024 / 1024).toFixed(1)} MiB, and won't be precached (the limit is ${maximum / 1024 / 1024} MiB).`;
}

/** The precache list for files relative to the site, which is served under `base` (`/` or `/sub/`). */
export function shapeManifest(files: readonly { path: string; size: number; revision: string }[], base: string): PrecacheManifest {
  let size = 0;
  const entries = files.map((file) => {
    size += file.size;
    return { url: `${base}${file.path}`, revision: file.revision };
  });
  return { entries, count: entries.length, size };
}

/** The list as a JavaScript array literal, one compact `{url:"…",revision:"…"}` object per entry. */
export function renderManifest(entries: readonly PrecacheEntry[]): string {
  return `[${entries.map((e) => `{url:${JSON.stringify(e.url)},revision:${JSON.stringify(e.revision)}}`).join(',')}]`;
}

/**
 * Puts the rendered list in place of the worker code's single
 * {@link INJECTION_POINT}; throws when there is none or more than one.
 */
export function injectManifest(code: string, manifest: string): string {
  const parts = code.split(INJECTION_POINT);
  if (parts.length !== 2) throw new Error(`The service worker code must use ${INJECTION_POINT} exactly once, not ${parts.length - 1} times.`);
  return parts.join(manifest);
}
