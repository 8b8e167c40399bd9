import { escapeXml } from '../xml.ts';
import { FEED_LIMIT, toRfc3339, type FeedInfo, type FeedItem } from './feed-model.ts';

/** RFC 822 date, as RSS 2.0 requires: `Thu, 14 Mar 2024 00:00:00 GMT`. */
function toRfc822(date: string): string {
  return new Date(toRfc3339(date)).toUTCString();
}

/**
 * Renders an RSS 2.0 feed of the first {@link FEED_LIMIT} items. Every text
 * goes through {@link escapeXml} (never CDATA, whose `]]>` terminator text
 * could contain), so any title or abstract yields well-formed XML.
 */
export function renderRss(info: FeedInfo, items: readonly FeedItem[]): string {
  const entries = items.slice(0, FEED_LIMIT).map((item) =>
    [
      '    <item>',
      `      <title>${escapeXml(item.title)}</title>`,
      `      <link>${escapeXml(item.url)}</link>`,
      `      <guid isPermaLink="true">${escapeXml(item.url)}</guid>`,
      ...(item.date ? [`      <pubDate>${toRfc822(item.date)}</pubDate>`] : []),
      ...item.categories.map((c) => `      <category>${escapeXml(c)}</category>`),
      ...(item.contentHtml ? [`      <description>${escapeXml(item.contentHtml)}</description>`] : []),
      '    </item>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${escapeXml(info.title)}</title>`,
    `    <link>${escapeXml(info.homeUrl)}</link>`,
    `    <description>${escapeXml(info.description)}</description>`,
    `    <atom:link href="${escapeXml(info.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    ...entries,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}
