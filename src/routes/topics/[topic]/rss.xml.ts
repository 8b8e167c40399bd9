import type { APIRoute, GetStaticPaths } from 'astro';
import { loadFeed } from '../../../data/feeds.ts';
import { loadCatalog } from '../../../data/site.ts';
import { renderRss } from '../../../lib/feeds/rss.ts';

export const getStaticPaths = (async () => (await loadCatalog()).topics.map((t) => ({ params: { topic: t.slug } }))) satisfies GetStaticPaths;

/** One topic's RSS 2.0 feed. */
export const GET: APIRoute = async ({ site, params }) => {
  const { info, items } = await loadFeed('rss', site, params.topic!);
  return new Response(renderRss(info, items), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
