import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { makeSyntheticListing } from '../../src/lib/bench/synthetic-corpus.ts';
import { parseListing } from '../../src/lib/sources/listing.ts';
import { makeContentDir, readPapersJson, removeBuildCache, ROOT, runBuild, type BuildResult } from '../helpers/build-site.ts';

const sample = parseListing(readFileSync(join(ROOT, 'content', 'sources', 'papers-listing.txt'), 'utf8'), 'sample').records;
const material = { titles: sample.map((r) => r.title), abstracts: sample.map((r) => r.abstract.join(' ')) };

/** Builds a synthetic corpus of `count` papers and returns the build. */
function buildCorpus(count: number): BuildResult {
  const content = makeContentDir({ 'synthetic.txt': makeSyntheticListing(material, count, 7) });
  const result = runBuild(content);
  removeBuildCache(content);
  if (result.status !== 0) throw new Error(`build of ${count} papers failed:\n${result.stdout}\n${result.stderr}`);
  return result;
}

const listItems = (html: string) => (html.match(/<li><a href="\/papers\//g) ?? []).length;

describe('a corpus of 250 papers', () => {
  let small: BuildResult;
  let large: BuildResult;

  beforeAll(() => {
    small = buildCorpus(100);
    large = buildCorpus(250);
  });

  test('lists every paper on pages of 100 under /all/', () => {
    const pages = ['all/index.html', 'all/2/index.html', 'all/3/index.html'].map((p) => readFileSync(join(large.outDir, p), 'utf8'));
    expect(pages.map(listItems)).toEqual([100, 100, 50]);
    expect(pages[2]).toContain('<ol class="paper-list" start="201">');
    expect(readPapersJson(large.outDir).count).toBe(250);
  });

  test('shows the first 100 papers on the home page and links to the rest', () => {
    const home = readFileSync(join(large.outDir, 'index.html'), 'utf8');
    expect(listItems(home)).toBe(100);
    expect(home).toContain('href="/all/">All 250 papers</a>');
  });

  test('keeps a paper page the same size whatever the number of papers', () => {
    const pagesOf = (build: BuildResult) =>
      readPapersJson(build.outDir).papers.map((p) => readFileSync(join(build.outDir, 'papers', p.slug, 'index.html'), 'utf8'));
    // Everything but the paper itself and its prev/next titles: header, sidebar, contents, footer.
    const chrome = (html: string) => html.replace(/<title>[\s\S]*?<\/head>|<article[\s\S]*?<\/article>|<nav class="prev-next"[\s\S]*?<\/nav>/g, '').length;
    const largest = (build: BuildResult) => Math.max(...pagesOf(build).map((h) => Buffer.byteLength(h)));
    expect(largest(large)).toBeLessThan(30_000);
    const smallChrome = Math.max(...pagesOf(small).map(chrome));
    const largeChrome = Math.max(...pagesOf(large).map(chrome));
    // Only the digits of the topic counts may differ.
    expect(Math.abs(largeChrome - smallChrome)).toBeLessThan(40);
  });

  test('lists every page in the sitemap', () => {
    const sitemap = readFileSync(join(large.outDir, 'sitemap.xml'), 'utf8');
    for (const p of readPapersJson(large.outDir).papers) expect(sitemap).toContain(`/papers/${p.slug}/</loc>`);
    expect(sitemap).toContain('/all/3/</loc>');
  });
});
