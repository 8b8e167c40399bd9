import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildEnvironment, copyFixture, readPapersJson, removeBuildCache, ROOT, runBuild } from '../helpers/build-site.ts';

/**
 * `astro build` without `npm run build`'s plan: the papershelf integration
 * still finishes the site from Astro's build hooks, indexing every built page
 * for search, so what `astro.config.mjs` builds is a whole site too.
 */
const contentDir = copyFixture('each-kind-of-source-gives-its-papers-links-to-read-them');
const outDir = join(contentDir, 'dist');
let astro: { status: number | null; stdout: string; stderr: string };

beforeAll(() => {
  expect(runBuild(contentDir, { script: 'build-papers' }).status).toBe(0);
  astro = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], { cwd: ROOT, encoding: 'utf8', env: buildEnvironment(contentDir, outDir), maxBuffer: 64 * 1024 * 1024 });
}, 240_000);
afterAll(() => {
  removeBuildCache(contentDir);
  rmSync(contentDir, { recursive: true, force: true });
});

test('succeeds and writes every paper page with its BibTeX file, the text the paper-pages stage made', () => {
  expect(astro.status, astro.stderr).toBe(0);
  const { papers } = readPapersJson(outDir);
  const citations = JSON.parse(readFileSync(join(contentDir, 'papers', '_citations.json'), 'utf8')) as Record<string, string>;
  expect(papers.length).toBeGreaterThan(0);
  for (const paper of papers) {
    expect(existsSync(join(outDir, 'papers', paper.slug, 'index.html'))).toBe(true);
    expect(readFileSync(join(outDir, 'papers', `${paper.slug}.bib`), 'utf8')).toBe(citations[paper.slug]);
  }
});

test('indexes every built page that has a search body, and writes the offline worker over the bundle', () => {
  expect(astro.stdout).toMatch(/\d+ built pages indexed/);
  const entry = JSON.parse(readFileSync(join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
  expect(indexed).toBe(readPapersJson(outDir).papers.length);
  expect(readFileSync(join(outDir, 'sw.js'), 'utf8')).toContain('pagefind/pagefind-entry.json');
});
