import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { searchSourceFor } from '../../scripts/lib/project-paths.ts';
import { readSearchSource } from '../../scripts/lib/write-search-source.ts';
import { buildFixtureOrFail, ROOT, type BuildResult } from '../helpers/build-site.ts';

/**
 * The build indexes small search pages written from the data while Astro
 * renders, not the rendered pages. Indexed by the real Pagefind, each must
 * give what its paper page gives: the same address, result metadata (title,
 * authors) and number of distinct words, for text of every kind.
 */
const FIXTURES = ['listing-with-hostile-titles-and-abstracts', 'zotero-bibtex-with-accents-math-and-multi-paragraph-abstracts'];

describe.each(FIXTURES)('search pages of %s', (fixture) => {
  let build: BuildResult;
  beforeAll(() => {
    build = buildFixtureOrFail(fixture);
  });
  afterAll(async () => {
    await pagefind.close();
  });

  test('index with the same address, metadata and words as the built paper pages', async () => {
    const { pages } = await readSearchSource(searchSourceFor(ROOT, build.contentDir));
    expect(pages.length).toBe(readdirSync(join(build.outDir, 'papers'), { withFileTypes: true }).filter((e) => e.isDirectory()).length);
    const { index: fromPages } = await pagefind.createIndex();
    const { index: fromSearchPages } = await pagefind.createIndex();
    const differ: string[] = [];
    for (const { path: sourcePath, html } of pages) {
      const page = await fromPages!.addHTMLFile({ sourcePath, content: readFileSync(join(build.outDir, sourcePath), 'utf8') });
      const searchPage = await fromSearchPages!.addHTMLFile({ sourcePath, content: html });
      expect(page.errors).toEqual([]);
      if (JSON.stringify(searchPage.file) !== JSON.stringify(page.file)) differ.push(`${JSON.stringify(page.file)}\n${JSON.stringify(searchPage.file)}`);
    }
    expect(differ).toEqual([]);
  });
});
