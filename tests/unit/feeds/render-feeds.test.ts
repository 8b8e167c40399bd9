import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, test } from 'vitest';
import { renderAtom } from '../../../src/lib/feeds/atom.ts';
import { FEED_LIMIT, type FeedItem } from '../../../src/lib/feeds/feed-model.ts';
import { renderJsonFeed } from '../../../src/lib/feeds/json-feed.ts';
import { renderRss } from '../../../src/lib/feeds/rss.ts';

const HOSTILE = 'A ]]> B <![CDATA[ x ]]> <script>alert("&amp;")</script> \u0001\u0008\u000B\uFFFE\u0085 ok';
const info = { title: HOSTILE, description: 'd & <d>', homeUrl: 'https://e.org/', feedUrl: 'https://e.org/rss.xml' };
const item = (n: number, date?: string): FeedItem => ({ url: `https://e.org/papers/p${n}/?a=1&b=2`, title: `${HOSTILE} ${n}`, contentHtml: `<p>${n} &lt;b&gt; ]]></p>`, date, categories: ['Cats & <dogs>'] });
const items = [item(1, '2024-03-14'), item(2)];
/** What the text becomes: XML 1.0 cannot hold these characters at all, so they are dropped. */
const EXPECTED_TITLE = 'A ]]> B <![CDATA[ x ]]> <script>alert("&amp;")</script> \u0085 ok';
const parser = new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: false, trimValues: false, parseTagValue: false });

describe.each([
  ['renderRss', renderRss, (doc: any) => [doc.rss.channel.title, doc.rss.channel.item[0].title]],
  ['renderAtom', renderAtom, (doc: any) => [doc.feed.title, doc.feed.entry[0].title]],
] as const)('%s', (_name, render, titles) => {
  test('returns well-formed XML for hostile titles, abstracts and URLs', () => {
    expect(() => SyntaxValidator.validate('<a><b></a>')).toThrow();
    expect(SyntaxValidator.validate(render(info, items))).toBe(true);
  });

  test('returns titles that parse back to the text, minus the characters XML forbids', () => {
    const [feedTitle, firstTitle] = titles(parser.parse(render(info, items)));
    expect(feedTitle).toBe(EXPECTED_TITLE);
    expect(firstTitle).toBe(`${EXPECTED_TITLE} 1`);
  });

  test(`returns at most ${FEED_LIMIT} items`, () => {
    const many = Array.from({ length: FEED_LIMIT + 5 }, (_, i) => item(i));
    expect(render(info, many).match(/<(item|entry)>/g)).toHaveLength(FEED_LIMIT);
  });
});

describe('renderAtom', () => {
  test('returns the newest item date as the feed update time, and a fixed one for undated entries', () => {
    const doc = parser.parse(renderAtom(info, items));
    expect(doc.feed.updated).toBe('2024-03-14T00:00:00Z');
    expect(doc.feed.entry[1].updated).toBe('1970-01-01T00:00:00Z');
  });
});

describe('renderRss', () => {
  test('returns an RFC 822 pubDate for dated items only', () => {
    const doc = parser.parse(renderRss(info, items));
    expect(doc.rss.channel.item[0].pubDate).toBe('Thu, 14 Mar 2024 00:00:00 GMT');
    expect(doc.rss.channel.item[1].pubDate).toBeUndefined();
  });
});

describe('renderJsonFeed', () => {
  test('returns JSON Feed 1.1 with content_html on every item and dates only where known', () => {
    const feed = JSON.parse(renderJsonFeed(info, items));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items.map((i: any) => [i.id, i.title, typeof i.content_html, i.date_published])).toEqual([
      [items[0]!.url, items[0]!.title, 'string', '2024-03-14T00:00:00Z'],
      [items[1]!.url, items[1]!.title, 'string', undefined],
    ]);
  });
});
