import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { buildSampleOrFail, readPapersJson, type BuildResult, type PaperEntry } from '../helpers/build-site.ts';
import { startTags } from '../helpers/html.ts';

let site: BuildResult;
let papers: PaperEntry[];
/** Paper url → the paper urls its "Related papers" section links to, in order. */
const related = new Map<string, string[]>();

beforeAll(() => {
  site = buildSampleOrFail();
  papers = readPapersJson(site.outDir).papers;
  for (const p of papers) {
    const html = readFileSync(join(site.outDir, 'papers', p.slug, 'index.html'), 'utf8');
    const start = html.indexOf('<section aria-labelledby="related"');
    const section = start < 0 ? '' : html.slice(start, html.indexOf('</section>', start));
    related.set(p.url, startTags(section).filter((t) => t.name === 'a').map((t) => t.attrs.href!));
  }
});

test('every paper page lists five related papers, never itself, each an existing paper', () => {
  const urls = new Set(papers.map((p) => p.url));
  for (const [url, list] of related) {
    expect(list, url).toHaveLength(5);
    expect(list, url).not.toContain(url);
    for (const href of list) expect(urls.has(href), href).toBe(true);
  }
});

test('at least 80% of the (paper, related paper) pairs share a topic, and 85% of the lists hold such a pair', () => {
  const topics = new Map(papers.map((p) => [p.url, p.topics.filter((t) => t !== 'other')]));
  const shares = (url: string, other: string) => topics.get(other)!.some((t) => topics.get(url)!.includes(t));
  const pairs = [...related].flatMap(([url, list]) => list.map((other) => shares(url, other)));
  expect(pairs.filter(Boolean).length / pairs.length).toBeGreaterThanOrEqual(0.8);
  const lists = [...related].filter(([url, list]) => list.some((other) => shares(url, other)));
  expect(lists.length / related.size).toBeGreaterThanOrEqual(0.85);
});

test('the build report gives the topic-overlap shares', () => {
  expect(site.stdout).toMatch(/related papers: \d+% of pairs and \d+% of lists share a topic with their paper/);
});
