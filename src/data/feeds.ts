import { getCollection } from 'astro:content';
import { compareBySource } from '../lib/catalog.ts';
import type { FeedInfo, FeedItem } from '../lib/feeds/feed-model.ts';
import { toFeedItems } from '../lib/feeds/feed-items.ts';
import { feedPath, type FeedFormat } from '../lib/feeds/feed-paths.ts';
import { paperPath, topicPath } from '../lib/urls.ts';
import { absoluteUrl, loadCatalog, SITE } from './site.ts';

let cache: Promise<FeedItem[]> | undefined;

/** Every paper as a feed item, newest first (source order when undated); built once per build. */
function loadItems(site: URL | undefined): Promise<FeedItem[]> {
  cache ??= (async () => {
    const entries = (await getCollection('papers')).sort((a, b) => compareBySource(a.data, b.data));
    const names = new Map((await getCollection('topics')).map((t) => [t.id, t.data.name]));
    const papers = entries.map((e) => ({ data: e.data, html: e.data.hasAbstract ? (e.rendered?.html ?? '') : '' }));
    return toFeedItems(papers, (path) => absoluteUrl(path, site), (slug) => names.get(slug) ?? slug);
  })();
  return cache;
}

/** The description and items of the site's feed, or of one topic's feed when `topic` is given. */
export async function loadFeed(format: FeedFormat, site: URL | undefined, topic?: string): Promise<{ info: FeedInfo; items: FeedItem[] }> {
  const items = await loadItems(site);
  const feedUrl = absoluteUrl(feedPath(format, topic), site);
  if (topic === undefined) return { info: { title: SITE.title, description: SITE.description, homeUrl: absoluteUrl('', site), feedUrl }, items };
  const info = (await loadCatalog()).topics.find((t) => t.slug === topic)!;
  const inTopic = new Set(info.papers.map((p) => absoluteUrl(paperPath(p.slug), site)));
  return {
    info: { title: `${info.name} | ${SITE.title}`, description: info.description || `Papers on ${info.name}.`, homeUrl: absoluteUrl(topicPath(topic), site), feedUrl },
    items: items.filter((i) => inTopic.has(i.url)),
  };
}
