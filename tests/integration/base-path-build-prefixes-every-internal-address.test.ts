import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { buildSampleOrFail, readPapersJson, SITE_URL, type BuildResult } from '../helpers/build-site.ts';
import { addressesOf, listFilesDeep, readPages, startTags } from '../helpers/html.ts';

const BASE = '/papershelf/';

let site: BuildResult;
let pages: Map<string, string>;
beforeAll(() => {
  site = buildSampleOrFail(BASE);
  pages = readPages(site.outDir);
});

/** Where a page at `path` (inside dist) is served when the site lives under BASE. */
const pageUrl = (path: string) => new URL(`${BASE}${path.replace(/(^|\/)index\.html$/, '$1')}`, SITE_URL);

test('every internal href, src and action in every page points under the base path', () => {
  const outside: string[] = [];
  for (const [path, html] of pages) {
    for (const tag of startTags(html)) {
      for (const address of addressesOf(tag)) {
        if (address.startsWith('#') || /^(mailto|data|javascript):/i.test(address)) continue;
        // Root-relative addresses must carry the base literally; relative ones must resolve under it.
        const target = new URL(address, pageUrl(path));
        if (target.origin !== SITE_URL) continue;
        if ((address.startsWith('/') && !address.startsWith(BASE)) || !target.pathname.startsWith(BASE)) outside.push(`${path}: <${tag.name}> ${address}`);
      }
    }
  }
  expect(pages.size).toBeGreaterThan(73);
  expect(outside).toEqual([]);
});

test('the search page loads Pagefind from under the base path', () => {
  const html = pages.get('search/index.html')!;
  expect(html).toContain(`data-base="${BASE}"`);
  expect(existsSync(join(site.outDir, 'pagefind', 'pagefind.js'))).toBe(true);
});

test('papers.json gives paper urls under the base path', () => {
  for (const p of readPapersJson(site.outDir).papers) expect(p.url).toBe(`${BASE}papers/${p.slug}/`);
});

test('stylesheets refer to assets under the base path only', () => {
  for (const file of listFilesDeep(join(site.outDir, '_astro'), ['.css'])) {
    for (const m of readFileSync(join(site.outDir, '_astro', file), 'utf8').matchAll(/url\(\s*['"]?(\/[^'")\s]*)/g)) {
      expect(m[1]!.startsWith(BASE) || m[1]!.startsWith('//'), `${file}: ${m[1]}`).toBe(true);
    }
  }
});
