import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { buildSampleOrFail, readPapersJson, type BuildResult } from '../helpers/build-site.ts';

/** The topic papers get when no topic in topics.yaml matches them. */
const FALLBACK = 'other';

let site: BuildResult;
beforeAll(() => {
  site = buildSampleOrFail();
});

test('fewer than 10% of the sample papers land in the fallback topic', () => {
  const { papers } = readPapersJson(site.outDir);
  const fallback = papers.filter((p) => p.topics.includes(FALLBACK));
  expect(fallback.length / papers.length).toBeLessThan(0.1);
});

test('the fallback topic has a page exactly when some paper is in it', () => {
  const count = readPapersJson(site.outDir).papers.filter((p) => p.topics.includes(FALLBACK)).length;
  expect(existsSync(join(site.outDir, 'topics', FALLBACK, 'index.html'))).toBe(count > 0);
});
