import { escapeXml } from '../xml.ts';
import { FEED_LIMIT, feedUpdated, toRfc3339, UNDATED, type FeedInfo, type FeedItem } from './feed-model.ts';

/**
 * Renders an Atom 1.0 feed of the first {@link FEED_LIMIT} items, every text
 * escaped with {@link escapeXml}. Entries without a date carry the fixed
 * {@link UNDATED} time that Atom's required `<updated>` then needs.
 */
export function renderAtom(info: FeedInfo, items: readonly FeedItem[]): string {
  const shown = items.slice(0, FEED_LIMIT);
  const entries = shown.map((item) =>
    [
      '  <entry>',
      `    <title>${escapeXml(item.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(item.url)}"/>`,
      `    <id>${escapeXml(item.url)}</id>`,
      `    <updated>${item.date ? toRfc3339(item.date) : UNDATED}</updated>`,
      ...(item.date ? [`    <published>${toRfc3339(item.date)}</published>`] : []),
      ...(item.authors ?? []).map((a) => `    <author><name>${escapeXml(a)}</name></author>`),
      ...item.categories.map((c) => `    <category term="${escapeXml(c)}"/>`),
      ...(item.contentHtml ? [`    <content type="html">${escapeXml(item.contentHtml)}</content>`] : []),
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${escapeXml(info.title)}</title>`,
    `  <subtitle>${escapeXml(info.description)}</subtitle>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(info.homeUrl)}"/>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(info.feedUrl)}"/>`,
    `  <id>${escapeXml(info.feedUrl)}</id>`,
    `  <updated>${feedUpdated(shown)}</updated>`,
    `  <author><name>${escapeXml(info.title)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
