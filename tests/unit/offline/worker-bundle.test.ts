import { describe, expect, test } from 'vitest';
import { isBundleCurrent, workerEntry, type CachedBundle } from '../../../src/lib/offline/worker-bundle.ts';

const options = { cacheId: 'papershelf-sub', pagesCacheName: 'papershelf-sub-pages', networkTimeoutSeconds: 4 };

describe('workerEntry', () => {
  test('starts the worker module with the options and the injection point', () => {
    const entry = workerEntry('/project/src/lib/client/service-worker.ts', options);
    expect(entry).toContain('from "/project/src/lib/client/service-worker.ts"');
    expect(entry).toContain('startServiceWorker({"cacheId":"papershelf-sub","pagesCacheName":"papershelf-sub-pages","networkTimeoutSeconds":4}, self.__WB_MANIFEST)');
  });

  test('differs when an option differs, so each set of options gets its own bundle', () => {
    expect(workerEntry('/m.ts', options)).not.toBe(workerEntry('/m.ts', { ...options, cacheId: 'papershelf' }));
  });
});

describe('isBundleCurrent', () => {
  const entry = workerEntry('/m.ts', options);
  const cached: CachedBundle = { entry, bundler: 'esbuild 0.28.2', inputs: { 'src/m.ts': 'h1', 'node_modules/workbox-core/index.mjs': 'h2' }, code: 'code' };
  const hashes = { 'src/m.ts': 'h1', 'node_modules/workbox-core/index.mjs': 'h2' };

  test('reuses the bundle when entry, bundler and every input are unchanged', () => {
    expect(isBundleCurrent(cached, entry, 'esbuild 0.28.2', hashes)).toBe(true);
  });

  test.each([
    ['there is none', undefined, entry, 'esbuild 0.28.2', hashes],
    ['the options changed', cached, workerEntry('/m.ts', { ...options, networkTimeoutSeconds: 3 }), 'esbuild 0.28.2', hashes],
    ['the bundler changed', cached, entry, 'esbuild 0.29.0', hashes],
    ['an input changed', cached, entry, 'esbuild 0.28.2', { ...hashes, 'src/m.ts': 'h3' }],
    ['an input is gone', cached, entry, 'esbuild 0.28.2', { ...hashes, 'src/m.ts': undefined }],
    ['it lists no inputs', { ...cached, inputs: {} }, entry, 'esbuild 0.28.2', hashes],
  ])('bundles again when %s', (_, kept, wanted, bundler, current) => {
    expect(isBundleCurrent(kept, wanted, bundler, current)).toBe(false);
  });
});
