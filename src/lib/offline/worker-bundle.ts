/**
 * The service worker's code is bundled once and kept: a build reuses the kept
 * bundle while its entry (module and options), the bundler and every file it
 * was made from are unchanged.
 */
import type { ServiceWorkerOptions } from '../client/service-worker.ts';
import { INJECTION_POINT } from './precache-manifest.ts';

/** A bundled worker as kept between builds. */
export interface CachedBundle {
  /** The entry module's text, options included. */
  entry: string;
  /** Bundler name and version. */
  bundler: string;
  /** Content hash of each file the bundle was made from, by path. */
  inputs: Record<string, string>;
  /** The bundled code, still holding the injection point for the precache list. */
  code: string;
}

/**
 * The entry module the bundler starts from: it starts the worker in
 * `modulePath` with `options` and the precache list each build puts in
 * place of the injection point.
 */
export function workerEntry(modulePath: string, options: ServiceWorkerOptions): string {
  return `import { startServiceWorker } from ${JSON.stringify(modulePath)};\nstartServiceWorker(${JSON.stringify(options)}, ${INJECTION_POINT});\n`;
}

/**
 * Whether `cached` can stand for a fresh bundle of `entry` by `bundler`:
 * `current` holds today's hash of each of its inputs (undefined when a file
 * is gone).
 */
export function isBundleCurrent(cached: CachedBundle | undefined, entry: string, bundler: string, current: Record<string, string | undefined>): cached is CachedBundle {
  if (!cached || cached.entry !== entry || cached.bundler !== bundler || typeof cached.code !== 'string') return false;
  const inputs = Object.entries(cached.inputs ?? {});
  return inputs.length > 0 && inputs.every(([path, hash]) => current[path] === hash);
}
