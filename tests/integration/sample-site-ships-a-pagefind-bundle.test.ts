import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { buildSampleOrFail, readPapersJson, type BuildResult } from '../helpers/build-site.ts';

let site: BuildResult;
beforeAll(() => {
  site = buildSampleOrFail();
});

test('dist/pagefind/ holds the JS API, its wasm and index chunks', () => {
  const dir = join(site.outDir, 'pagefind');
  expect(existsSync(join(dir, 'pagefind.js'))).toBe(true);
  const names = readdirSync(dir, { recursive: true }).map(String);
  expect(names.some((n) => n.startsWith('wasm.') && n.endsWith('.pagefind'))).toBe(true);
  expect(names.some((n) => n.endsWith('.pf_meta'))).toBe(true);
  expect(names.some((n) => n.endsWith('.pf_fragment'))).toBe(true);
});

test('Pagefind indexed the paper pages and only those', () => {
  const entry = JSON.parse(readFileSync(join(site.outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  const pages = Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
  expect(pages).toBe(readPapersJson(site.outDir).count);
});

test('paper pages mark their body, title and topic filter for Pagefind', () => {
  const paper = readPapersJson(site.outDir).papers[0]!;
  const html = readFileSync(join(site.outDir, 'papers', paper.slug, 'index.html'), 'utf8');
  expect(html).toContain('data-pagefind-body');
  expect(html).toMatch(/<h1[^>]*data-pagefind-meta="title:/);
  expect(html).toContain('data-pagefind-filter="topic"');
});
