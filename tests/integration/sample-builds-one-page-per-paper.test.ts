import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { buildSampleOrFail, readPapersJson, type BuildResult } from '../helpers/build-site.ts';

/** The bundled listing has this many papers. */
const SAMPLE_PAPERS = 73;

let site: BuildResult;
beforeAll(() => {
  site = buildSampleOrFail();
});

test('papers.json lists every paper of the sample once', () => {
  const { count, papers } = readPapersJson(site.outDir);
  expect(count).toBe(SAMPLE_PAPERS);
  expect(papers).toHaveLength(SAMPLE_PAPERS);
  expect(new Set(papers.map((p) => p.slug)).size).toBe(SAMPLE_PAPERS);
});

test('dist/papers/ holds one page per paper, at the url papers.json gives', () => {
  const dirs = readdirSync(join(site.outDir, 'papers'), { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(site.outDir, 'papers', e.name, 'index.html')))
    .map((e) => e.name)
    .sort();
  const { papers } = readPapersJson(site.outDir);
  expect(dirs).toHaveLength(SAMPLE_PAPERS);
  expect(dirs).toEqual(papers.map((p) => p.slug).sort());
  for (const p of papers) expect(p.url).toBe(`/papers/${p.slug}/`);
});
