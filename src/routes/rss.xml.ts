import type { APIRoute } from 'astro';
import { loadFeed } from '../data/feeds.ts';
import { renderRss } from '../lib/feeds/rss.ts';

/** The site's RSS 2.0 feed, newest papers first. */
export const GET: APIRoute = async ({ site }) => {
  const { info, items } = await loadFeed('rss', site);
  return new Response(renderRss(info, items), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
