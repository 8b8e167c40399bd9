import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { buildSampleOrFail, makeContentDir, readPapersJson, removeBuildCache, runBuild, type BuildResult } from '../helpers/build-site.ts';
import { listFilesDeep } from '../helpers/html.ts';

const BASE = '/papershelf/';

/** The addresses in a built sw.js precache list. */
function precached(outDir: string): string[] {
  const sw = readFileSync(join(outDir, 'sw.js'), 'utf8');
  return [...sw.matchAll(/\{url:"([^"]+)",revision:(?:"[^"]*"|null)\}/g)].map((m) => m[1]!);
}

let site: BuildResult;
beforeAll(() => {
  site = buildSampleOrFail(BASE);
});

test('sw.js precaches every page and every file of the Pagefind bundle a search loads, under the base path', () => {
  const urls = new Set(precached(site.outDir));
  for (const page of listFilesDeep(site.outDir, ['.html'])) expect(urls.has(`${BASE}${page}`), page).toBe(true);
  const bundle = listFilesDeep(join(site.outDir, 'pagefind'), ['']).filter((f) => !/pagefind-(component-|modular-)?ui\.|wasm\.unknown/.test(f));
  for (const file of bundle) expect(urls.has(`${BASE}pagefind/${file}`), file).toBe(true);
  expect(bundle.some((f) => f.startsWith('fragment/'))).toBe(true);
  expect(bundle).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'wasm.en.pagefind', 'pagefind-highlight.js']));
  for (const url of urls) expect(url.startsWith(BASE), url).toBe(true);
});

test('sw.js precaches the math stylesheet and its WOFF2 fonts, so pages with math look right offline', () => {
  const urls = new Set(precached(site.outDir));
  expect(urls.has(`${BASE}katex/katex.min.css`)).toBe(true);
  const fonts = listFilesDeep(join(site.outDir, 'katex', 'fonts'), ['.woff2']);
  expect(fonts.length).toBeGreaterThan(10);
  for (const font of fonts) expect(urls.has(`${BASE}katex/fonts/${font}`), font).toBe(true);
});

test('the build reports how much the worker precaches', () => {
  const m = /offline: sw\.js precaches (\d+) files, \d+ KiB \((\d+) bytes\); pages: all/.exec(site.stdout);
  expect(m).not.toBeNull();
  const files = precached(site.outDir);
  expect(Number(m![1])).toBe(files.length);
  const bytes = files.reduce((sum, url) => sum + statSync(join(site.outDir, url.slice(BASE.length))).size, 0);
  expect(Number(m![2])).toBe(bytes);
});

test('every page registers the worker for the base path, and the manifest starts and stays under it', () => {
  const html = readFileSync(join(site.outDir, 'index.html'), 'utf8');
  expect(html).toContain(`const worker = "${BASE}sw.js"`);
  expect(html).toContain(`const scope = "${BASE}"`);
  expect(html).toContain(`<link rel="manifest" href="${BASE}manifest.webmanifest">`);
  const manifest = JSON.parse(readFileSync(join(site.outDir, 'manifest.webmanifest'), 'utf8')) as { start_url: string; scope: string; icons: { src: string; sizes: string }[] };
  expect(manifest.start_url).toBe(BASE);
  expect(manifest.scope).toBe(BASE);
  for (const icon of manifest.icons) expect(statSync(join(site.outDir, icon.src.slice(BASE.length))).size).toBeGreaterThan(0);
  expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
});

test('with OFFLINE_PAGES=none only the shell pages are precached; the search bundle still is', () => {
  const contentDir = makeContentDir({ 'listing.txt': 'First paper about masks\n\nAn abstract.\n\nSecond paper about vision\n\nAnother abstract.\n' });
  const small = runBuild(contentDir, { env: { OFFLINE_PAGES: 'none' } });
  removeBuildCache(contentDir);
  expect(small.status, small.stderr).toBe(0);
  expect(small.stdout).toContain('pages: none');
  const urls = precached(small.outDir);
  expect(urls.filter((u) => u.startsWith('/papers/'))).toEqual([]);
  expect(urls).toEqual(expect.arrayContaining(['/index.html', '/search/index.html', '/pagefind/pagefind.js']));
  expect(readPapersJson(small.outDir).count).toBe(2);
});
