import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { copySampleContent, readPapersJson, removeBuildCache, runBuild, type BuildResult } from '../helpers/build-site.ts';
import { listFilesDeep } from '../helpers/html.ts';

/** Every page and data file of a built site (not the search index, which has its own format). */
function siteFiles(dir: string): Map<string, string> {
  return new Map(listFilesDeep(dir, ['.html', '.json', '.xml', '.txt', '.css', '.js', '.bib']).filter((p) => !p.startsWith('pagefind/')).map((p) => [p, readFileSync(join(dir, p), 'utf8')]));
}

describe('a rebuild after one abstract changed', () => {
  let incremental: BuildResult;
  let full: BuildResult;
  let topicMove: BuildResult;
  let afterIncremental: Map<string, string>;
  let abstractOnly: BuildResult;
  let afterAbstractOnly: Map<string, string>;
  let fullAfterAbstract: BuildResult;
  const listingOf = (content: string) => join(content, 'sources', 'papers-listing.txt');

  beforeAll(() => {
    const content = copySampleContent();
    const first = runBuild(content);
    if (first.status !== 0) throw new Error(first.stderr);
    const listing = readFileSync(listingOf(content), 'utf8');
    // Edits that keep every paper on its topics, so the sidebar stays the same:
    // one abstract, and one title (a new address, and new prev/next labels on its neighbours).
    writeFileSync(
      listingOf(content),
      listing
        .replace('Audio samples are available at', 'Audio samples (and more) are available at')
        .replace('SimMIM: A Simple Framework for Masked Image Modeling\n', 'SimMIM: A Simple Framework for Masked Image Modeling, Revisited\n'),
    );
    incremental = runBuild(content, { outDir: first.outDir });
    afterIncremental = siteFiles(incremental.outDir);
    full = runBuild(content);
    // An abstract alone: no list shows it, so the topic and all-papers pages are reused too.
    writeFileSync(listingOf(content), readFileSync(listingOf(content), 'utf8').replace('Audio samples (and more) are available at', 'Audio samples (and much more) are available at'));
    abstractOnly = runBuild(content, { outDir: first.outDir });
    afterAbstractOnly = siteFiles(abstractOnly.outDir);
    fullAfterAbstract = runBuild(content);
    // An edit that puts a paper on another topic: every sidebar count may change.
    writeFileSync(listingOf(content), readFileSync(listingOf(content), 'utf8').replace('Pointer Networks\n', 'Pointer Networks for image segmentation\n'));
    topicMove = runBuild(content, { outDir: first.outDir });
    removeBuildCache(content);
  });

  test('writes the two changed paper pages and renders only them, the neighbours of the renamed one and the pages listing it as related', () => {
    expect(incremental.status, incremental.stderr).toBe(0);
    expect(incremental.stdout).toMatch(/pages: 73 \(2 written, 71 unchanged, 1 removed\)/);
    const [, render, reuse] = /Incremental build: (\d+) paper page\(s\) to render, (\d+) unchanged; topic and all-papers pages rendered\./.exec(incremental.stdout) ?? [];
    expect(Number(render)).toBeGreaterThanOrEqual(4);
    // Up to 8 for the edited pages and neighbours, plus the few whose related papers include the renamed one.
    expect(Number(render)).toBeLessThanOrEqual(16);
    expect(Number(render) + Number(reuse)).toBe(73);
  });

  test('gives the same site, file for file, as a full build of the same sources', () => {
    expect(full.status, full.stderr).toBe(0);
    expect(full.stdout).not.toContain('Incremental build');
    const a = afterIncremental;
    const b = siteFiles(full.outDir);
    expect([...a.keys()].filter((k) => !b.has(k)), "only in the incremental build").toEqual([]);
    expect([...b.keys()].filter((k) => !a.has(k)), "only in the full build").toEqual([]);
    for (const [path, text] of b) expect(a.get(path), path).toBe(text);
    expect(a.get('papers/maskgct-zero-shot-text-to-speech-with-masked-generative-codec-transformer/index.html')).toContain('Audio samples (and more)');
    expect(a.has('papers/simmim-a-simple-framework-for-masked-image-modeling/index.html')).toBe(false);
    expect(a.get('papers/bootstrap-masked-visual-modeling-via-hard-patches-mining/index.html')).toContain('Masked Image Modeling, Revisited');
  });

  test('after an abstract alone changed, reuses the topic and all-papers pages and still matches a full build', () => {
    expect(abstractOnly.status, abstractOnly.stderr).toBe(0);
    expect(abstractOnly.stdout).toMatch(/Incremental build: 1 paper page\(s\) to render, 72 unchanged; topic and all-papers pages unchanged\./);
    const a = afterAbstractOnly;
    const b = siteFiles(fullAfterAbstract.outDir);
    expect([...a.keys()].filter((k) => !b.has(k)), 'only in the incremental build').toEqual([]);
    expect([...b.keys()].filter((k) => !a.has(k)), 'only in the full build').toEqual([]);
    for (const [path, text] of b) expect(a.get(path), path).toBe(text);
    expect([...a.keys()].filter((k) => /^topics\/[^/]+\/.*index\.html$/.test(k)).length).toBeGreaterThan(14);
    expect(a.get('papers/maskgct-zero-shot-text-to-speech-with-masked-generative-codec-transformer/index.html')).toContain('Audio samples (and much more)');
  });

  test('renders every page again when a paper moves to another topic', () => {
    expect(topicMove.status, topicMove.stderr).toBe(0);
    expect(topicMove.stdout).not.toContain('Incremental build');
    const { papers } = readPapersJson(topicMove.outDir);
    expect(papers.find((p) => p.title === 'Pointer Networks for image segmentation')?.topics).toContain('segmentation-and-detection');
  });
});
