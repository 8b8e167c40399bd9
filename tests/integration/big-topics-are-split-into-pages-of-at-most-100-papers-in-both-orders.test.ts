import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { makeSyntheticListing } from '../../src/lib/bench/synthetic-corpus.ts';
import { parseListing } from '../../src/lib/sources/listing.ts';
import { makeContentDir, readPapersJson, removeBuildCache, ROOT, runBuild, type BuildResult } from '../helpers/build-site.ts';
import { decodeEntities, startTags } from '../helpers/html.ts';

/** One topic that the first COUNT synthetic papers match by a phrase only their abstracts hold. */
const TOPICS = 'topics:\n  - name: Everything\n    slug: everything\n    description: All of it.\n    match: [sparse graph sketches]\n';
const COUNT = 230;
/**
 * Papers on the whole site: no topic may hold more than a quarter of a site's
 * papers, so a topic of 230 needs a site of at least 920.
 */
const SITE = 930;

/** A synthetic listing of SITE papers whose first COUNT abstracts end with the topic's phrase, twice (one mention in an abstract is not enough). */
function listingWithOneBigTopic(listing: string): string {
  const lines = listing.split('\n');
  // After the page chrome (six lines), every paper is a title, a blank line, an abstract and a blank line.
  for (let i = 0; i < COUNT; i++) lines[6 + i * 4 + 2] += ' We also compare sparse graph sketches, and sparse graph sketches win.';
  return lines.join('\n');
}

let site: BuildResult;

beforeAll(() => {
  const sample = readFileSync(join(ROOT, 'content', 'sources', 'papers-listing.txt'), 'utf8');
  const { records } = parseListing(sample, 'sample');
  const listing = makeSyntheticListing({ titles: records.map((r) => r.title), abstracts: records.map((r) => r.abstract.join(' ')) }, SITE, 7);
  site = runBuild(makeContentDir({ 'synthetic.txt': listingWithOneBigTopic(listing) }, { topics: TOPICS }));
  if (site.status !== 0) throw new Error(`${site.stdout}\n${site.stderr}`);
});

afterAll(() => {
  removeBuildCache(site.contentDir);
  rmSync(site.contentDir, { recursive: true, force: true });
  rmSync(join(site.outDir, '..'), { recursive: true, force: true });
});

/** The paper links in the main list of a topic page, and the page's pager links. */
function readTopicPage(rest: string): { papers: string[]; pager: string[]; start?: string } {
  const html = readFileSync(join(site.outDir, 'topics', 'everything', rest, 'index.html'), 'utf8');
  const list = html.slice(html.indexOf('<ol class="paper-list"'), html.indexOf('</ol>'));
  const at = html.indexOf('class="page-numbers"');
  const pager = at < 0 ? '' : html.slice(at, html.indexOf('</nav>', at));
  const ol = startTags(list)[0];
  return {
    papers: startTags(list).filter((t) => t.name === 'a').map((t) => t.attrs.href!),
    pager: startTags(pager).filter((t) => t.name === 'a').map((t) => t.attrs.href!),
    ...(ol?.attrs.start ? { start: ol.attrs.start } : {}),
  };
}

test('the topic has three pages of 100, 100 and 30 papers at stable addresses, in each order', () => {
  const inTopic = readPapersJson(site.outDir).papers.filter((p) => p.topics.includes('everything'));
  expect(inTopic).toHaveLength(COUNT);
  for (const prefix of ['', 'by-title/']) {
    const pages = ['', '2/', '3/'].map((n) => readTopicPage(`${prefix}${n}`));
    expect(pages.map((p) => p.papers.length)).toEqual([100, 100, 30]);
    expect(new Set(pages.flatMap((p) => p.papers))).toEqual(new Set(inTopic.map((p) => p.url)));
    expect(pages.map((p) => p.start)).toEqual(['1', '101', '201']);
    expect(existsSync(join(site.outDir, 'topics', 'everything', prefix, '4'))).toBe(false);
  }
});

test('pages link to each other with previous, numbers and next', () => {
  expect(readTopicPage('2/').pager).toEqual(['/topics/everything/', '/topics/everything/', '/topics/everything/3/', '/topics/everything/3/']);
  expect(readTopicPage('by-title/').pager).toEqual(['/topics/everything/by-title/2/', '/topics/everything/by-title/3/', '/topics/everything/by-title/2/']);
});

test('the title order lists papers alphabetically across its pages', () => {
  const titles = new Map(readPapersJson(site.outDir).papers.map((p) => [p.url, p.title]));
  const listed = ['', '2/', '3/'].flatMap((n) => readTopicPage(`by-title/${n}`).papers).map((u) => decodeEntities(titles.get(u)!));
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  expect(listed).toEqual([...listed].sort(collator.compare));
});

test('the sitemap lists every topic page', () => {
  const sitemap = readFileSync(join(site.outDir, 'sitemap.xml'), 'utf8');
  for (const rest of ['', '2/', '3/', 'by-title/', 'by-title/2/', 'by-title/3/']) expect(sitemap).toContain(`<loc>https://example.org/topics/everything/${rest}</loc>`);
});
