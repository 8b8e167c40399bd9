import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { buildFixtureOrFail, readPapersJson, type BuildResult, type PaperEntry } from '../helpers/build-site.ts';
import { textOf } from '../helpers/html.ts';

let site: BuildResult;
let papers: PaperEntry[];

beforeAll(() => {
  // 24 biology abstracts, eight subjects of three papers each, and no topics.yaml.
  site = buildFixtureOrFail('biology-abstracts-without-a-taxonomy');
  papers = readPapersJson(site.outDir).papers;
});

test('fewer than 10% of the papers stay in the fallback topic, and the report says how many', () => {
  const fallback = papers.filter((p) => p.topics.includes('other'));
  expect(fallback.length / papers.length).toBeLessThan(0.1);
  expect(site.stdout).toMatch(/topics: 0 from the taxonomy, \d+ derived; \d+ paper\(s\) \([\d.]+%\) in the fallback topic; 0 placed by the taxonomy, \d+ on derived topics/);
});

test('derived topics have readable names on their pages', () => {
  const names = [...new Set(papers.flatMap((p) => p.topics))].map((t) => textOf(readFileSync(join(site.outDir, 'topics', t, 'index.html'), 'utf8'), 'h1'));
  expect(names).toEqual(expect.arrayContaining(['Gut microbiome', 'Coral reefs', 'Synaptic plasticity', 'Drought tolerance']));
});

test('papers on the same subject share a derived topic', () => {
  const topicOf = (start: string) => papers.filter((p) => p.title.includes(start)).map((p) => p.topics[0]);
  for (const subject of [['Coral Reefs', 'Coral Heat', 'Coral Reef Growth'], ['Gut Microbiome Shapes', 'Gut Microbiome and', 'Gut Microbiome of']]) {
    const topics = subject.flatMap(topicOf);
    expect(topics).toHaveLength(3);
    expect(new Set(topics).size, subject.join(', ')).toBe(1);
  }
});
