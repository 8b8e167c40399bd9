import { topicPath } from '../urls.ts';

/** The feed formats the site publishes, with their file names and media types. */
export const FEED_FORMATS = {
  rss: { file: 'rss.xml', type: 'application/rss+xml', label: 'RSS' },
  atom: { file: 'atom.xml', type: 'application/atom+xml', label: 'Atom' },
  json: { file: 'feed.json', type: 'application/feed+json', label: 'JSON Feed' },
} as const;

/** A feed format's key. */
export type FeedFormat = keyof typeof FEED_FORMATS;

/** Site-relative path of a site-wide feed (`rss.xml`) or a topic's feed (`topics/<slug>/rss.xml`). */
export function feedPath(format: FeedFormat, topic?: string): string {
  return `${topic === undefined ? '' : topicPath(topic)}${FEED_FORMATS[format].file}`;
}
