import type { PaperData } from '../paper-schema.ts';
import { paperPath } from '../urls.ts';
import type { FeedItem } from './feed-model.ts';
import { paperDate, sortNewestFirst } from './paper-date.ts';

/** A paper with its abstract rendered to HTML, as the collection gives it. */
export interface RenderedPaper {
  data: PaperData;
  html: string;
}

/**
 * Turns papers into feed items, newest first (undated papers after the dated
 * ones, in the order given). `absolute` makes a site-relative path an
 * absolute URL; `topicName` names a topic slug.
 */
export function toFeedItems(papers: readonly RenderedPaper[], absolute: (path: string) => string, topicName: (slug: string) => string): FeedItem[] {
  return sortNewestFirst(papers, (p) => paperDate(p.data)).map(({ data, html }) => ({
    url: absolute(paperPath(data.slug)),
    title: data.title,
    contentHtml: html,
    date: paperDate(data),
    authors: data.authors,
    categories: data.topics.map(topicName),
  }));
}
