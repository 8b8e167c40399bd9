import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { copyFixture, removeBuildCache, runBuild, type BuildResult } from '../helpers/build-site.ts';
import { listFilesDeep, readPages, startTags } from '../helpers/html.ts';

/** Text XML and CDATA choke on, written into the titles and abstracts of extra sources. */
const TRAP = 'Ends CDATA ]]> and opens <![CDATA[ and <script>alert(1)</script> & \u0001\u0007 bell';

let site: BuildResult;
const parser = new XMLParser({ ignoreAttributes: false, trimValues: false, parseTagValue: false, htmlEntities: false });

beforeAll(() => {
  const contentDir = copyFixture('listing-with-hostile-titles-and-abstracts');
  writeFileSync(join(contentDir, 'sources', 'older.txt'), `2024-03-14\n\nOlder paper: ${TRAP}\n\nAn abstract: ${TRAP}.\n`);
  writeFileSync(join(contentDir, 'sources', 'newer.txt'), `May 2, 2024\n\nNewer paper about CDATA\n\nThe abstract ]]> ends early.\n`);
  site = runBuild(contentDir);
  if (site.status !== 0) throw new Error(`${site.stdout}\n${site.stderr}`);
});

afterAll(() => {
  removeBuildCache(site.contentDir);
  rmSync(site.contentDir, { recursive: true, force: true });
  rmSync(join(site.outDir, '..'), { recursive: true, force: true });
});

const read = (path: string) => readFileSync(join(site.outDir, path), 'utf8');

test('every RSS and Atom feed of the site and its topics is well-formed XML', () => {
  const feeds = listFilesDeep(site.outDir, ['rss.xml', 'atom.xml']);
  expect(feeds.length).toBeGreaterThanOrEqual(4);
  for (const feed of feeds) expect(() => SyntaxValidator.validate(read(feed)), feed).not.toThrow();
});

test('titles come back from the feeds as the page shows them, control characters dropped', () => {
  const expected = `Older paper: ${TRAP.replace(/[\u0001\u0007]/g, '').replace(/\s+/g, ' ')}`;
  const rss = parser.parse(read('rss.xml'));
  const atom = parser.parse(read('atom.xml'));
  expect(rss.rss.channel.item.map((i: { title: string }) => i.title)).toContain(expected);
  expect(atom.feed.entry.map((e: { title: string }) => e.title)).toContain(expected);
});

test('dated papers come first, newest first, then the undated ones', () => {
  const titles = parser.parse(read('rss.xml')).rss.channel.item.map((i: { title: string }) => i.title as string);
  expect(titles[0]).toBe('Newer paper about CDATA');
  expect(titles[1]).toMatch(/^Older paper/);
  const json = JSON.parse(read('feed.json'));
  expect(json.items.slice(0, 2).map((i: { date_published?: string }) => i.date_published)).toEqual(['2024-05-02T00:00:00Z', '2024-03-14T00:00:00Z']);
  expect(json.items[2].date_published).toBeUndefined();
});

test('the JSON Feed is version 1.1 with an id, url and content on every item', () => {
  const json = JSON.parse(read('feed.json'));
  expect(json.version).toBe('https://jsonfeed.org/version/1.1');
  for (const item of json.items) expect([typeof item.id, typeof item.url, typeof item.content_html]).toEqual(['string', 'string', 'string']);
});

test('every page links the site feeds in its head, and topic pages their own feeds, to files that exist', () => {
  const pages = readPages(site.outDir);
  for (const [path, html] of pages) {
    const head = html.slice(0, html.indexOf('</head>'));
    const feeds = startTags(head).filter((t) => t.name === 'link' && t.attrs.rel === 'alternate').map((t) => t.attrs.href!);
    expect(feeds.slice(0, 3), path).toEqual(['/rss.xml', '/atom.xml', '/feed.json']);
    const topic = /^topics\/([^/]+)\/index\.html$/.exec(path)?.[1];
    if (topic) expect(feeds.slice(3), path).toEqual([`/topics/${topic}/rss.xml`, `/topics/${topic}/atom.xml`]);
    for (const href of feeds) expect(() => read(href.slice(1)), href).not.toThrow();
  }
});
