import { FEED_LIMIT, toRfc3339, type FeedInfo, type FeedItem } from './feed-model.ts';

/** Renders a JSON Feed 1.1 (jsonfeed.org) of the first {@link FEED_LIMIT} items; keys in a fixed order. */
export function renderJsonFeed(info: FeedInfo, items: readonly FeedItem[]): string {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: info.title,
    home_page_url: info.homeUrl,
    feed_url: info.feedUrl,
    description: info.description,
    items: items.slice(0, FEED_LIMIT).map((item) => ({
      id: item.url,
      url: item.url,
      title: item.title,
      // JSON Feed requires content_html or content_text on every item.
      content_html: item.contentHtml,
      ...(item.date ? { date_published: toRfc3339(item.date) } : {}),
      ...(item.authors?.length ? { authors: item.authors.map((name) => ({ name })) } : {}),
      ...(item.categories.length ? { tags: item.categories } : {}),
    })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}
