import { firstDay } from './paper-date.ts';

/** One paper as every feed format needs it. */
export interface FeedItem {
  /** Absolute URL of the paper page; also its permanent id. */
  url: string;
  title: string;
  /** The abstract as HTML (already safe to show), or empty. */
  contentHtml: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, when the source dates the paper. */
  date?: string | undefined;
  /** Author names, when the source gives them. */
  authors?: readonly string[] | undefined;
  /** Topic names. */
  categories: string[];
}

/** A feed's own description. */
export interface FeedInfo {
  title: string;
  description: string;
  /** Absolute URL of the page the feed is about (site home or topic page). */
  homeUrl: string;
  /** Absolute URL of the feed file itself. */
  feedUrl: string;
}

/** Most items in one feed: readers poll feeds, so they carry the newest papers, not the archive. */
export const FEED_LIMIT = 100;

/**
 * Atom requires an update time on the feed and each entry. Without dates in
 * the data, a fixed instant keeps rebuilds byte-identical (no build clock).
 */
export const UNDATED = '1970-01-01T00:00:00Z';

/** RFC 3339 at midnight UTC for a date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a partial one on its first day). */
export function toRfc3339(date: string): string {
  return `${firstDay(date)}T00:00:00Z`;
}

/** The newest item date as RFC 3339, or {@link UNDATED}. */
export function feedUpdated(items: readonly FeedItem[]): string {
  const newest = items.reduce<string | undefined>((max, i) => (i.date && (!max || firstDay(i.date) > max) ? firstDay(i.date) : max), undefined);
  return newest ? toRfc3339(newest) : UNDATED;
}
