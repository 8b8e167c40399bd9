import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { searchSourceFor } from '../../scripts/lib/project-paths.ts';
import { readSearchSource, type SearchSource } from '../../scripts/lib/write-search-source.ts';
import { buildSampleOrFail, ROOT, type BuildResult } from '../helpers/build-site.ts';

/** The sample paper with a hand-written note (content/notes/), which holds a Callout component. */
const NOTED = 'papers/simmim-a-simple-framework-for-masked-image-modeling/index.html';

let build: BuildResult;
let source: SearchSource;
beforeAll(async () => {
  // The run's shared sample build keeps its search pages until the run ends.
  build = buildSampleOrFail();
  source = await readSearchSource(searchSourceFor(ROOT, build.contentDir));
});
afterAll(async () => {
  await pagefind.close();
});

test('the noted paper has a search page like every paper, holding the words of its note', () => {
  expect(source.pages.length).toBe(JSON.parse(readFileSync(join(build.outDir, 'papers.json'), 'utf8')).count);
  const page = source.pages.find((p) => p.path === NOTED)!;
  expect(page.html).toContain('<h2>Notes</h2>');
  expect(page.html).toContain('how little machinery masked image modeling really needs');
  // The words written inside the Callout are searched too.
  expect(page.html).toContain('plain pixel regression are enough');
});

test('the search index is written once, while Astro renders, with no page indexed after it', () => {
  expect(build.stdout).toMatch(new RegExp(`${source.pages.length} pages indexed, [\\d.]+ s since Pagefind started alongside the Astro site`));
});

test('Pagefind reads the search page as the built page, but for the words the component adds itself', async () => {
  const { index: fromPage } = await pagefind.createIndex();
  const { index: fromSearchPage } = await pagefind.createIndex();
  const built = await fromPage!.addHTMLFile({ sourcePath: NOTED, content: readFileSync(join(build.outDir, NOTED), 'utf8') });
  const searched = await fromSearchPage!.addHTMLFile({ sourcePath: NOTED, content: source.pages.find((p) => p.path === NOTED)!.html });
  expect(searched.file.url).toBe(built.file.url);
  expect(searched.file.meta).toEqual(built.file.meta);
  // The one word the page has and the search page has not: the Callout's title, an attribute in the note's source.
  expect(readFileSync(join(build.outDir, NOTED), 'utf8')).toContain('Takeaway');
  expect(built.file.uniqueWords - searched.file.uniqueWords).toBe(1);
});
