import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { buildSampleOrFail, readPapersJson, type BuildResult } from '../helpers/build-site.ts';
import { startTags } from '../helpers/html.ts';

let site: BuildResult;
/** Topic slug → the paper urls its page links to. */
const linked = new Map<string, Set<string>>();

beforeAll(() => {
  site = buildSampleOrFail();
  const topicsDir = join(site.outDir, 'topics');
  for (const e of readdirSync(topicsDir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    const html = readFileSync(join(topicsDir, e.name, 'index.html'), 'utf8');
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    linked.set(e.name, new Set(startTags(main).filter((t) => t.name === 'a' && t.attrs.href?.startsWith('/papers/')).map((t) => t.attrs.href!)));
  }
});

test('every paper is linked from at least one topic page', () => {
  const onSomePage = new Set([...linked.values()].flatMap((s) => [...s]));
  const missing = readPapersJson(site.outDir).papers.filter((p) => !onSomePage.has(p.url)).map((p) => p.slug);
  expect(missing).toEqual([]);
});

test('each topic page lists exactly the papers that papers.json puts in that topic', () => {
  const papers = readPapersJson(site.outDir).papers;
  expect(linked.size).toBeGreaterThan(1);
  for (const [topic, urls] of linked) {
    expect([...urls].sort(), topic).toEqual(papers.filter((p) => p.topics.includes(topic)).map((p) => p.url).sort());
  }
});

test('every topic a paper names has a page', () => {
  const named = new Set(readPapersJson(site.outDir).papers.flatMap((p) => p.topics));
  for (const topic of named) expect(linked.has(topic), topic).toBe(true);
});
