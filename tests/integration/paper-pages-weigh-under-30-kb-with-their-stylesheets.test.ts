import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { buildSampleOrFail, type BuildResult } from '../helpers/build-site.ts';
import { readPages, startTags } from '../helpers/html.ts';

const LIMIT = 30 * 1024;
let site: BuildResult;
let papers: [string, string][];

beforeAll(() => {
  site = buildSampleOrFail();
  papers = [...readPages(site.outDir)].filter(([path]) => /^papers\/[^/]+\/index\.html$/.test(path));
});

test('every paper page, with the stylesheets it links, is under 30 KB', () => {
  expect(papers.length).toBe(73);
  const heavy: string[] = [];
  for (const [path, html] of papers) {
    const sheets = startTags(html).filter((t) => t.name === 'link' && t.attrs.rel === 'stylesheet').map((t) => t.attrs.href!);
    const bytes = Buffer.byteLength(html) + sheets.reduce((sum, href) => sum + statSync(join(site.outDir, href)).size, 0);
    if (bytes >= LIMIT) heavy.push(`${path}: ${bytes} bytes`);
  }
  expect(heavy).toEqual([]);
});

test('the highlighting rules live in the shared stylesheet, not in each page', () => {
  for (const [path, html] of papers) expect(html, path).not.toMatch(/<style[^>]*>[^<]*shiki/);
  const sheets = new Set(papers.flatMap(([, html]) => startTags(html).filter((t) => t.name === 'link' && t.attrs.rel === 'stylesheet').map((t) => t.attrs.href!)));
  expect([...sheets].some((href) => readFileSync(join(site.outDir, href), 'utf8').includes('--shiki-dark'))).toBe(true);
});
