import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ServiceWorkerOptions } from '../../src/lib/client/service-worker.ts';
import { isBundleCurrent, workerEntry, type CachedBundle } from '../../src/lib/offline/worker-bundle.ts';
import { writeFileAtomic } from './fs-output.ts';

/** The entry module's name in the bundler's list of inputs; it has no file, and the cache compares its text. */
const ENTRY_NAME = 'sw-entry.js';

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

function hashIfPresent(path: string): string | undefined {
  try {
    return sha256(readFileSync(path));
  } catch {
    return undefined;
  }
}

function readCached(path: string): CachedBundle | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as CachedBundle;
  } catch {
    return undefined;
  }
}

/** The worker's code, and whether it came from the cache. */
export interface WorkerBundle {
  code: string;
  reused: boolean;
}

/**
 * The service worker's code (src/lib/client/service-worker.ts with Workbox's
 * runtime, minified, still holding the injection point for the precache
 * list) for `options`. Bundled with esbuild the first time and kept in
 * `cacheDir`; later builds reuse it while nothing it was made from changed.
 */
export async function bundleWorker(root: string, cacheDir: string, options: ServiceWorkerOptions): Promise<WorkerBundle> {
  const entry = workerEntry(join(root, 'src', 'lib', 'client', 'service-worker.ts'), options);
  // The version from the package file: a build that reuses the bundle need not load esbuild.
  const bundler = `esbuild ${(createRequire(import.meta.url)('esbuild/package.json') as { version: string }).version}`;
  const cachePath = join(cacheDir, `worker-${sha256(entry).slice(0, 16)}.json`);
  const cached = readCached(cachePath);
  const current = Object.fromEntries(Object.keys(cached?.inputs ?? {}).map((path) => [path, hashIfPresent(join(root, path))]));
  if (isBundleCurrent(cached, entry, bundler, current)) return { code: cached.code, reused: true };

  const { build } = await import('esbuild');
  const result = await build({
    stdin: { contents: entry, resolveDir: root, sourcefile: ENTRY_NAME, loader: 'js' },
    absWorkingDir: root,
    bundle: true,
    write: false,
    metafile: true,
    format: 'iife',
    platform: 'browser',
    // Every browser with service workers runs ES2017.
    target: 'es2017',
    minify: true,
    legalComments: 'none',
    // Workbox's production build: no development logging or assertions.
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  const code = result.outputFiles[0]!.text;
  const inputs = Object.fromEntries(Object.keys(result.metafile.inputs).filter((path) => path !== ENTRY_NAME).map((path) => [path, hashIfPresent(join(root, path)) ?? '']));
  mkdirSync(cacheDir, { recursive: true });
  await writeFileAtomic(cachePath, JSON.stringify({ entry, bundler, inputs, code } satisfies CachedBundle));
  return { code, reused: false };
}
