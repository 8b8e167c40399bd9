import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { copyFixture, removeBuild, removeBuildCache, runBuild, type BuildResult } from '../helpers/build-site.ts';
import { listFilesDeep } from '../helpers/html.ts';

/**
 * Author and year pages are list pages an incremental build may carry over,
 * and every paper page links its authors to their people. A change to who is
 * highlighted, and an edited abstract, must each give the site a full build gives.
 */
const FIXTURE = 'physics-papers-by-shared-authors-get-one-page-per-person';

/** Every page and data file of a built site (not the search index, which has its own format). */
function siteFiles(dir: string): Map<string, string> {
  return new Map(listFilesDeep(dir, ['.html', '.json', '.xml', '.txt']).filter((p) => !p.startsWith('pagefind/')).map((p) => [p, readFileSync(join(dir, p), 'utf8')]));
}

function expectSameSite(a: Map<string, string>, b: Map<string, string>): void {
  expect([...a.keys()].filter((k) => !b.has(k)), 'only in the incremental build').toEqual([]);
  expect([...b.keys()].filter((k) => !a.has(k)), 'only in the full build').toEqual([]);
  for (const [path, text] of b) expect(a.get(path), path).toBe(text);
}

describe('a rebuild after people.yaml or an abstract changed', () => {
  const builds: BuildResult[] = [];
  let content: string;
  let highlighted: { incremental: BuildResult; files: Map<string, string>; full: Map<string, string> };
  let abstract: { incremental: BuildResult; files: Map<string, string>; full: Map<string, string> };

  /** Builds incrementally into the first build's folder, then in full into a fresh one. */
  const rebuild = (outDir: string) => {
    const incremental = runBuild(content, { outDir });
    const files = siteFiles(incremental.outDir);
    const full = runBuild(content);
    builds.push(full);
    return { incremental, files, full: siteFiles(full.outDir) };
  };

  beforeAll(() => {
    content = copyFixture(FIXTURE);
    const first = runBuild(content);
    builds.push(first);
    if (first.status !== 0) throw new Error(first.stderr);
    writeFileSync(join(content, 'people.yaml'), `${readFileSync(join(content, 'people.yaml'), 'utf8')}  - name: Maxim A. Yurkin\n    highlight: true\n`);
    highlighted = rebuild(first.outDir);
    const bib = join(content, 'sources', 'journal-versions.bib');
    // Past the opening that lists show as a snippet, so no list changes.
    writeFileSync(bib, readFileSync(bib, 'utf8').replace('Extensive numerical\nsimulations were carried out', 'Many numerical\nsimulations were carried out'));
    abstract = rebuild(first.outDir);
  }, 600_000);

  afterAll(() => {
    removeBuildCache(content);
    for (const b of builds) removeBuild(b);
  });

  test('after a newly highlighted person, renders their papers and the lists again and matches a full build', () => {
    expect(highlighted.incremental.status, highlighted.incremental.stderr).toBe(0);
    const [, render] = /Incremental build: (\d+) paper page\(s\) to render, \d+ unchanged; topic and all-papers pages rendered\./.exec(highlighted.incremental.stdout) ?? [];
    expect(Number(render)).toBe(4);
    expectSameSite(highlighted.files, highlighted.full);
    expect(highlighted.files.get('authors/maxim-a-yurkin/index.html')).toContain('<strong>Maxim A. Yurkin</strong>');
  });

  test('after an abstract alone changed, carries the author and year pages over and matches a full build', () => {
    expect(abstract.incremental.status, abstract.incremental.stderr).toBe(0);
    // The edited page, and the few whose related papers the new words reorder.
    const [, render] = /Incremental build: (\d+) paper page\(s\) to render, \d+ unchanged; topic and all-papers pages unchanged\./.exec(abstract.incremental.stdout) ?? [];
    expect(Number(render)).toBeGreaterThanOrEqual(1);
    expect(Number(render)).toBeLessThanOrEqual(10);
    expectSameSite(abstract.files, abstract.full);
    expect([...abstract.files.keys()].filter((k) => k.startsWith('authors/')).length).toBeGreaterThan(400);
    // The year index, five years, and a second page for the 2007 preprints.
    expect([...abstract.files.keys()].filter((k) => k.startsWith('years/')).length).toBe(7);
  });
});
