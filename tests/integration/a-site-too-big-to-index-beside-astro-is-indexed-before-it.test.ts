import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { searchSourceFor } from '../../scripts/lib/project-paths.ts';
import { searchFitsAlongside } from '../../scripts/lib/search-index.ts';
import { readSearchSource } from '../../scripts/lib/write-search-source.ts';
import { indexSearch, indexSearchFirst } from '../../scripts/stages/index-search.ts';
import { buildSampleOrFail, ROOT, type BuildResult } from '../helpers/build-site.ts';

/**
 * At 100,000 papers Astro's memory and Pagefind's do not fit on one machine
 * at once: Pagefind then indexes the search pages before Astro starts and is
 * stopped, and the bundle it wrote is moved into the site at the end. The
 * stage functions run here on the sample's search pages, as the build runs
 * them for a big site.
 */
let build: BuildResult;
let work: string;
beforeAll(() => {
  build = buildSampleOrFail();
  work = mkdtempSync(join(tmpdir(), 'papershelf-index-first-'));
});
afterAll(async () => {
  await pagefind.close();
  rmSync(work, { recursive: true, force: true });
});

test('a site of 100,000 papers on 24 GB is indexed before Astro, 10,000 beside it', () => {
  expect(searchFitsAlongside(10_000, 24 * 1024 ** 3)).toBe(true);
  expect(searchFitsAlongside(100_000, 24 * 1024 ** 3)).toBe(false);
});

test('the bundle is written before the site exists and moved into it whole', async () => {
  const source = searchSourceFor(ROOT, build.contentDir);
  const { pages } = await readSearchSource(source);
  const search = { source, alongside: false, draft: join(work, 'draft') };
  const first = await indexSearchFirst(search);
  expect(first).toMatch(new RegExp(`^  ${pages.length} pages indexed before the Astro site, in [\\d.]+ s$`));
  expect(existsSync(join(search.draft, 'pagefind-entry.json'))).toBe(true);
  // Astro renders the site afterwards; here an empty folder stands for it.
  const site = join(work, 'site');
  mkdirSync(site);
  const finished = await indexSearch(site, search);
  expect(finished).toMatch(new RegExp(`^  ${pages.length} pages indexed, [\\d.]+ s since Pagefind started before the Astro site$`));
  expect(existsSync(search.draft)).toBe(false);
  // The same bundle as the build beside Astro wrote: the same files, the same page count.
  expect(readdirSync(join(site, 'pagefind')).sort()).toEqual(readdirSync(join(build.outDir, 'pagefind')).sort());
  const entry = (dir: string) => JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
  expect(entry(site).languages).toEqual(entry(build.outDir).languages);
});
